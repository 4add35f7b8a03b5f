import DossierModel

/// Reads how the text bounds a figure from the words right before and after
/// it: "about", "more than", "up to", "$100M+", "or so".
enum Qualifiers {
    /// One- and two-word phrases before a figure, by their last word.
    struct Phrase: Sendable { let previous: [UInt64]; let qualifier: Qualifier }

    static let before: WordTable<[Phrase]> = {
        var t: [UInt64: [Phrase]] = [:]
        func add(_ words: String, _ q: Qualifier) {
            let parts = words.split(separator: " ").map(String.init)
            let last = WordKey.of(parts[parts.count - 1])
            // Earlier words, nearest first.
            let prev = parts.dropLast().reversed().map(WordKey.of)
            t[last, default: []].append(Phrase(previous: prev, qualifier: q))
            // Longest phrases first, so "no less than" wins over "less than".
            t[last]!.sort { $0.previous.count > $1.previous.count }
        }
        // Two-word phrases first so they win over their last word alone.
        for p in ["more than", "greater than", "higher than", "in excess of", "north of", "upwards of", "upward of",
                  "just over", "well over", "slightly over", "a little over", "well above", "just above", "excess of"] {
            add(p, .moreThan)
        }
        for p in ["at least", "no less than", "not less than", "minimum of", "as little as", "as low as",
                  "as few as", "no fewer than", "or more"] { add(p, .atLeast) }
        for p in ["up to", "as much as", "as many as", "as high as", "at most", "no more than", "not more than",
                  "maximum of", "as long as", "no later than"] { add(p, .atMost) }
        for p in ["less than", "fewer than", "just under", "just below", "shy of", "short of", "lower than",
                  "south of", "well under", "well below", "slightly less than"] { add(p, .lessThan) }
        for p in ["close to", "an estimated", "in the region of", "on the order of", "the order of", "some estimated",
                  "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "some", "circa",
                  "ca", "estimated", "approaching", "nigh", "an approximate"] { add(p, .approximate) }
        for p in ["over", "above", "exceeding", "exceeds", "exceeded", "topping", "beyond", "surpassing"] { add(p, .moreThan) }
        for p in ["under", "below"] { add(p, .lessThan) }
        add("within", .atMost)
        return WordTable(t)
    }()

    static let within: UInt64 = 0xf13ca4a2c837616a  // "within"
    static let over: UInt64 = 0xc2a38db44454a06f  // "over"
    static let under: UInt64 = 0xa9b4194ecfe6716d  // "under"
    static let between: UInt64 = 0x13f5793e33ebda4f  // "between"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let so: UInt64 = 0x08d93907b57933d7  // "so"
    static let more: UInt64 = 0x0d1be7a2c400c080  // "more"
    static let less: UInt64 = 0x24dc7fada2297118  // "less"
    static let plus: UInt64 = 0xa5c0590db6f268b5  // "plus"
    static let ish: UInt64 = 0x2bcc09192bfa1427  // "ish"
    static let give: UInt64 = 0xcfdedd722b3407fc  // "give"
    static let before_: UInt64 = 0xd89aa06245afb2be  // "before"
    static let after: UInt64 = 0xbf82010f6f71eae9  // "after"
    static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
    static let mid: UInt64 = 0x07f43d1917563645  // "mid"
    static let early: UInt64 = 0x7f3359536a80d41c  // "early"
    static let late: UInt64 = 0x044cf1ad90502801  // "late"
    static let since: UInt64 = 0x2b827d4f5e0ada9d  // "since"
    static let until: UInt64 = 0x1fcc8b4e81fbac2f  // "until"

    /// The qualifier written before token `first`, and the first token of
    /// the qualifier when it is a symbol glued to the figure (`~$5m`).
    static func read(_ s: ScannedText, before first: Int, kind: FigureKind, floor: Int) -> (Qualifier, Int) {
        let i = first - 1
        guard i >= floor else { return (.exact, first) }
        // "~$5m", "≈ 40%"
        if let t = s.at(i), t.kind == .symbol, t.key == 126 || t.key == 0x2248 || t.key == 0x223C {
            return (.approximate, t.gap == .none || s[first].gap == .none ? i : first)
        }
        if let t = s.at(i), t.kind == .symbol, t.key == 62 || t.key == 60 || t.key == 0x2265 || t.key == 0x2264 {
            let q: Qualifier = t.key == 62 ? .moreThan : t.key == 60 ? .lessThan : t.key == 0x2265 ? .atLeast : .atMost
            return (q, i)
        }
        if kind == .date, s.isDash(i), s[i].gap == .none, s.wordKey(i - 1) == mid { return (.approximate, first) }
        // "$" belongs to the figure; the words before it qualify.
        guard s.at(i)?.kind == .word else { return (.exact, first) }
        let k = s[i].key
        if kind == .date {
            if k == before_ { return (.lessThan, first) }
            if k == after { return (.moreThan, first) }
            if k == by { return (.atMost, first) }
            if k == mid || k == early || k == late { return (.approximate, first) }
            if s.isDash(i), s.wordKey(i - 1) == mid { return (.approximate, first) }
        }
        // Durations: "over three years" and "in two years" say when, not how much.
        if kind == .duration && k == over { return (.exact, first) }
        if kind == .duration && k == within { return (.atMost, first) }
        if kind == .date { if k == until || k == since { return (.exact, first) } }
        guard let phrases = before[k] else {
            // "mid-2025"
            if kind == .date, s.isDash(first - 1), s.wordKey(first - 2) == mid { return (.approximate, first) }
            return (.exact, first)
        }
        for p in phrases {
            var ok = true
            for (n, w) in p.previous.enumerated() where i - 1 - n < floor || s.wordKey(i - 1 - n) != w {
                ok = false
                break
            }
            if ok { return (p.qualifier, first) }
        }
        return (.exact, first)
    }

    /// A qualifier written after the figure ("or more", "or so", "+", "plus"),
    /// and the last token it covers.
    static func readAfter(_ s: ScannedText, after last: Int) -> (Qualifier, Int)? {
        let j = last + 1
        guard let t = s.at(j) else { return nil }
        if t.kind == .symbol && t.key == 43 && t.gap == .none { return (.atLeast, j) }
        if t.kind == .word {
            if t.key == or {
                if s.wordKey(j + 1) == more { return (.atLeast, j + 1) }
                if s.wordKey(j + 1) == so { return (.approximate, j + 1) }
                if s.wordKey(j + 1) == less { return (.atMost, j + 1) }
            }
            // "100 plus." but not "$5m plus interest".
            if t.key == plus && t.gap != .none, s.at(j + 1).map({ $0.kind == .symbol }) ?? true { return (.atLeast, j) }
        }
        if s.isDash(j), s[j].gap == .none, s.wordKey(j + 1) == ish { return (.approximate, j + 1) }
        return nil
    }
}
