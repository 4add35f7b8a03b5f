import DossierModel

/// Finds the word that governs a figure syntactically — the verb or noun it
/// completes ("valued at $X", "raised $X", "fines of up to 10%") or the noun
/// it modifies ("$5m in revenue", "a $300 million term loan") — so that the
/// nearest governing cue decides the metric before any weighing of the
/// sentence's other cue words.
enum MetricGovernor {
    /// What governs a figure: a cue hit, a neutral word, or nothing.
    enum Verdict {
        case none
        case neutral
        case hit(Int)
    }

    /// Words that may stand between a governing word before the figure and the figure:
    /// qualifiers, articles, copulas and the prepositions that link a noun or verb to its amount.
    static let links: WordSet = WordKey.set([
        "about", "roughly", "approximately", "nearly", "almost", "around", "some", "up", "to", "as", "much", "many",
        "more", "than", "less", "over", "under", "north", "south", "of", "upwards", "at", "least", "just", "close",
        "an", "a", "the", "estimated", "only", "well", "below", "above", "excess", "in", "for", "by", "through",
        "was", "were", "is", "are", "be", "been", "being", "totaled", "totalled", "totaling", "totalling", "reached",
        "stood", "amounted", "hit", "topped", "exceeded", "its", "their", "his", "her", "our", "whopping", "record",
        "additional", "another", "further", "total", "combined", "initial", "reported", "expected", "likely",
        "annual", "annualized", "annualised", "quarterly", "monthly", "yearly", "same", "nearly", "shy", "fully",
    ])
    /// Prepositions after a figure that introduce what it is an amount of: "$5m in revenue".
    static let inKey: UInt64 = 0x08b7_3807_b55c_4bbe  // "in"
    static let ofKey: UInt64 = 0x08b0_6007_b556_7108  // "of"
    static let worthKey: UInt64 = 0x4fab_0b5e_7350_f67f  // "worth"
    /// Words that may stand between a figure and the noun it modifies: "$1.2B in development, regulatory
    /// and commercial milestones", "$300 million term loan".
    static let modifierStops: WordSet = WordKey.set([
        "to", "from", "for", "by", "at", "on", "with", "that", "which", "who", "and", "or", "but", "was", "were",
        "is", "are", "will", "would", "a", "an", "the", "per", "each", "this", "last", "next", "year", "years",
        "since", "after", "before", "during", "over", "under", "than", "between", "as",
    ])
    /// "values Wiz at $32 billion", "priced its IPO at $30": a verb whose object stands between it and the figure.
    static let objectVerbs: WordTable<Metric> = WordKey.table([
        ("value", Metric.valuation), ("values", .valuation), ("valued", .valuation), ("valuing", .valuation),
        ("priced", .price), ("prices", .price), ("pricing", .price),
    ])

    /// The governor of `f` before it: walk back over link words to the first word that is a cue or neutral.
    /// `hitAt` maps a token to the index of the cue hit covering it (or -1).
    static func before(_ s: ScannedText, _ f: Figure, span: Range<Int>, hitAt: (Int) -> Int) -> (Verdict, objectVerb: Metric?) {
        var j = f.first - 1
        var steps = 0
        var passedCopula = false
        while j >= span.lowerBound, steps < 7 {
            let t = s[j]
            if t.kind == .symbol {
                // "~$5m", "a five-year, $265 million extension" stop; a dash inside "run-rate" does not.
                if s.isDash(j), s[j].gap == .none { j -= 1; continue }
                break
            }
            if t.kind == .number { break }
            // "Musk's pay package was worth $56 billion": worth links the amount to what it is the worth of.
            if t.key == worthKey, steps < 3 { j -= 1; steps += 1; continue }
            let h = hitAt(j)
            if h >= 0 { return (.hit(h), nil) }
            if MetricCues.neutral.contains(t.key) { return (.neutral, nil) }
            guard links.contains(t.key) else {
                // "values the London-based fintech at £2.1bn": the verb before the object governs.
                if s.wordKey(f.first - 1) == atKey || steps > 0 && s.wordKey(j + 1) == atKey || northOf(s, j + 1) {
                    var k = j
                    while k >= span.lowerBound, j - k < 7, s[k].kind != .number, !(s[k].kind == .symbol && !s.isDash(k) && !s.isApostrophe(k)) {
                        if let m = objectVerbs[s.wordKey(k)] { return (.none, m) }
                        k -= 1
                    }
                }
                // "run-rate cost synergies of $150 million": the nearest cue of the noun phrase before "of".
                if s.wordKey(j + 1) == ofKey {
                    var k = j - 1
                    while k >= span.lowerBound, j - k <= 3, s[k].kind == .word || s.isDash(k) {
                        if s[k].kind == .word, SubjectFinder.clauseBreaks.contains(s[k].key) || links.contains(s[k].key) { break }
                        let h = hitAt(k)
                        if h >= 0 { return (.hit(h), nil) }
                        k -= 1
                    }
                }
                // "Amortization of acquired intangible assets is expected to be $145 million": the head of
                // the subject, the noun before its first "of".
                if passedCopula {
                    var k = j
                    var head = -1
                    while k >= span.lowerBound, j - k <= 6, s[k].kind == .word || s.isDash(k) || s.isApostrophe(k) {
                        if s[k].kind == .word, SubjectFinder.clauseBreaks.contains(s[k].key) { break }
                        if s.wordKey(k) == ofKey { head = k - 1 }
                        k -= 1
                    }
                    if head >= span.lowerBound, hitAt(head) >= 0 { return (.hit(hitAt(head)), nil) }
                }
                break
            }
            if copulas.contains(t.key) { passedCopula = true }
            j -= 1
            steps += 1
        }
        return (.none, nil)
    }
    static let atKey: UInt64 = 0x089c_4e07_b545_a968  // "at"
    static let copulas: WordSet = WordKey.set(["was", "were", "is", "are", "be", "been", "being", "totaled", "totalled", "reached", "stood", "amounted"])
    static let northKey: UInt64 = 0x0e11_5b71_9d2d_6304  // "north"
    static func northOf(_ s: ScannedText, _ i: Int) -> Bool { s.wordKey(i) == northKey && s.wordKey(i + 1) == ofKey }

    /// The noun `f` is an amount of, after it: "$5m in revenue", "£72bn in dividends",
    /// "$2.1 billion of goodwill" (money only), "a $300 million term loan".
    static func after(_ s: ScannedText, _ f: Figure, span: Range<Int>, hitAt: (Int) -> Int) -> (Verdict, compound: Bool) {
        var a = f.last + 1
        guard a < span.upperBound else { return (.none, false) }
        let k = s.wordKey(a)
        // "10% of revenue" is a portion, read by the classifier.
        if k == ofKey && f.kind == .percent { return (.none, false) }
        var viaPreposition = false
        if k == inKey || (k == ofKey && f.kind == .money) {
            a += 1
            viaPreposition = true
        } else if k == worthKey, s.wordKey(a + 1) == ofKey {
            a += 2
            viaPreposition = true
        }
        // "$1.2B in development, regulatory and commercial milestones": up to six words of a noun phrase.
        var b = a
        while b < span.upperBound, b - a < (viaPreposition ? 6 : 3) {
            let t = s[b]
            if t.kind == .symbol {
                if s.isDash(b) || (viaPreposition && t.key == 44) { b += 1; continue }
                break
            }
            if t.kind == .number { break }
            let h = hitAt(b)
            if h >= 0 { return (.hit(h), !viaPreposition) }
            if MetricCues.neutral.contains(t.key) { return (.neutral, !viaPreposition) }
            if !viaPreposition, modifierStops.contains(t.key) { break }
            if viaPreposition, b > a, modifierStops.contains(t.key), t.key != andKey { break }
            b += 1
        }
        return (.none, false)
    }
    static let andKey: UInt64 = 0xe6f7_9719_051f_f286  // "and"
}
