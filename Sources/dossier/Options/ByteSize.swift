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
        guard let value = Double(text), value >= 0 else { return nil }
        bytes = Int(value * Double(multiplier))
    }

    static var defaultValueDescription: String { "64M" }
}

import Foundation
