/// Finds what a figure is about: the activity that costs or takes that long
/// ("Training GPT-4 class models cost…"), else the nearest name before it,
/// with "it", "its" and "the company" resolved to the name they stand for.
enum SubjectFinder {
    static let activityVerbs: WordSet = WordKey.set([
        "take", "takes", "took", "taking", "taken", "last", "lasts", "lasted", "lasting", "require", "requires",
        "required", "cost", "costs", "costing", "need", "needs", "needed",
    ])
    static let skippable: WordSet = WordKey.set([
        "will", "would", "could", "can", "may", "might", "should", "is", "was", "are", "were", "be", "been",
        "expected", "to", "likely", "has", "have", "had", "already", "typically", "usually", "often", "still",
        "only", "also", "probably", "now", "generally", "reportedly", "just", "roughly", "about", "around",
        "some", "nearly", "almost", "up", "at", "least", "more", "than", "less", "another", "as", "much", "many",
        "over", "under", "estimated", "an", "approximately", "between", "upwards", "of", "north", "well",
    ])
    static let clauseBreaks: WordSet = WordKey.set([
        "and", "but", "while", "that", "which", "because", "if", "when", "whereas", "although", "though", "so",
        "since", "who", "where",
    ])
    static let relativePronouns: WordSet = WordKey.set(["that", "which", "who", "whose"])
    static let copulas: WordSet = WordKey.set(["is", "was", "are", "were", "be", "been", "being", "becomes", "became", "remains"])
    static let articles: WordSet = WordKey.set(["the", "a", "an", "this", "that", "its"])
    static let pronounIt: WordSet = WordKey.set(["it", "its", "this", "they", "their"])
    static let companyNouns: WordSet = WordKey.set([
        "company", "firm", "startup", "group", "business", "lab", "maker", "chipmaker", "automaker", "carmaker",
        "retailer", "bank", "insurer", "carrier", "giant", "conglomerate", "lender", "developer", "platform",
        "operator", "producer", "manufacturer", "provider", "registrant", "issuer", "corporation", "airline",
        "unicorn", "outfit", "supplier", "brand", "app",
    ])
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let it: UInt64 = 0x08b73e07b55c55f0  // "it"
    static let its: UInt64 = 0x2bb3ea192be54d99  // "its"
    static let which: UInt64 = 0xce989e88581f9422  // "which"
    static let who: UInt64 = 0x5ec5fc194891690f  // "who"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let of: UInt64 = 0x08b0_6007_b556_7108  // "of"
    static let possessiveS: UInt64 = 0xaf63_ee4c_8602_0b22  // "s"

    struct Anaphor { var first: Int; var last: Int }

    /// The subject of `f`. `entities` are the sentence's names except the
    /// source; `source` is the name that is the source ("Apple reported …"),
    /// which is the subject too when nothing else is named before the figure.
    static func find(_ s: ScannedText, _ f: Figure, span: Range<Int>, entities: [EntityFinder.Entity],
                     source: EntityFinder.Entity?, anaphors: [Anaphor], carried: () -> String?) -> String? {
        if f.kind == .date { return nil }
        if f.kind == .duration || f.kind == .money, let a = activity(s, f, span: span, entities: entities, carried: carried) {
            return a
        }
        let before = entities.last(where: { $0.last < f.first })
        let anaphorBefore = anaphors.last(where: { $0.last < f.first })
        // The earlier of the first name and the source (the first name on a tie), without building an array.
        var firstName = entities.first
        if let src = source, firstName.map({ src.first < $0.first }) ?? true { firstName = src }
        if let e = before {
            if let a = anaphorBefore, a.first > e.last {
                return firstName.map { text(s, $0) } ?? carried()
            }
            return text(s, e)
        }
        if let src = source, src.last < f.first { return text(s, src) }
        if anaphorBefore != nil { return carried() }
        if let np = clauseSubject(s, f, span: span) { return np }
        if let e = entities.first(where: { $0.first > f.last }) { return text(s, e) }
        return nil
    }

    /// The noun phrase a sentence opens with, when the figure follows its verb:
    /// "Deferred revenue increased 21%", "The Company's largest customer accounted for 23%".
    static func clauseSubject(_ s: ScannedText, _ f: Figure, span: Range<Int>) -> String? {
        // After a dateline ("NEW YORK (AP) — The index rose 2%").
        var start = EntityFinder.datelineEnd(s, span).map { $0 + 1 } ?? span.lowerBound
        // Skip an opening phrase ending in a comma: "As of September 30, 2025, we had …".
        if let comma = (span.lowerBound..<min(f.first, span.lowerBound + 12)).last(where: { s.isSymbol($0, 44) }),
           EntityFinder.common.contains(s.wordKey(span.lowerBound)) || s.isLowerWord(span.lowerBound) == false && FigureTraps.openers.contains(s.wordKey(span.lowerBound)) {
            start = comma + 1
        }
        // The clause the figure stands in: after "; " or ", and" / ", but" / ", while".
        var c = f.first - 1
        while c > start {
            if s.isSymbol(c, 59) || (s.isSymbol(c, 44) && clauseBreaks.contains(s.wordKey(c + 1))) {
                start = c + 1
                if clauseBreaks.contains(s.wordKey(start)) { start += 1 }
                break
            }
            c -= 1
        }
        var v = start
        while v < f.first, v - start <= 6 {
            let t = s[v]
            guard t.kind == .word || s.isApostrophe(v) || s.isDash(v) else { return nil }
            if v > start, t.kind == .word, isVerb(s, v) { break }
            v += 1
        }
        guard v < f.first, v > start, v - start <= 6 else { return nil }
        var first = start
        // "The Company's largest customer": the part after a possessive.
        for k in start..<v where s.isApostrophe(k) && s.wordKey(k + 1) == possessiveS && k + 2 < v { first = k + 2 }
        while first < v - 1, articles.contains(s.wordKey(first)) { first += 1 }
        let k0 = s.wordKey(first)
        if AttributionFinder.pronouns.contains(k0) || pronounIt.contains(k0) || (v - first == 1 && companyNouns.contains(k0)) { return nil }
        return s.string(tokens: first, v - 1)
    }

    static let clauseVerbs: WordSet = WordKey.set([
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "rose", "fell", "grew", "sold", "took", "cut", "hit", "lost", "paid", "spent", "totaled", "totalled",
        "reached", "accounted", "represented", "increased", "decreased", "declined", "jumped", "climbed", "stood",
        "remained", "came", "amounted", "surged", "slipped", "dropped", "expects", "expected", "costs", "cost",
        "takes", "took", "topped", "exceeded", "hit", "doubled", "tripled", "shrank", "narrowed", "widened",
    ])

    static func isVerb(_ s: ScannedText, _ v: Int) -> Bool {
        let t = s[v]
        if clauseVerbs.contains(t.key) { return true }
        // "acquired intangible assets": a participle after "of"/"the" describes, it does not predicate.
        if articles.contains(s.wordKey(v - 1)) || s.wordKey(v - 1) == of { return false }
        return !t.isCapitalized && t.length > 4 && s.string(t.end - 2, t.end) == "ed"
    }

    static func text(_ s: ScannedText, _ e: EntityFinder.Entity) -> String {
        s.string(tokens: e.first, e.last)
    }

    static func findAnaphors(_ s: ScannedText, span: Range<Int>) -> [Anaphor] {
        var out: [Anaphor] = []
        findAnaphors(s, span: span, into: &out)
        return out
    }

    /// "it", "its" and "the company" in `span` into `out`, which is emptied first.
    static func findAnaphors(_ s: ScannedText, span: Range<Int>, into out: inout [Anaphor]) {
        out.removeAll(keepingCapacity: true)
        let nouns = companyNouns  // read once: a static read per word costs a lazy-initialisation check
        for i in span where s[i].kind == .word {
            let k = s[i].key
            if k == it || k == its {
                out.append(Anaphor(first: i, last: i))
            } else if nouns.contains(k) {
                // "the company", "the AI company", "the San Francisco-based startup"
                var j = i - 1
                while j >= span.lowerBound, i - j <= 4, s.wordKey(j) != the { j -= 1 }
                if j >= span.lowerBound, s.wordKey(j) == the, !(i + 1 < span.upperBound && s[i + 1].kind == .word && s[i + 1].isCapitalized) {
                    out.append(Anaphor(first: j, last: i))
                }
            }
        }
    }

    /// "Training X cost $100m" → "Training X"; "the review could take up to six months" → "review";
    /// "it costs $5m to build a plant" → "build a plant".
    static func activity(_ s: ScannedText, _ f: Figure, span: Range<Int>, entities: [EntityFinder.Entity],
                         carried: () -> String?) -> String? {
        let lo = span.lowerBound
        var v = f.first - 1
        var steps = 0
        while v >= lo, steps < 5, skippable.contains(s.wordKey(v)) || s.isSymbol(v, 126) { v -= 1; steps += 1 }
        guard v >= lo, activityVerbs.contains(s.wordKey(v)) else { return nil }
        var end = v - 1
        while end >= lo, skippable.contains(s.wordKey(end)) && s.wordKey(end) != to { end -= 1 }
        // "Needs up to £3bn …" opens the sentence: nothing before the verb names an activity (and the
        // token before the sentence, or before the text, is not ours to read).
        guard end >= lo else { return nil }
        // "an effort that costs $5m": the relative pronoun stands for the noun before it.
        while end > lo, relativePronouns.contains(s.wordKey(end)) { end -= 1 }
        // "The plant, which will employ 1,200 people, will cost …": skip the relative clause.
        if end >= lo, s.isSymbol(end, 44) {
            var c = end - 1
            while c >= lo, !s.isSymbol(c, 44) { c -= 1 }
            if c > lo, let w = s.at(c + 1), w.kind == .word, w.key == which || w.key == who { end = c - 1 }
            else { return nil }
        }
        var start = end
        while start - 1 >= lo, end - start < 10, let t = s.at(start - 1) {
            if t.kind == .symbol && !s.isDash(start - 1) && t.key != 39 && t.key != 0x2019 { break }
            if t.kind == .word && (clauseBreaks.contains(t.key) || AttributionFinder.verbs.contains(t.key) || copulas.contains(t.key)) { break }
            start -= 1
        }
        // "It costs $5m to build a plant": the activity follows the figure.
        if start == end, pronounIt.contains(s.wordKey(start)) || start > end {
            if s.wordKey(f.last + 1) == to, s.isLowerWord(f.last + 2) {
                var e = f.last + 2
                while e + 1 < span.upperBound, e - f.last < 8, let t = s.at(e + 1), t.kind != .symbol || s.isDash(e + 1) { e += 1 }
                return s.string(tokens: f.last + 2, e)
            }
            return start == end ? carried() : nil
        }
        guard start <= end, end - start < 9 else { return nil }
        while start < end, articles.contains(s.wordKey(start)) { start += 1 }
        if end == start, companyNouns.contains(s.wordKey(start)) { return carried() }
        let first = s[start]
        let isGerund = first.kind == .word && first.length > 4 && s.string(first.end - 3, first.end) == "ing"
        // A name in a plain noun phrase is the better key: "OpenAI's new data center" → OpenAI … unless it is an activity.
        if !isGerund, let e = entities.first(where: { $0.first >= start && $0.last <= end }) {
            if f.kind == .money { return text(s, e) }
        }
        return s.string(tokens: start, end)
    }
}
