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
