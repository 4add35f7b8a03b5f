import Foundation

/// A number given as a figure: `1B`, `$500M`, `1.5bn`, `30 billion`, `10%`,
/// `250k`, `1,200`. Currency signs and `%` are accepted and ignored: the
/// bound applies to the stored value (currency units, percentage points).
public struct FigureBound: Sendable, Equatable {
    public var value: Double

    public init?(argument: String) {
        var text = argument.lowercased().replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        for prefix in ["us$", "usd", "eur", "gbp", "$", "€", "£", "¥"] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        if text.hasSuffix("%") { text.removeLast() }
        let scales: [(String, Double)] = [
            ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
            ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("mm", 1e6), ("t", 1e12), ("b", 1e9), ("m", 1e6), ("k", 1e3),
        ]
        var multiplier = 1.0
        for (suffix, scale) in scales where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            multiplier = scale
            break
        }
        guard let number = Double(text), number.isFinite else { return nil }
        value = number * multiplier
    }

    public static var defaultValueDescription: String { "figure" }
}
