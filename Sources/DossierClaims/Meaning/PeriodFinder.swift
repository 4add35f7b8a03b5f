import DossierModel
/// The time a figure holds for: the date or time phrase attached to the
/// figure's own clause ("in the third quarter", "fiscal 2025", "on Tuesday",
/// "last year"), relative ones resolved against the document's date.
enum PeriodFinder {
    /// A time phrase of the sentence: its words and its ISO value.
    struct TimePhrase: Sendable {
        var words: Range<Int>
        var iso: String
    }

    /// Relative time phrases the parse shows: "last year", "this quarter", "next month", "last week",
    /// "on Tuesday", "yesterday", "today". Needs the document's date.
    static func relativePhrases(_ p: SentenceParse, published: CalendarDay) -> [TimePhrase] {
        var out: [TimePhrase] = []
        for i in 0..<p.count where p.tag(i) == .NOUN || p.tag(i) == .PROPN || p.tag(i) == .ADV {
            let lemma = p.lemmas[i]
            switch lemma {
            case "yesterday":
                out.append(TimePhrase(words: i..<(i + 1), iso: published.adding(days: -1).iso))
            case "today":
                out.append(TimePhrase(words: i..<(i + 1), iso: published.iso))
            case "year", "quarter", "month", "week":
                // "the coming years" is not next year.
                guard p.words[i].form.lowercased() == lemma else { continue }
                guard let d = p.children[i].first(where: { c in c < i && relativeWords[p.lemmas[c]] != nil }),
                      let shift = relativeWords[p.lemmas[d]] else { continue }
                // "the past year", "the last three months" are spans, not a calendar unit.
                if p.children[i].contains(where: { p.tag($0) == .NUM }) { continue }
                guard let iso = resolve(unit: lemma, shift: shift, from: published) else { continue }
                out.append(TimePhrase(words: d..<(i + 1), iso: iso))
            default:
                if let weekday = weekdays[lemma] {
                    out.append(TimePhrase(words: i..<(i + 1), iso: day(weekday, p, i, published).iso))
                }
            }
        }
        return out
    }

    /// "the three months ended June 30, 2025" → `2025-04/2025-06`; "the quarter ended Sept. 30, 2023" →
    /// `2023-Q3`; "the year ended December 31, 2024" → `2024-01/2024-12`: a filing's reporting period is the
    /// span that ends on the date, not the date. `first` is the date's first word.
    static func spanEnding(_ p: SentenceParse, before first: Int, on iso: String) -> (words: Range<Int>, iso: String)? {
        guard first >= 2, ["ended", "ending"].contains(p.words[first - 1].form.lowercased()) else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (year, month) = (parts[0], parts[1])
        let unit = p.words[first - 2].form.lowercased()
        var months: Int
        var start = first - 2
        switch unit {
        case "quarter": months = 3
        case "year", "fiscal": months = 12
        case "months", "month", "weeks":
            guard first >= 3, let n = spanCounts[p.words[first - 3].form.lowercased()] else { return nil }
            months = unit == "weeks" ? n / 13 * 3 : n
            start = first - 3
        default: return nil
        }
        guard months > 0, months <= 12 else { return nil }
        if months == 3 && unit == "quarter", month % 3 == 0 { return (start..<first, "\(year)-Q\(month / 3)") }
        let begin = year * 12 + (month - 1) - (months - 1)
        return (start..<first, "\(begin / 12)-\(CalendarDay.pad(begin % 12 + 1))/\(year)-\(CalendarDay.pad(month))")
    }

    /// Spans of months (and of weeks: 13, 26, 39, 52) that reporting periods are written in.
    static let spanCounts: [String: Int] = [
        "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12,
        "13": 13, "thirteen": 13, "26": 26, "39": 39, "52": 52,
    ]

    static let baselineMarkers: Set<String> = ["from", "since", "than", "over", "versus", "vs", "vs.", "against"]

    /// "last" −1, "this" 0, "next" +1 (of a year, quarter, month or week).
    static let relativeWords: [String: Int] = [
        "last": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    static func resolve(unit: String, shift: Int, from d: CalendarDay) -> String? {
        switch unit {
        case "year": return "\(d.year + shift)"
        case "month":
            let m = d.year * 12 + (d.month - 1) + shift
            return "\(m / 12)-\(CalendarDay.pad(m % 12 + 1))"
        case "quarter":
            let q = d.year * 4 + (d.quarter - 1) + shift
            return "\(q / 4)-Q\(q % 4 + 1)"
        case "week": return d.adding(days: 7 * shift).isoWeek
        default: return nil
        }
    }

    /// A weekday: the most recent one on or before the document's date (news reports the past),
    /// unless its clause is in the future ("will vote on Tuesday") or says "next".
    static func day(_ weekday: Int, _ p: SentenceParse, _ i: Int, _ published: CalendarDay) -> CalendarDay {
        var future = p.children[i].contains { p.lemmas[$0] == "next" }
        if let h = p.head(i) {
            future = future || p.children[h].contains { p.role($0) == "aux" && ["will", "shall", "'ll"].contains(p.lemmas[$0]) }
        }
        if future {
            let ahead = (weekday - published.weekday + 7) % 7
            return published.adding(days: ahead == 0 ? 7 : ahead)
        }
        return published.adding(days: -((published.weekday - weekday + 7) % 7))
    }

    /// The phrase that governs the figure whose top word is `top`: the one attached nearest above it
    /// (to the figure itself, its noun, or a verb over it), never one inside the figure.
    static func period(_ p: SentenceParse, top: Int, figure: Range<Int>, phrases: [TimePhrase]) -> TimePhrase? {
        // Up to the figure's own clause: "said on Tuesday that revenue rose 5%" dates the saying, not the revenue.
        var chain = [top]
        var k = top
        while let h = p.head(k), chain.count <= p.count {
            chain.append(h)
            if p.role(k) == "ccomp" || p.role(k) == "parataxis" { break }
            k = h
        }
        var best: (distance: Int, phrase: TimePhrase)?
        for phrase in phrases where !phrase.words.overlaps(figure) {
            let phraseTop = p.top(of: phrase.words)
            // "rose 5% from last year", "than in 2019": the baseline's time, not the figure's.
            if let marker = p.caseMarker(phraseTop), baselineMarkers.contains(marker) { continue }
            guard let g = p.head(phraseTop), let distance = chain.firstIndex(of: g) else { continue }
            if best.map({ distance < $0.distance }) ?? true { best = (distance, phrase) }
        }
        return best?.phrase
    }
}
