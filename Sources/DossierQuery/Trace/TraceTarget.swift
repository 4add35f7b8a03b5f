public import DossierModel
import Foundation

/// The figure to trace, as typed: `'$100 million'`, `30B`, `0.1%`, `€2.5bn`,
/// `6 months`, `'eight months'`, `two-fifths` (a share: 40 %). A currency sign narrows the search to money, `%` to percents,
/// a time unit to durations; a bare number matches any kind but dates and
/// percents (`30B` is never 30 billion percent).
public struct TraceTarget: Sendable, Equatable {
    public var value: Double
    public var kind: FigureKind?
    public var currency: String?
    /// For durations: the unit the value is in.
    public var unit: String?

    public init(value: Double, kind: FigureKind? = nil, currency: String? = nil, unit: String? = nil) {
        self.value = value
        self.kind = kind
        self.currency = currency
        self.unit = unit
    }

    /// Reads a figure as a person types it, or nil when it is not one.
    public init?(parsing input: String) {
        var text = input.lowercased().trimmingCharacters(in: .whitespaces)
        text = text.replacingOccurrences(of: ",", with: "")
        var kind: FigureKind?
        var currency: String?
        let currencies: [(String, String)] = [
            ("us$", "USD"), ("usd", "USD"), ("$", "USD"), ("eur", "EUR"), ("€", "EUR"), ("gbp", "GBP"), ("£", "GBP"),
            ("jpy", "JPY"), ("¥", "JPY"),
        ]
        for (sign, code) in currencies where text.hasPrefix(sign) {
            text = String(text.dropFirst(sign.count)).trimmingCharacters(in: .whitespaces)
            kind = .money
            currency = code
            break
        }
        if kind == nil {
            for (sign, code) in currencies where sign.count == 3 && text.hasSuffix(" " + sign) {
                text = String(text.dropLast(sign.count + 1))
                kind = .money
                currency = code
                break
            }
        }
        if text.hasSuffix("%") || text.hasSuffix(" percent") || text.hasSuffix(" per cent") {
            text = text.replacingOccurrences(of: "per cent", with: "").replacingOccurrences(of: "percent", with: "")
                .replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
            kind = .percent
        }
        var unit: String?
        if kind == nil {
            for word in ["years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour"]
            where text.hasSuffix(" " + word) || (text.hasSuffix(word) && text.dropLast(word.count).last?.isNumber == true) {
                text = String(text.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
                kind = .duration
                unit = word.hasSuffix("s") ? String(word.dropLast()) : word
                break
            }
        }
        let scales: [(String, Double)] = [
            ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
            ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("mm", 1e6), ("t", 1e12), ("b", 1e9), ("m", 1e6), ("k", 1e3),
        ]
        var multiplier = 1.0
        for (suffix, scale) in scales where kind != .percent && kind != .duration && text.hasSuffix(suffix) {
            let rest = String(text.dropLast(suffix.count))
            // A letter scale ("30b", "2.5bn") follows a digit; a word scale ("three million") a space.
            // Otherwise the letters end a word: "eight" does not end in a "t" for trillion.
            let isWord = suffix.count > 2
            guard rest.last?.isNumber == true || (isWord && rest.last == " ") else { continue }
            text = rest.trimmingCharacters(in: .whitespaces)
            multiplier = scale
            break
        }
        if multiplier != 1, text == "a" || text == "an" { text = "1" }  // "a million"
        if kind == nil, multiplier == 1, let share = SpelledNumber.fractionPercent(text) {
            // "two-fifths" is a share: traced among percentages.
            self.init(value: share, kind: .percent)
            return
        }
        guard let number = Double(text) ?? SpelledNumber.value(text), number.isFinite else { return nil }
        self.init(value: number * multiplier, kind: kind, currency: currency, unit: unit)
    }

    /// The target as a one-point claim, for comparing with stored claims.
    var interval: FigureInterval {
        let scale = kind == .duration ? FigureDimension.days(per: unit) : 1
        return FigureInterval(low: value * scale, high: value * scale, tolerance: 0)
    }

    /// True when a claim of this kind and currency can be the traced figure.
    func admits(_ claim: Claim) -> Bool {
        guard claim.kind != .date else { return false }
        if let kind, claim.kind != kind { return false }
        if kind == nil, claim.kind == .percent { return false }
        if let currency, claim.kind == .money, (claim.currency ?? "USD").uppercased() != currency { return false }
        return true
    }
}
