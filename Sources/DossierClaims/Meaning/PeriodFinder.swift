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
            guard let g = p.head(phraseTop), let distance = chain.firstIndex(of: g) else { continue }
            if best.map({ distance < $0.distance }) ?? true { best = (distance, phrase) }
        }
        return best?.phrase
    }
}
