/// Decimal numbers as displayed text, converted exactly: the digits and the
/// decimal point are kept as text and the power of ten applied by `Double`'s
/// correctly rounded parser, so `1.234` at scale 6 is exactly 1,234,000.
enum DecimalText {
    /// Reads displayed text with the given decimal separator; every other
    /// non-digit (group separators, spaces, currency signs) is ignored.
    /// Parentheses and minus signs outside the tagged text are the caller's
    /// business (`sign="-"`); a minus inside is honoured.
    static func parse(_ displayed: String, decimalSeparator: Character) -> Double? {
        var digits = ""
        var seenSeparator = false
        var negative = false
        var sawDigit = false
        for ch in displayed {
            if ch.isASCII, ch.isNumber { digits.append(ch); sawDigit = true }
            else if ch == decimalSeparator {
                // A second "decimal" separator means the text used it for groups.
                if seenSeparator { digits.removeAll { $0 == "." } } else { seenSeparator = true; digits.append(".") }
            } else if (ch == "-" || ch == "−") && !sawDigit {
                negative = true
            }
        }
        guard sawDigit else { return nil }
        if digits.hasPrefix(".") { digits = "0" + digits }
        if digits.hasSuffix(".") { digits.removeLast() }
        guard let value = Double(digits) else { return nil }
        return negative ? -value : value
    }

    /// `value × 10^scale`, exact in decimal before rounding to a Double.
    static func scaled(_ displayed: String, decimalSeparator: Character, scale: Int) -> Double? {
        guard let value = parse(displayed, decimalSeparator: decimalSeparator) else { return nil }
        return applyScale(value, scale)
    }

    /// Applies a power of ten through the decimal string form, so that
    /// `1234.56 × 10^6` is 1234560000 and not 1234560000.0000002.
    static func applyScale(_ value: Double, _ scale: Int) -> Double {
        guard scale != 0, value.isFinite else { return value }
        return Double("\(value)e\(scale)") ?? value * pow10(scale)
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
