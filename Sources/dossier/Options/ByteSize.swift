import ArgumentParser

/// A size given on the command line: `1048576`, `500K`, `64M`, `1G` (also `MB`, `MiB`).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init?(argument: String) {
        var text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where text.hasSuffix(suffix) && text.count > suffix.count { text.removeLast(suffix.count); break }
        var multiplier = 1
        if let last = text.last, let power = ["K": 1, "M": 2, "G": 3][String(last)] {
            multiplier = Int(pow(1024.0, Double(power)))
            text.removeLast()
        }
        // `inf`, `nan` and sizes past what a file can be are usage errors, not a crash converting them.
        guard let value = Double(text), value >= 0, value.isFinite, value * Double(multiplier) < Self.largest else { return nil }
        bytes = Int(value * Double(multiplier))
    }

    /// Larger than any file (2^62 bytes): above it a size is a typo.
    static let largest = 4.611686018427388e18

    /// How a default shows in help: `64M`, not `ByteSize(bytes: 67108864)`.
    var defaultValueDescription: String {
        for (suffix, power) in [("G", 3), ("M", 2), ("K", 1)] {
            let unit = 1 << (10 * power)
            if bytes >= unit && bytes % unit == 0 { return "\(bytes / unit)\(suffix)" }
        }
        return String(bytes)
    }
}

import Foundation
