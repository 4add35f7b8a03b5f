/// Normalises the many ways documents write a publication date into ISO 8601.
///
/// Accepts ISO 8601 and its relatives (`2025-03-14T09:30:00.000+0100`,
/// `2025-03-14 09:30`, `20250314`), RFC 822/1123 as feeds write it (two-digit
/// years and named zones included) and the human forms of datelines and
/// bylines (`March 14, 2025 9:30 a.m. EST`, `14 Mar. 2025`, `Updated: Fri 14 March 2025`).
/// A date with a time and a zone keeps its offset (`2025-03-14T09:30:00+01:00`,
/// `…Z` for UTC); a time without a zone is kept without one; a bare date stays
/// a date. Returns nil rather than guess when the text holds no whole date.
public enum PublishedDate {
    public static func normalize(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let tokens = tokenize(raw)
        guard !tokens.isEmpty else { return nil }
        if let iso = isoForm(tokens) { return iso }
        return humanForm(tokens)
    }

    /// Like ``normalize(_:)`` but only the `YYYY-MM-DD` part.
    public static func day(_ raw: String?) -> String? {
        normalize(raw).map { String($0.prefix(10)) }
    }

    // MARK: - Tokens

    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Character)
    }

    static func tokenize(_ s: String) -> [Token] {
        var tokens: [Token] = []
        var digits = ""
        var word = ""
        func flush() {
            if !digits.isEmpty { tokens.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count)); digits = "" }
            if !word.isEmpty { tokens.append(.word(word.lowercased())); word = "" }
        }
        for ch in s {
            if ch.isASCII, ch.isNumber {
                if !word.isEmpty { flush() }
                digits.append(ch)
            } else if ch.isLetter {
                if !digits.isEmpty { flush() }
                word.append(ch)
            } else {
                flush()
                if !ch.isWhitespace { tokens.append(.symbol(ch)) }
            }
        }
        flush()
        return tokens
    }

    // MARK: - ISO 8601 and compact forms

    private static func isoForm(_ t: [Token]) -> String? {
        var i = 0
        var y = 0, m = 0, d = 0
        if case .number(let v, 8) = t.first {
            y = v / 10000; m = v / 100 % 100; d = v % 100
            i = 1
        } else if t.count >= 5, case .number(let yy, 4) = t[0], case .symbol(let s1) = t[1], s1 == "-" || s1 == "/" || s1 == ".",
                  case .number(let mm, _) = t[2], case .symbol(let s2) = t[3], s2 == s1, case .number(let dd, _) = t[4] {
            y = yy; m = mm; d = dd
            i = 5
        } else {
            return nil
        }
        guard valid(y, m, d) else { return nil }
        let date = ymd(y, m, d)
        // An optional time: `T` or a space, then hh:mm[:ss[.fff]]
        if i < t.count, case .word(let w) = t[i], w.hasPrefix("t") {
            // "T09" tokenizes as word "t" then number; a glued "T0930" is rare.
            i += 1
        }
        guard let (time, next) = clock(t, at: i) else { return date }
        let zone = zoneSuffix(t, at: next)
        return date + "T" + time + (zone ?? "")
    }

    /// Reads `hh:mm[:ss[.fraction]] [am|pm|a.m.|p.m.]` at `i`.
    private static func clock(_ t: [Token], at start: Int) -> (String, Int)? {
        var i = start
        guard i + 2 < t.count, case .number(var h, let hd) = t[i], hd <= 2, case .symbol(":") = t[i + 1],
              case .number(let mi, 2) = t[i + 2] else { return nil }
        i += 3
        var s = 0
        if i + 1 < t.count, case .symbol(":") = t[i], case .number(let ss, 2) = t[i + 1] {
            s = ss; i += 2
            if i + 1 < t.count, case .symbol(".") = t[i], case .number = t[i + 1] { i += 2 }
        }
        // a.m. / p.m. / am / pm
        if i < t.count, case .word(let w) = t[i] {
            var meridiem: String?
            if w == "am" || w == "pm" { meridiem = w; i += 1 }
            else if (w == "a" || w == "p"), i + 2 < t.count, case .symbol(".") = t[i + 1], case .word("m") = t[i + 2] {
                meridiem = w + "m"; i += 3
                if i < t.count, case .symbol(".") = t[i] { i += 1 }
            }
            if meridiem == "pm", h < 12 { h += 12 }
            if meridiem == "am", h == 12 { h = 0 }
        }
        guard h < 24, mi < 60, s < 61 else { return nil }
        return (two(h) + ":" + two(mi) + ":" + two(min(s, 59)), i)
    }

    private static let namedZones: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "ut": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "jst": 540, "kst": 540, "ist": 330, "aest": 600, "aedt": 660, "hkt": 480, "sgt": 480, "wib": 420,
    ]

    /// Reads a zone at `i`: `Z`, `+01:00`, `+0100`, `-05`, `GMT`, `EST`, `GMT+1`.
    private static func zoneSuffix(_ t: [Token], at start: Int) -> String? {
        var i = start
        var base: Int?
        if i < t.count, case .word(let w) = t[i], let minutes = namedZones[w] {
            base = minutes; i += 1
        }
        if i + 1 < t.count, case .symbol(let sign) = t[i], sign == "+" || sign == "-" || sign == "−",
           case .number(let n, let digits) = t[i + 1] {
            var minutes: Int
            if digits == 4 { minutes = n / 100 * 60 + n % 100 }
            else if digits <= 2 {
                minutes = n * 60
                if i + 3 < t.count, case .symbol(":") = t[i + 2], case .number(let mm, 2) = t[i + 3] { minutes += mm }
            } else { return base.map(offset) }
            if sign != "+" { minutes = -minutes }
            guard abs(minutes) <= 14 * 60 else { return base.map(offset) }
            return offset((base ?? 0) + minutes)
        }
        return base.map(offset)
    }

    private static func offset(_ minutes: Int) -> String {
        if minutes == 0 { return "Z" }
        let sign = minutes < 0 ? "-" : "+"
        let m = abs(minutes)
        return sign + two(m / 60) + ":" + two(m % 60)
    }

    // MARK: - Human and RFC 822 forms

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        // A few other languages' spellings that differ from English.
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
        "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]

    private static func humanForm(_ t: [Token]) -> String? {
        // Find the month word; the day and year are the numbers around it.
        for (index, token) in t.enumerated() {
            guard case .word(let w) = token, let month = months[w] else { continue }
            var day: Int?
            var year: Int?
            var after = index + 1
            if after < t.count, case .symbol(".") = t[after] { after += 1 }
            // "March 14, 2025" / "Mar 14 2025"
            if after < t.count, case .number(let n, let digits) = t[after], digits <= 2, (1...31).contains(n) {
                var j = after + 1
                if j < t.count, case .word(let suffix) = t[j], ["st", "nd", "rd", "th"].contains(suffix) { j += 1 }
                if j < t.count, case .symbol(",") = t[j] { j += 1 }
                if j < t.count, case .number(let y, let yd) = t[j], yd == 4 {
                    day = n; year = y; after = j + 1
                }
            }
            // "14 March 2025" / "Fri, 14 Mar 2025" / "14 Mar 25"
            if day == nil, index >= 1 {
                var k = index - 1
                if case .symbol(".") = t[k], k >= 1 { k -= 1 }
                if case .word(let suffix) = t[k], ["st", "nd", "rd", "th"].contains(suffix), k >= 1 { k -= 1 }
                if case .number(let n, let digits) = t[k], digits <= 2, (1...31).contains(n),
                   after < t.count, case .number(let y, let yd) = t[after], yd == 4 || yd == 2 {
                    day = n; year = yd == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y
                    after += 1
                }
            }
            guard let d = day, let y = year, valid(y, month, d) else { continue }
            let date = ymd(y, month, d)
            // Optional time after the year, possibly after "at" or a comma.
            var i = after
            while i < t.count {
                if case .symbol(let s) = t[i], s == "," || s == "|" || s == "-" || s == "·" { i += 1; continue }
                if case .word("at") = t[i] { i += 1; continue }
                break
            }
            if let (time, next) = clock(t, at: i) {
                return date + "T" + time + (zoneSuffix(t, at: next) ?? "")
            }
            return date
        }
        return nil
    }

    // MARK: - Small pieces

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard (1800...2200).contains(y), (1...12).contains(m), d >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if m == 2, d == 29 { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
        return d <= lengths[m - 1]
    }

    private static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(y) + "-" + two(m) + "-" + two(d)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
