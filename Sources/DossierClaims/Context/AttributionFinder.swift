/// Finds who a sentence says the figures come from: "according to X",
/// "X said", "said X", "X estimates", "estimates put it at", "reportedly",
/// "analysts expect".
enum AttributionFinder {
    struct Attribution: Sendable {
        var first: Int
        var last: Int
        /// Set when the source is a pronoun or "the company" to resolve.
        var isAnaphor: Bool
        /// Fixed text ("reportedly", "estimates") when not a span.
        var fixed: String?
    }

    static let verbs: WordSet = WordKey.set([
        "said", "says", "say", "told", "tells", "estimated", "estimates", "estimate", "reported", "reports",
        "report", "predicted", "predicts", "predict", "expects", "expect", "forecast", "forecasts", "projected",
        "projects", "project", "wrote", "writes", "noted", "notes", "added", "adds", "announced", "announces",
        "disclosed", "discloses", "stated", "states", "claimed", "claims", "claim", "believe", "believes",
        "calculated", "calculates", "calculate", "found", "finds", "showed", "shows", "show", "reckons", "reckon",
        "argued", "argues", "warned", "warns", "confirmed", "confirms", "revealed", "reveals", "anticipates",
        "anticipate", "guided", "cited", "cites", "put", "puts", "valued", "values", "pegged", "pegs",
    ])
    /// Verbs that need an agent to attribute: "X valued it at", "X put it at".
    static let weakVerbs: WordSet = WordKey.set(["put", "puts", "valued", "values", "pegged", "pegs", "found", "finds", "showed", "shows", "show", "cited", "cites", "report"])
    static let auxiliaries: WordSet = WordKey.set([
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "it", "that", "which", "who",
        "to", "not", "will", "would", "could", "may", "might", "can", "should",
    ])
    static let roleNouns: WordSet = WordKey.set([
        "analysts", "analyst", "economists", "economist", "executives", "executive", "officials", "official",
        "sources", "source", "researchers", "researcher", "experts", "expert", "people", "person", "company",
        "firm", "startup", "group", "report", "study", "survey", "data", "filing", "filings", "spokesperson",
        "spokesman", "spokeswoman", "estimates", "estimate", "investors", "bank", "brokerage", "insiders",
        "government", "ministry", "regulator", "regulators", "agency", "statement", "documents", "document",
        "memo", "court", "lawsuit", "complaint", "prosecutors", "lawyers", "critics", "observers", "traders",
        "strategists", "bankers", "consultancy", "authors", "paper", "team", "lab", "office", "department",
        "management", "board", "ceo", "cfo", "founder", "chief", "maker", "giant", "operator", "retailer",
    ])
    static let pronouns: WordSet = WordKey.set(["it", "he", "she", "they", "we", "i"])
    static let anaphors: WordSet = WordKey.set(["it", "company", "firm", "startup", "group", "business"])
    static let according: UInt64 = 0x22069a7dca739b67  // "according"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let reportedly: UInt64 = 0xaf8c0af7ea9cea51  // "reportedly"
    static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
    static let estimates: UInt64 = 0x8265b6a21c46f12c  // "estimates"
    static let estimate: UInt64 = 0xaa887b55b4bc7c57  // "estimate"
    static let put: UInt64 = 0x77f370195699cdee  // "put"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let matter: UInt64 = 0x363c005bb5174ee8  // "matter"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let s_: UInt64 = 0xaf63ee4c86020b22  // "s"
    static let with: UInt64 = 0xa66b06f655a0c2e9  // "with"
    static let people: UInt64 = 0x5febfa3518d4930e  // "people"
    static let determiners: WordSet = WordKey.set(["the", "a", "an", "some", "many", "most", "several", "its", "their", "other", "two", "three", "these", "those"])
    static let stopPhrase: WordSet = WordKey.set(["that", "which", "who", "in", "on", "last", "this", "on", "earlier", "recently", "previously", "also", "has", "had", "have"])

    static func find(_ s: ScannedText, in span: Range<Int>, entities: [EntityFinder.Entity]) -> Attribution? {
        let lo = span.lowerBound, hi = span.upperBound
        // One pass finds where the rare cue words first occur; the searches below start there
        // (or are skipped) instead of each walking the whole sentence.
        var firstAccording = hi, firstEstimate = hi, firstReportedly = hi
        for i in span where s[i].kind == .word {
            let k = s[i].key
            if k == according { firstAccording = min(firstAccording, i) }
            else if k == estimates || k == estimate { firstEstimate = min(firstEstimate, i) }
            else if k == reportedly { firstReportedly = min(firstReportedly, i) }
        }
        // "according to X"
        for i in firstAccording..<hi where s.wordKey(i) == according && s.wordKey(i + 1) == to {
            var e = i + 1
            var j = i + 2
            while j < hi, j - i < 11, let t = s.at(j) {
                if t.kind == .symbol && t.key != 38 && t.key != 39 && t.key != 0x2019 && !(t.key == 46 && t.gap == .none && s.at(j + 1)?.gap == Token.Gap.none) && !s.isDash(j) { break }
                if t.kind == .number { break }
                e = j
                j += 1
            }
            if e > i + 1 {
                let anaphor = e - (i + 2) <= 1 && (anaphors.contains(s.wordKey(e)))
                return Attribution(first: i + 2, last: e, isAnaphor: anaphor, fixed: nil)
            }
        }
        // "estimates put it at", "by some estimates"
        for i in firstEstimate..<hi {
            let k = s.wordKey(i)
            if (k == estimates || k == estimate), s.wordKey(i + 1) == put || s.wordKey(i - 1) == by || s.wordKey(i - 2) == by {
                // "Bernstein estimates put …" keeps the named source.
                if let e = entities.last(where: { $0.last == i - 1 }) {
                    return Attribution(first: e.first, last: e.last, isAnaphor: false, fixed: nil)
                }
                return Attribution(first: i, last: i, isAnaphor: false, fixed: "estimates")
            }
        }
        // "X said", "said X"
        var pronounFallback: Attribution?
        let verbs = self.verbs  // read once: a static read per word costs a lazy-initialisation check
        for i in span where s[i].kind == .word && verbs.contains(s[i].key) {
            let prev = s.wordKey(i - 1)
            if i - 1 >= lo && auxiliaries.contains(prev) && !pronouns.contains(prev) { continue }
            // Agent before the verb: a name, a role noun phrase, or a pronoun.
            if i - 1 >= lo {
                if let e = entities.last(where: { $0.last == i - 1 || ($0.last == i - 2 && s.isApostrophe(i - 1)) }) {
                    var first = e.first
                    // "analysts at Morgan Stanley"
                    if s.wordKey(first - 1) == at || s.wordKey(first - 1) == from,
                       roleNouns.contains(s.wordKey(first - 2)), first - 2 >= lo { first -= 2 }
                    return Attribution(first: first, last: e.last, isAnaphor: false, fixed: nil)
                }
                // "people familiar with the matter said"
                if prev == matter, s.wordKey(i - 3) == with, s.wordKey(i - 5) == people, i - 5 >= lo {
                    return Attribution(first: i - 5, last: i - 1, isAnaphor: false, fixed: nil)
                }
                if roleNouns.contains(prev) {
                    var first = i - 1
                    while first - 1 >= lo, i - first < 6, let t = s.at(first - 1), t.kind == .word || s.isApostrophe(first - 1) {
                        if s.isApostrophe(first - 1) {
                            guard s.at(first)?.key == s_, first - 2 >= lo, s.at(first - 2)?.kind == .word else { break }
                            first -= 2
                            continue
                        }
                        guard
                          !verbs.contains(t.key), !stopPhrase.contains(t.key), !auxiliaries.contains(t.key),
                          !(t.isCapitalized && first - 1 == lo && EntityFinder.common.contains(t.key) && !determiners.contains(t.key)) else { break }
                        first -= 1
                        if determiners.contains(t.key) { break }
                    }
                    let anaphor = anaphors.contains(prev) && i - first <= 2
                    return Attribution(first: first, last: i - 1, isAnaphor: anaphor, fixed: nil)
                }
                if pronouns.contains(prev) && !weakVerbs.contains(s[i].key) {
                    // "We expect …," said Jane Fraser: a named source later in the sentence wins.
                    if pronounFallback == nil { pronounFallback = Attribution(first: i - 1, last: i - 1, isAnaphor: true, fixed: nil) }
                    continue
                }
            }
            // Inverted: ', said Jane Doe' / ', said the company'
            if weakVerbs.contains(s[i].key) { continue }
            if i - 1 >= lo, let p = s.at(i - 1), p.kind == .symbol, p.key == 44 || p.key == 34 || p.key == 0x201D {
                if let e = entities.first(where: { $0.first == i + 1 || ($0.first == i + 2 && s.wordKey(i + 1) == the) }) {
                    return Attribution(first: e.first, last: e.last, isAnaphor: false, fixed: nil)
                }
                var e = i
                var j = i + 1
                while j < hi, j - i <= 4, let t = s.at(j), t.kind == .word { e = j; j += 1 }
                if e > i {
                    let anaphor = anaphors.contains(s.wordKey(e)) && e - i <= 2
                    return Attribution(first: i + 1, last: e, isAnaphor: anaphor, fixed: nil)
                }
            }
        }
        if let p = pronounFallback { return p }
        for i in firstReportedly..<hi where s.wordKey(i) == reportedly {
            return Attribution(first: i, last: i, isAnaphor: false, fixed: "reportedly")
        }
        return nil
    }
}

extension AttributionFinder.Attribution {
    /// Widens a name to a leading capitalized "The" inside the sentence ("The Information").
    func withArticle(_ s: ScannedText, sentenceStart lo: Int) -> Self {
        var a = self
        if fixed == nil, !isAnaphor, first - 1 >= lo, s.wordKey(first - 1) == AttributionFinder.the, s[first - 1].isCapitalized,
           first - 1 > lo {
            a.first -= 1
        }
        return a
    }
}
