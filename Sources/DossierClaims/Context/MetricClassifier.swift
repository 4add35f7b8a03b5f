import DossierModel

/// Decides what a figure measures from cue words in its sentence, weighting
/// each cue by its distance to the figure and halving it when another
/// figure stands between them.
enum MetricClassifier {
    static let countUnits: [String: Metric] = [
        "employee": .employees, "worker": .employees, "staff": .employees, "job": .employees, "person": .employees,
        "position": .employees, "role": .employees, "staffer": .employees, "engineer": .employees, "personnel": .employees,
        "user": .users, "customer": .users, "subscriber": .users, "member": .users, "account": .users,
        "download": .users, "install": .users, "visitor": .users, "reader": .users, "viewer": .users,
        "listener": .users, "player": .users, "share": .shares, "consumer": .users, "people": .employees,
    ]
    /// Words between a change word and its figure: "fell as much as 7%", "cut by 40%", "grown roughly sevenfold".
    static let changeLinks: WordSet = WordKey.set([
        "by", "as", "much", "many", "more", "than", "just", "under", "over", "about", "roughly", "nearly", "almost",
        "around", "some", "an", "a", "estimated", "further", "another", "only", "close", "least", "at", "some",
        "slightly", "sharply", "nearly", "fully", "another", "of", "maximum", "minimum",
    ])
    static let or = WordKey.of("or")

    /// True when a change word governs the figure: "rose 12%", "grew by 12%", "an increase of 4 percent",
    /// "a 22% cut", "increased $38, or 4%". "Rose to 6.7%" and "up from 10%" state levels instead.
    static func isGovernedByChange(_ s: ScannedText, _ f: Figure, span: Range<Int>, others: [Figure]) -> Bool {
        func isChange(_ k: UInt64) -> Bool { MetricCues.words[k]?.contains(where: { $0.metric == .growth }) ?? false }
        var j = f.first - 1
        if j >= span.lowerBound, levelPrepositions.contains(s.wordKey(j)) { return false }
        var hops = 0
        while j >= span.lowerBound, hops < 5 {
            let k = s.wordKey(j)
            if isChange(k) { return true }
            // "raise its dividend by 4%": "by" ties the figure to a change a few words back.
            if k == byKey {
                var b = j - 1
                while b >= span.lowerBound, j - b <= 5 {
                    if isChange(s.wordKey(b)) { return true }
                    if s[b].kind == .symbol { break }
                    b -= 1
                }
            }
            // "increased $42.1 million, or 8%": the percent restates the change of the figure before it.
            if k == or, let prev = others.last(where: { $0.last < j && $0.last >= j - 3 }) {
                j = prev.first - 1
                hops += 1
                continue
            }
            if s.isSymbol(j, 44) && s.wordKey(j + 1) == or { j -= 1; continue }
            guard changeLinks.contains(k) else { break }
            j -= 1
            hops += 1
        }
        // After the figure: "a 22% cut", "a 30 per cent price rise".
        var a = f.last + 1
        while a < span.upperBound, a - f.last <= 2 {
            if isChange(s.wordKey(a)) && s.wordKey(a) != upKey && s.wordKey(a) != downKey { return true }
            a += 1
        }
        return false
    }
    /// "fell 4% to $3,120", "slipped below $60,000": a money level reached by a change, as markets report prices.
    static func isLevelAfterChange(_ s: ScannedText, _ f: Figure, span: Range<Int>) -> Bool {
        var j = f.first - 1
        guard j >= span.lowerBound, levelWords.contains(s.wordKey(j)) else { return false }
        j -= 1
        var steps = 0
        while j >= span.lowerBound, steps < 5 {
            if MetricCues.words[s.wordKey(j)]?.contains(where: { $0.metric == .growth }) ?? false { return true }
            j -= 1
            steps += 1
        }
        return false
    }
    static let levelWords: WordSet = WordKey.set(["to", "above", "below", "at", "near", "around", "past"])
    static let growthNouns: WordSet = WordKey.set(["growth", "cagr"])
    static let upKey = WordKey.of("up")
    static let byKey = WordKey.of("by")
    static let downKey = WordKey.of("down")

    /// Words right before a percent that make it a level: "rose to 4.1%", "from 6.6%", "at 5.25%".
    static let levelPrepositions: WordSet = WordKey.set(["to", "from", "at"])
    /// Rates and ratios are levels, not amounts of anything: "the unemployment rate of 4.1%".
    static let rateWords: WordSet = WordKey.set([
        "rate", "rates", "yield", "yields", "coupon", "ratio", "factor", "margin", "margins", "premium", "discount",
        "apr", "apy", "inflation", "unemployment", "turnout", "penetration", "utilization", "occupancy", "probability",
        "odds", "efficacy", "accuracy", "approval", "support", "share", "stake", "dividend", "dividends",
    ])
    static let monthKey = WordKey.of("month")
    static let shareKey = WordKey.of("share")
    static let stakeKey = WordKey.of("stake")
    static let priceIndex = Metric.allCases.firstIndex(of: .price) ?? 0
    static let priceUnits: WordSet = WordKey.set([
        "share", "unit", "seat", "user", "ticket", "barrel", "ounce", "gallon", "litre", "liter", "kilogram", "kg",
        "pound", "ton", "tonne", "head", "person", "night", "hour", "license", "device", "token", "query", "gigabyte",
    ])
    /// ``countUnits`` by word key, singular and plural.
    static let countUnitKeys: WordTable<Metric> = {
        var t: [UInt64: Metric] = [:]
        for (w, m) in countUnits {
            t[WordKey.of(w)] = m
            t[WordKey.of(w.hasSuffix("s") ? w : w + "s")] = m
        }
        t[WordKey.of("people")] = .employees
        t[WordKey.of("staff")] = .employees
        return WordTable(t)
    }()
    static let peopleKey = WordKey.of("people")
    static let personKey = WordKey.of("person")
    static let peopleCues: WordSet = WordKey.set([
        "employ", "employs", "employed", "hire", "hired", "hiring", "layoffs", "laid", "cut", "cuts", "cutting",
        "eliminate", "eliminated", "workforce", "jobs", "staff", "headcount", "fire", "fired", "lay", "off",
    ])
    static let userCues: WordSet = WordKey.set([
        "use", "uses", "used", "using", "signed", "active", "monthly", "weekly", "daily", "platform", "app", "service",
    ])

    /// A cue word or pair found in a sentence.
    struct Hit { var first: Int; var last: Int; var cues: [MetricCues.Cue] }

    /// The cues of a sentence, found once for all its figures.
    static func cues(_ s: ScannedText, in span: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        var j = span.lowerBound
        while j < span.upperBound {
            let t = s[j]
            if t.kind == .word {
                let dash = s.isDash(j + 1)
                let next = j + 1 < span.upperBound ? s.wordKey(dash ? j + 2 : j + 1) : 0
                if next != 0, let c = MetricCues.pairs[WordKey.pair(t.key, next)] {
                    hits.append(Hit(first: j, last: dash ? j + 2 : j + 1, cues: c))
                } else if let c = MetricCues.words[t.key] {
                    hits.append(Hit(first: j, last: j, cues: c))
                }
            }
            j += 1
        }
        return hits
    }

    static func classify(_ s: ScannedText, _ f: Figure, sentence span: Range<Int>, cues: [Hit], others: [Figure]) -> Metric? {
        switch f.kind {
        case .duration: return .time
        case .date: return nil
        default: break
        }
        if f.kind == .count, let unit = f.unit {
            // The noun's own key when it is one word in the text; the singular of the unit otherwise.
            let m: Metric?
            let isPeople: Bool
            if let u = f.unitToken, s[u].kind == .word {
                m = countUnitKeys[s[u].key]
                isPeople = s[u].key == peopleKey || s[u].key == personKey
            } else {
                let u = CountedNoun.singularWord(unit)
                m = countUnits[u]
                isPeople = u == "person"
            }
            if let m {
                if isPeople {
                    // "500 people" are employees only where the sentence talks about jobs.
                    for j in span where peopleCues.contains(s.wordKey(j)) { return .employees }
                    for j in span where userCues.contains(s.wordKey(j)) { return .users }
                    return nil
                }
                return m
            }
            return nil
        }
        let kinds = MetricCues.Kinds(f.kind)
        if f.kind == .percent || f.kind == .multiple, isGovernedByChange(s, f, span: span, others: others) { return .growth }
        // "revenue growth of 29%", "sales growth forecast to 16% to 22%": the noun names the measure.
        if f.kind == .percent {
            var j = f.first - 1
            while j >= span.lowerBound, f.first - j <= 6 {
                if growthNouns.contains(s.wordKey(j)) { return .growth }
                if s[j].kind == .symbol && s[j].key != 44 || s[j].kind == .number { break }
                j -= 1
            }
        }
        // A percent that is a rate or ratio level measures none of the amounts below, unless a change
        // word governs it ("margin expanded 420 basis points" is still growth).
        var isRateLevel = false
        if f.kind == .percent {
            var j = f.first - 1
            while j >= span.lowerBound, f.first - j <= 6 {
                if rateWords.contains(s.wordKey(j)) && s.wordKey(j) != shareKey && s.wordKey(j) != stakeKey { isRateLevel = true; break }
                j -= 1
            }
        }
        var scores = [Double](repeating: 0, count: MetricCues.metrics.count)
        for hit in cues where hit.last < f.first || hit.first > f.last {
            let d: Int = hit.first < f.first ? f.first - hit.last : hit.first - f.last
            var w = 1.0 / (1.0 + 0.15 * Double(max(0, d - 1)))
            // Words right next to the figure say most: "raised $5m", "$5m in revenue".
            if d <= 2 { w *= 1.5 }
            // A cue beyond another figure of the same kind belongs more to that one.
            for o in others where o.first != f.first {
                if (hit.first < f.first && o.first > hit.first && o.last < f.first) || (hit.first > f.last && o.first > f.last && o.last < hit.first) {
                    w *= o.kind == f.kind ? 0.55 : 0.85
                    break
                }
            }
            // Growth is decided by the change word governing the figure (below), not by nearby words.
            for cue in hit.cues where cue.kinds.contains(kinds) && cue.metric != .growth {
                scores[cue.index] += cue.weight * w
            }
        }
        if f.kind == .money, isLevelAfterChange(s, f, span: span) { scores[priceIndex] += 1.0 }
        if f.isRate && f.kind == .money, let u = f.unitToken {
            let k = s.wordKey(u)
            // "$20 a month" is a subscription price; "$3 million a year" may be a salary or a cost.
            scores[priceIndex] += priceUnits.contains(k) || k == monthKey ? 2.5 : Lexicon.durationUnits[k] != nil ? 0.6 : 1.0
        }
        if isRateLevel { return nil }
        // A neutral word next to the figure outweighs weaker guesses.
        // A neutral word nearer than any cue decides: "dividends of $0.52" has no metric.
        func distance(_ a: Int, _ b: Int) -> Int { b < f.first ? f.first - b : a - f.last }
        let nearestCue = cues.filter { $0.last < f.first || $0.first > f.last }
            .filter { $0.cues.contains { $0.kinds.contains(kinds) && $0.metric != .growth } }
            .map { distance($0.first, $0.last) }.min() ?? Int.max
        var j = max(span.lowerBound, f.first - 4)
        while j < min(span.upperBound, f.last + 4) {
            if j < f.first || j > f.last, MetricCues.neutral.contains(s.wordKey(j)), distance(j, j) < nearestCue { return nil }
            j += 1
        }
        var bestIndex = 0
        for (k, v) in scores.enumerated() where v > scores[bestIndex] { bestIndex = k }
        guard scores[bestIndex] >= 0.7 else { return nil }
        var m = MetricCues.metrics[bestIndex]
        // A negative profit is a loss.
        if m == .profit, let v = f.value ?? f.low, v < 0 { m = .loss }
        return m
    }
}
