import DossierModel
/// The time a figure holds for: the date or time phrase attached to the
/// figure's own clause ("in the third quarter", "fiscal 2025", "on Tuesday",
/// "last year"), relative ones resolved against the document's date.
enum PeriodFinder {
    /// A time phrase of the sentence: its words and its ISO value.
    struct TimePhrase: Sendable {
        var words: Range<Int>
        var iso: String
        /// "a year earlier", "two years ago": the time of the sentence's own figures moved back this many
        /// years ("revenue of $5bn, up from $4bn a year earlier": the $4bn holds for the quarter a year
        /// before the one the sentence states); ``iso`` is the fallback when the sentence states none.
        var yearsBefore: Int? = nil
    }

    /// Relative time phrases the parse shows: "last year", "this quarter", "next month", "last week",
    /// "on Tuesday", "yesterday", "today". Needs the document's date.
    static func relativePhrases(_ p: SentenceParse, published: CalendarDay) -> [TimePhrase] {
        var out: [TimePhrase] = []
        for i in 0..<p.count where p.tag(i) == .NOUN || p.tag(i) == .PROPN || p.tag(i) == .ADV || p.tag(i) == .ADP {
            if let back = yearsBack(p, i, published: published) {
                out.append(back)
                continue
            }
            let lemma = p.lemmas[i]
            switch lemma {
            case "yesterday":
                out.append(TimePhrase(words: i..<(i + 1), iso: published.adding(days: -1).iso))
            case "today":
                out.append(TimePhrase(words: i..<(i + 1), iso: published.iso))
            case "weekend":
                // "last weekend": the week its Sunday closes; "this weekend" in a future clause is the coming one.
                guard let d = p.children[i].first(where: { c in c < i && relativeWords[p.lemmas[c]] != nil }),
                      let shift = relativeWords[p.lemmas[d]] else { continue }
                let sunday = published.adding(days: shift < 0 ? -((published.weekday % 7) == 0 ? 7 : published.weekday % 7)
                                                               : (7 - published.weekday) % 7 + 7 * shift)
                out.append(TimePhrase(words: d..<(i + 1), iso: sunday.isoWeek))
            case "year", "quarter", "month", "week":
                // "the March quarter", "the December quarter": the three months ending then, the latest
                // such quarter at the document's date (results are reported after the quarter ends).
                if lemma == "quarter", i > 0, let month = monthNumbers[p.words[i - 1].form.lowercased()], month % 3 == 0 {
                    let year = month <= published.month ? published.year : published.year - 1
                    out.append(TimePhrase(words: (i - 1)..<(i + 1), iso: "\(year)-Q\(month / 3)"))
                    continue
                }
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

    /// Prepositions that tie a time to the figure right before it.
    static let adjacentMarkers: Set<String> = ["in", "for", "on", "during", "at"]

    /// Words that open a comparison with another figure: what follows them is the other figure's.
    static let comparisonMarkers: Set<String> = ["compared", "versus", "vs", "vs.", "against", "from", "than"]

    static let baselineMarkers: Set<String> = ["from", "since", "than", "over", "versus", "vs", "vs.", "against"]

    /// The months that end a calendar quarter, by name.
    static let monthNumbers: [String: Int] = [
        "march": 3, "mar.": 3, "june": 6, "jun.": 6, "september": 9, "sept.": 9, "sep.": 9, "december": 12, "dec.": 12,
    ]

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

    /// "a year earlier", "five years ago", "two years before": back from the sentence's own time. `i` is
    /// the "ago". Read from the words, not the tree: the parser hangs these three words in many ways.
    static func yearsBack(_ p: SentenceParse, _ i: Int, published: CalendarDay) -> TimePhrase? {
        guard i >= 2, ["ago", "earlier", "before"].contains(p.words[i].form.lowercased()) else { return nil }
        let unit = p.words[i - 1].form.lowercased()
        guard unit == "year" || unit == "years" else { return nil }
        let count = p.words[i - 2].form.lowercased()
        let n: Int
        if unit == "year" {
            guard count == "a" || count == "one" else { return nil }
            n = 1
        } else if let v = Int(count), (2...50).contains(v) {
            n = v
        } else if let v = smallNumbers[count], v >= 2 {
            n = v
        } else {
            return nil
        }
        // "from a year earlier" compares with that time as a whole: a baseline, not this figure's time.
        if i >= 3, baselineMarkers.contains(p.words[i - 3].form.lowercased()) { return nil }
        return TimePhrase(words: (i - 2)..<(i + 1), iso: "\(published.year - n)", yearsBefore: n)
    }

    static let smallNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    /// How many steps up a time phrase may climb to meet the figure's clause: through a noun it modifies
    /// ("revenue for the three months ended June 30 was $842.7m") to that noun's verb, not further.
    static let maximumPhraseClimb = 3

    /// Relations a time phrase may climb through on its way to the figure's clause. Not a relative or
    /// participle clause ("Acme, founded in 2010, raised $5m": 2010 dates the founding), not an adverbial
    /// or reported clause, not a coordinated one.
    static let phraseClimbsThrough: Set<String> = [
        "obl", "nmod", "compound", "amod", "nsubj", "obj", "iobj", "advmod", "nummod", "appos", "flat", "fixed", "root",
    ]

    /// The phrase that governs the figure whose top word is `top`: the one attached nearest above it (to
    /// the figure itself, its noun, a verb over it, or a noun of that verb's clause), never one inside the
    /// figure; ties go to the phrase nearer in the text.
    static func period(_ p: SentenceParse, top: Int, figure: Range<Int>, phrases: [TimePhrase], published: CalendarDay? = nil) -> TimePhrase? {
        guard var best = nearest(p, top: top, figure: figure, phrases: phrases, published: published) else { return nil }
        if let years = best.yearsBefore {
                let own = phrases.filter { $0.yearsBefore == nil }
            // The fallback is the sentence's first time that is not a day: a day is usually the report's.
            if let main = nearest(p, top: top, figure: figure, phrases: own, published: published)?.iso
                ?? own.first(where: { !$0.words.overlaps(figure) && !isDay($0.iso) })?.iso,
               let moved = yearsEarlier(main, years) {
                best.iso = moved
            }
        }
        return best
    }

    static func nearest(_ p: SentenceParse, top: Int, figure: Range<Int>, phrases: [TimePhrase], published: CalendarDay? = nil) -> TimePhrase? {
        // Up to the figure's own clause: "said on Tuesday that revenue rose 5%" dates the saying, not the
        // revenue; but a clause the parser hung below a time phrase's own verb ("In the quarter ended July 29,
        // sales slipped 2.4%", read with "ended" as the main verb) is still that phrase's.
        var chain = [top]
        var k = top
        // From this index on, the chain is the verb that reports the figure's clause.
        var reporting = Int.max
        while let h = p.head(k), chain.count <= p.count {
            chain.append(h)
            let r = p.role(k)
            if r == "ccomp" || r == "parataxis" {
                // The reporting verb's time ("said on Friday") is the saying's; a month or a year hung on it
                // is nearly always the parser misplacing the figure's own time, so those still count.
                if !phrases.contains(where: { $0.words.contains(h) }) { reporting = chain.count - 1 }
                break
            }
            k = h
        }
        // "from 16% in 2021", "to $5.1 billion in the third quarter": a time right after the figure, through
        // at most its preposition, is the figure's own, however the parser attached it.
        if let own = phrases.first(where: { phrase in
            phrase.yearsBefore == nil && !phrase.words.overlaps(figure) && phrase.words.lowerBound >= figure.upperBound
                && phrase.words.lowerBound - figure.upperBound <= 1
                && (phrase.words.lowerBound == figure.upperBound || adjacentMarkers.contains(p.words[figure.upperBound].form.lowercased()))
        }) {
            return own
        }
        var best: (distance: Int, gap: Int, phrase: TimePhrase)?
        for phrase in phrases where !phrase.words.overlaps(figure) {
            let phraseTop = p.top(of: phrase.words)
            // "rose 5% from last year", "than in 2019", "since 2019": the baseline's time, not the figure's;
            // but "will fall by £129 from April" says when the figure starts to hold, after the document's date.
            if let marker = p.caseMarker(phraseTop), baselineMarkers.contains(marker),
               !(marker == "from" && published.map { startsAfter(phrase.iso, $0) } == true) { continue }
            guard let met = meeting(p, phrase, top: phraseTop, chain: chain) else { continue }
            let distance = met.at + met.steps
            // "was $412.6 million, compared with $351.9 million in the third quarter of 2024": a time past a
            // comparison's marker and another figure is the other figure's, whatever the parser hung it on
            // ("raised $50 million from investors in March" has no other figure: March is its own).
            if phrase.yearsBefore == nil, phrase.words.lowerBound > figure.upperBound,
               let marker = (figure.upperBound..<phrase.words.lowerBound).first(where: { comparisonMarkers.contains(p.words[$0].form.lowercased()) }),
               (marker + 1..<phrase.words.lowerBound).contains(where: { p.tag($0) == .NUM }) {
                continue
            }
            // The saying's own time: a day, or what stands right after the verb ("said last week that …").
            if met.at >= reporting, isDay(phrase.iso) || (1...3).contains(phrase.words.lowerBound - chain[reporting]) { continue }
            let gap = phrase.words.lowerBound >= figure.upperBound ? phrase.words.lowerBound - figure.upperBound : figure.lowerBound - phrase.words.upperBound
            // "from $41.0 million a year earlier": the figure right before it, or the one it hangs on, and no other.
            if phrase.yearsBefore != nil {
                guard phrase.words.lowerBound >= figure.upperBound, gap <= 1 || distance == 0,
                      !(figure.upperBound..<phrase.words.lowerBound).contains(where: { p.tag($0) == .NUM }) else { continue }
            }
            if best.map({ distance < $0.distance || distance == $0.distance && gap < $0.gap }) ?? true {
                best = (distance, gap, phrase)
            }
        }
        return best?.phrase
    }

    /// Whether a period begins after the document's date (`2026-04` after 2026-03-20): a start, not a baseline.
    static func startsAfter(_ iso: String, _ published: CalendarDay) -> Bool {
        let start = iso.split(separator: "/").first.map(String.init) ?? iso
        let today = published.iso
        // ISO strings of one grain compare as dates do; compare each at the published date's same length.
        if start.count >= 10 { return start.prefix(10) > today.prefix(10) }
        if start.count == 7, !start.contains("Q"), !start.contains("H"), !start.contains("W") { return start > today.prefix(7) }
        return false
    }

    /// A single day (`2025-06-13`), the usual time of a report rather than of what it reports.
    static func isDay(_ iso: String) -> Bool { iso.count == 10 && !iso.contains("/") }

    /// Where a phrase meets the figure's chain (`at`, an index into it) and after how many steps up from
    /// the phrase's top, or nil. A phrase holding a verb of the chain ("the quarter ended July 29" read
    /// with "ended" as the main verb) meets it there.
    static func meeting(_ p: SentenceParse, _ phrase: TimePhrase, top phraseTop: Int, chain: [Int]) -> (at: Int, steps: Int)? {
        if let inside = chain.dropFirst().firstIndex(where: { phrase.words.contains($0) && p.tag($0) == .VERB }) { return (inside, 0) }
        var node = phraseTop
        var steps = 0
        while let h = p.head(node), steps < maximumPhraseClimb {
            guard steps == 0 || phraseClimbsThrough.contains(p.role(node)) else { return nil }
            // "in Sunday's runoff", "This year's deficit" date the figure; "than last year's model", "for next
            // month's championships" say which thing.
            if p.relation(node) == "nmod:poss", let marker = p.caseMarker(h), !eventMarkers.contains(marker) { return nil }
            steps += 1
            if let at = chain.firstIndex(of: h) { return (at, steps - 1) }
            // Only nouns carry a phrase on towards the clause: "the deal announced in 2019" stops here.
            guard p.tag(h) == .NOUN || p.tag(h) == .PROPN || p.tag(h) == .NUM || p.tag(h) == .SYM else { return nil }
            node = h
        }
        return nil
    }

    /// Prepositions of a noun whose possessive time is the figure's ("in Sunday's runoff").
    static let eventMarkers: Set<String> = ["in", "at", "during", "on"]

    /// An ISO period moved back `years` years: `2025-Q3` → `2024-Q3`, `2025-04/2025-06` → `2024-04/2024-06`,
    /// `2026-01-31` → `2025-01-31`; a week becomes its year ("up from 88,000 a year ago" said of last week).
    static func yearsEarlier(_ iso: String, _ years: Int) -> String? {
        if let slash = iso.firstIndex(of: "/") {
            guard let a = yearsEarlier(String(iso[..<slash]), years), let b = yearsEarlier(String(iso[iso.index(after: slash)...]), years) else { return nil }
            return a + "/" + b
        }
        guard iso.count >= 4, let year = Int(iso.prefix(4)) else { return nil }
        let rest = iso.dropFirst(4)
        if rest.hasPrefix("-W") { return "\(year - years)" }
        if rest.hasSuffix("-02-29") { return "\(year - years)-02-28" }
        return "\(year - years)" + rest
    }
}
