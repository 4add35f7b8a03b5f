/// Dates as news agencies write them: ISO 8601 basic format
/// (`20250314T093000Z`, `20250314T093000-0500`, `20250314T0930`), which NITF
/// and NewsML 1.x use, falling back to ``PublishedDate`` for everything else.
enum NewsDate {
    static func normalize(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingSpaces(), !raw.isEmpty else { return nil }
        if let basic = basicFormat(raw) { return basic }
        return PublishedDate.normalize(raw)
    }

    /// `YYYYMMDD` optionally followed by `Thhmm[ss]` and a zone.
    private static func basicFormat(_ s: String) -> String? {
        let chars = Array(s)
        guard chars.count >= 8, chars[0..<8].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if chars.count > 8, chars[8] != "T" && chars[8] != "t" { return nil }
        let date = String(chars[0..<4]) + "-" + String(chars[4..<6]) + "-" + String(chars[6..<8])
        guard let month = Int(String(chars[4..<6])), (1...12).contains(month),
              let day = Int(String(chars[6..<8])), (1...31).contains(day) else { return nil }
        if chars.count == 8 { return date }
        var i = 9
        var digits = ""
        while i < chars.count, chars[i].isNewsDigit, digits.count < 6 { digits.append(chars[i]); i += 1 }
        guard digits.count == 4 || digits.count == 6 else { return nil }
        let d = Array(digits)
        let time = String(d[0..<2]) + ":" + String(d[2..<4]) + ":" + (d.count == 6 ? String(d[4..<6]) : "00")
        // Fractional seconds are dropped, as PublishedDate does.
        if i < chars.count, chars[i] == "." || chars[i] == "," {
            i += 1
            while i < chars.count, chars[i].isNewsDigit { i += 1 }
        }
        let rest = String(chars[i...]).trimmingSpaces()
        if rest.isEmpty { return date + "T" + time }
        if rest == "Z" || rest == "z" { return date + "T" + time + "Z" }
        let sign = rest.first!
        guard sign == "+" || sign == "-" else { return date + "T" + time }
        let zoneDigits = rest.dropFirst().filter({ $0.isASCII && $0.isNumber })
        guard zoneDigits.count == 4 || zoneDigits.count == 2 else { return date + "T" + time }
        let z = Array(zoneDigits)
        let hh = String(z[0..<2]), mm = z.count == 4 ? String(z[2..<4]) : "00"
        if hh == "00" && mm == "00" { return date + "T" + time + "Z" }
        return date + "T" + time + String(sign) + hh + ":" + mm
    }
}

extension Character {
    fileprivate var isNewsDigit: Bool { isASCII && isNumber }
}
