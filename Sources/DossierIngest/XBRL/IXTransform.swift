/// The inline XBRL transformation rules that turn displayed numbers into
/// values: the `format` attribute of `ix:nonFraction`.
///
/// Covers the numeric rules of the ixt registries 1–5 (2010-04-20 to
/// 2020-02-12: `numdotdecimal`, `num-dot-decimal`, `numcommadecimal`,
/// `num-comma-decimal`, `numcommadot`, `numdotcomma`, `numspacedot`,
/// `numspacecomma`, `numunitdecimal`, `zerodash`, `fixed-zero`, …) and the
/// SEC's ixt-sec rules (`numwordsen`, `num-word-en`). Rule names are matched by
/// local name with hyphens removed, so every registry version maps onto one
/// implementation; the prefix the filer bound is irrelevant.
enum IXTransform {
    /// The value of a displayed number under a format, before scale and sign.
    /// Nil when the text cannot be read as a number under that rule.
    static func value(_ displayed: String, format: String?) -> Double? {
        let rule = format.map { String(ConceptNames.localPart($0).lowercased().filter { $0 != "-" }) } ?? ""
        switch rule {
        case "zerodash", "fixedzero", "numdash", "zerodash2":
            return 0
        case "nocontent", "fixedempty", "fixedfalse", "fixedtrue", "booleanfalse", "booleantrue":
            return nil
        case "numcommadecimal", "numdotcomma", "numspacecomma", "numcomma", "numcommadecimalin", "numdotcommain",
             "numcommadecimalapos":
            return DecimalText.parse(displayed, decimalSeparator: ",")
        case "numunitdecimal", "numunitdecimalin":
            return unitDecimal(displayed, decimalComma: false)
        case "numcommaunitdecimal":
            return unitDecimal(displayed, decimalComma: true)
        case "numwordsen", "numworden":
            return NumberWords.value(displayed)
        default:
            // numdotdecimal, numcommadot, numspacedot, numdotdecimalin, no format…
            return DecimalText.parse(displayed, decimalSeparator: ".")
        }
    }

    /// `5 dollars 25 cents` / `5 Euro 25`: the first run of digits (with
    /// group separators) is the integer part, the next run the fraction.
    private static func unitDecimal(_ s: String, decimalComma: Bool) -> Double? {
        var groups: [String] = []
        var current = ""
        var previousWasDigit = false
        for ch in s {
            if ch.isASCII, ch.isNumber { current.append(ch); previousWasDigit = true; continue }
            let groupSeparator = decimalComma ? (ch == "." || ch == " ") : (ch == "," || ch == " ")
            if previousWasDigit, groupSeparator { continue }
            if !current.isEmpty { groups.append(current); current = "" }
            previousWasDigit = false
        }
        if !current.isEmpty { groups.append(current) }
        guard let integer = groups.first else { return nil }
        let fraction = groups.count > 1 ? groups[1] : "0"
        return Double(integer + "." + fraction)
    }
}

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

/// English number words as the SEC's `numwordsen` rule reads them:
/// "no", "none", "one hundred twenty-three thousand", "a million".
enum NumberWords {
    private static let small: [String: Int] = [
        "zero": 0, "no": 0, "none": 0, "nil": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let large: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    static func value(_ text: String) -> Double? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !($0.isASCII && $0.isNumber) && $0 != "." })
        guard !words.isEmpty else { return nil }
        var total = 0.0
        var current = 0.0
        var matched = false
        for raw in words {
            let word = String(raw)
            if word == "and" { continue }
            if let n = small[word] { current += Double(n); matched = true }
            else if let d = Double(word) { current += d; matched = true }
            else if word == "hundred" { current = max(current, 1) * 100; matched = true }
            else if let scale = large[word] { total += max(current, 1) * scale; current = 0; matched = true }
            else { return nil }
        }
        return matched ? total + current : nil
    }
}
