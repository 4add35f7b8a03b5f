/// Finds what a count counts: the noun after the number, past a few
/// modifiers ("1,200 full-time employees", "3 million monthly active users").
///
/// The unit is the noun as written, with compound nouns kept and leading
/// adjectives dropped (`1,200 employees` → `employees`, `3,100 patent
/// applications` → `patent applications`, `41 new restaurants` →
/// `restaurants`); compare units with ``singularWord(_:)``.
enum CountedNoun {
    /// Words that end the noun phrase: a count with no noun has no unit.
    static let stops: WordSet = WordKey.set([
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
        "might", "can", "that", "which", "who", "this", "these", "those", "it", "its", "as", "than", "per",
        "each", "more", "less", "over", "under", "about", "after", "before", "since", "into", "across", "so",
        "if", "when", "while", "not", "also", "just", "only", "such", "all", "both", "every", "other", "said",
        "says", "say", "up", "down", "out", "last", "this", "next", "ago", "earlier", "later", "higher", "lower",
        "compared", "versus", "vs", "against", "according", "through", "until", "during", "then", "there",
        "their", "his", "her", "our", "we", "they", "he", "she", "i", "you", "do", "does", "did", "now",
        "yet", "still", "including", "between", "among", "within", "without", "because", "where",
        "above", "below", "around", "toward", "towards", "against", "plus", "minus", "times", "apiece", "each",
        "respectively", "alone", "overall", "total", "annually", "globally", "worldwide", "year", "quarter",
        "month", "week", "day", "percent", "forecast", "forecasts", "estimate", "estimates", "consensus",
        "expected", "predicted", "projected", "target", "targets", "mark", "threshold", "level",
    ])
    /// Plurals that do not end in -s, and -s words that are not plurals.
    static let irregular: WordTable<String> = WordKey.table([
        ("people", "person"), ("persons", "person"), ("children", "child"), ("men", "man"), ("women", "woman"),
        ("staff", "staff"), ("personnel", "personnel"), ("police", "police"), ("cattle", "cattle"),
        ("sheep", "sheep"), ("fish", "fish"), ("aircraft", "aircraft"), ("series", "series"),
        ("species", "species"), ("feet", "foot"), ("teeth", "tooth"), ("mice", "mouse"), ("geese", "goose"),
        ("data", "data"), ("media", "media"), ("crew", "crew"), ("workforce", "workforce"), ("headcount", "headcount"),
        ("news", "news"), ("analyses", "analysis"), ("crises", "crisis"), ("indices", "index"), ("vertices", "vertex"),
        ("criteria", "criterion"), ("phenomena", "phenomenon"), ("bus", "bus"), ("gas", "gas"), ("status", "status"),
        ("campus", "campus"), ("virus", "virus"), ("business", "business"), ("businesses", "business"),
        ("process", "process"), ("processes", "process"), ("kwh", "kwh"), ("mwh", "mwh"), ("gwh", "gwh"),
        ("lbs", "lb"), ("bps", "bp"),
    ])

    /// Leading adjectives dropped from the unit: "41 new restaurants" counts restaurants.
    static let adjectives: WordSet = WordKey.set([
        "new", "young", "old", "more", "additional", "extra", "further", "active", "monthly", "daily", "weekly",
        "annual", "major", "small", "large", "big", "local", "other", "total", "existing", "current", "former",
        "paid", "unique", "global", "independent", "full", "part", "average", "estimated", "separate", "different",
        "various", "key", "top", "senior", "junior", "first", "last", "next", "previous", "roughly", "some",
    ])

    /// The counted noun after the number that ends at `last`, as written
    /// ("employees", "patent applications", "GW"), and its last token.
    static func find(_ s: ScannedText, after last: Int, end: Int) -> (String, Int)? {
        var k = last + 1
        var seen = 0
        var runStart: Int?
        var candidate: Int?
        // Units of measure written as symbols: "1.2 GW", "16GB", "2.4 mg".
        if k < end, let t = s.at(k), t.kind == .word, t.length <= 5, FigureTraps.gluedSuffixes.contains(t.key),
           !Lexicon.ordinalSuffixes.contains(t.key), t.key != FigureTraps.sUnit,
           s.at(k + 1).map({ $0.gap != .none }) ?? true {
            return (s.string(tokens: k, k), k)
        }
        while k < end, seen < 4, let t = s.at(k) {
            if t.kind == .word {
                if stops.contains(t.key) { break }
                if t.isAllUpper && Lexicon.currencyCodes[t.key] != nil { break }
                // Hyphenated modifiers ("full-time", "AI-related") and adjectives are not the unit.
                if s.isDash(k + 1), s[k + 1].gap == .none, let n = s.at(k + 2), n.kind == .word, n.gap == .none {
                    k += 3
                    seen += 1
                    runStart = nil
                    continue
                }
                if runStart == nil && adjectives.contains(t.key) { k += 1; seen += 1; continue }
                if runStart == nil { runStart = k }
                if irregular[t.key] != nil || isPlural(s, k) {
                    return (s.string(tokens: runStart ?? k, k), k)
                }
                if candidate == nil { candidate = k }
                seen += 1
                k += 1
                continue
            }
            if t.kind == .number && t.gap == .none { k += 1; continue } // "H100" inside a modifier chain
            // "U.S. metro areas": the periods of an abbreviation.
            if t.kind == .symbol && t.key == 46 && t.gap == .none { k += 1; continue }
            break
        }
        // A single noun right after the number ("1 user").
        if let c = candidate, c == last + 1, !s[c].isCapitalized, seen == 1 {
            return (s.string(tokens: c, c), c)
        }
        return nil
    }

    /// The last word of a unit, lowercased and singular: "patent applications" → "application".
    static func singularWord(_ unit: String) -> String {
        let last = unit.split(separator: " ").last.map(String.init) ?? unit
        let w = last.lowercased()
        if let irr = irregular[WordKey.of(w)] { return irr }
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") { return String(w.dropLast(2)) }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") { return String(w.dropLast()) }
        return w
    }

    static func isPlural(_ s: ScannedText, _ k: Int) -> Bool {
        let t = s[k]
        guard t.length >= 3, t.flags & Token.nonASCII == 0 else { return false }
        let b = s.bytes
        let last = b[t.end - 1] | 0x20
        let prev = b[t.end - 2] | 0x20
        guard last == 115 else { return false }     // s
        let acronym = b[t.end - 1] == 115 && b[t.end - 2] >= 65 && b[t.end - 2] <= 90   // GPUs, CEOs
        if !acronym && (prev == 115 || prev == 117 || prev == 105) { return false }  // -ss, -us, -is
        if t.isCapitalized && t.isAllUpper == false && s.at(k + 1).map({ $0.kind == .word && !stops.contains($0.key) }) == true {
            return false  // "Tesla vehicles": the capitalized word is a modifier.
        }
        return true
    }

}
