public import DossierModel

/// The period a figure refers to: the claim's own date when the extractor
/// found one ("in fiscal 2024", "Q3 2025"), else a fiscal period stated in
/// its sentence. Nil when the text does not say.
public enum Period {
    public static func of(_ claim: Claim) -> String? {
        guard claim.kind != .date else { return nil }
        if let period = claim.period, !period.isEmpty { return normalized(period) }
        if let date = claim.date, !date.isEmpty { return normalized(date) }
        return stated(in: claim.sentence)
    }

    /// A duration as the quarter or fiscal year it spans (`2025-07-01/2025-09-30`
    /// and `2025-07/2025-09` → `2025-Q3`; a 52-week year → `FY2025`), so it
    /// meets the same period written in prose; any other span as whole months
    /// (`2025-01/2025-09`). A quarter is named by the calendar quarter its
    /// last month falls in, so a fiscal quarter ending 27 December is Q4.
    static func normalized(_ period: String) -> String {
        let parts = period.split(separator: "/").map(String.init)
        guard parts.count == 2, let start = month(parts[0]), let end = month(parts[1]) else { return period }
        let months: Int
        if let a = CalendarDay(iso: parts[0]), let b = CalendarDay(iso: parts[1]) {
            // Filers' periods run 13 or 52 weeks as often as whole months.
            months = Int((Double(b.ordinal - a.ordinal + 1) / 30.4375).rounded())
        } else {
            months = (end.year - start.year) * 12 + (end.month - start.month) + 1
        }
        switch months {
        case 3: return "\(end.year)-Q\((end.month - 1) / 3 + 1)"
        case 12: return "FY\(end.year)"
        default: return "\(start.year)-\(twoDigits(start.month))/\(end.year)-\(twoDigits(end.month))"
        }
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The year and month of `YYYY-MM` or `YYYY-MM-DD`.
    static func month(_ text: String) -> (year: Int, month: Int)? {
        let fields = text.split(separator: "-")
        guard fields.count == 2 || fields.count == 3, fields[0].count == 4, let y = Int(fields[0]),
              fields[1].count == 2, let m = Int(fields[1]), (1...12).contains(m) else { return nil }
        return (y, m)
    }

    /// Fiscal years and quarters written in a sentence: "fiscal 2024", "FY2025",
    /// "the third quarter of 2025", "Q3 2025". Bare years are not periods:
    /// "founded in 2021" says nothing about the figure.
    static func stated(in sentence: String) -> String? {
        let lower = sentence.lowercased()
        // Most sentences name no fiscal period: a look for the words that could, before splitting into words.
        guard periodWords.contains(where: { TextSearch.contains(lower, $0) }) else { return nil }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let quarters = ["first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4]
        var found: Set<String> = []
        for (i, word) in words.enumerated() {
            if let q = quarters[word] {
                let isQuarter = word.hasPrefix("q") || (i + 1 < words.count && words[i + 1] == "quarter")
                guard isQuarter else { continue }
                if let year = words[(i + 1)..<min(words.count, i + 5)].lazy.compactMap(year).first {
                    found.insert("\(year)-Q\(q)")
                }
            } else if word == "fiscal" || word == "fy", i + 1 < words.count, let year = year(words[i + 1]) {
                found.insert("FY\(year)")
            } else if (word == "fiscal" || word == "full"), i + 2 < words.count, words[i + 1] == "year",
                      let year = year(words[i + 2]) {
                // "fiscal year 2025", "the full year 2026", "full-year 2025"
                found.insert("FY\(year)")
            } else if word.hasPrefix("fy"), let year = year(String(word.dropFirst(2))) {
                found.insert("FY\(year)")
            }
        }
        // Two periods in one sentence ("up from Q3 2024"): the figure's own is unclear.
        return found.count == 1 ? found.first : nil
    }

    /// Every period `stated(in:)` reads contains one of these.
    static let periodWords = ["quarter", "fiscal", "fy", "full", "q1", "q2", "q3", "q4"]

    static func year(_ word: String) -> Int? {
        guard word.allSatisfy(\.isNumber), let n = Int(word) else { return nil }
        if word.count == 4, (1900...2199).contains(n) { return n }
        if word.count == 2 { return 2000 + n }
        return nil
    }

    /// True when two periods can be the same: equal, or one a prefix of the
    /// other ("2025" and "2025-03"). Periods written in different styles
    /// ("FY2025" and "2025-07-01/2025-09-30") are treated as different.
    static func overlap(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b) || b.hasPrefix(a)
    }
}
