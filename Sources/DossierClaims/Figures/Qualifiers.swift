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

    static let within = WordKey.of("within")
    static let over = WordKey.of("over")
    static let under = WordKey.of("under")
    static let between = WordKey.of("between")
    static let from = WordKey.of("from")
    static let or = WordKey.of("or")
    static let so = WordKey.of("so")
    static let more = WordKey.of("more")
    static let less = WordKey.of("less")
    static let plus = WordKey.of("plus")
    static let ish = WordKey.of("ish")
    static let give = WordKey.of("give")
    static let before_ = WordKey.of("before")
    static let after = WordKey.of("after")
    static let by = WordKey.of("by")
    static let mid = WordKey.of("mid")
    static let early = WordKey.of("early")
    static let late = WordKey.of("late")
    static let since = WordKey.of("since")
    static let until = WordKey.of("until")

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
