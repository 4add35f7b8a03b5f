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
        "slightly", "sharply", "nearly", "fully", "another", "of", "maximum", "minimum", "approximately", "between",
    ])
    static let or: UInt64 = 0x08b0_5407_b556_5ca4  // "or"

    /// True when a change word governs the figure: "rose 12%", "grew by 12%", "an increase of 4 percent",
    /// "a 22% cut", "increased $38, or 4%". "Rose to 6.7%" and "up from 10%" state levels instead.
    static func isGovernedByChange(_ s: ScannedText, _ f: Figure, span: Range<Int>, others: [Figure]) -> Bool {
        let kinds = MetricCues.Kinds(f.kind)
        func isChange(_ k: UInt64) -> Bool { MetricCues.words[k]?.contains(where: { $0.metric == .growth && $0.kinds.contains(kinds) }) ?? false }
        var j = f.first - 1
        if j >= span.lowerBound, levelPrepositions.contains(s.wordKey(j)) {
            // "prices are rising at 4 per cent", "growing at 12%": a pace of change, not a level.
            guard s.wordKey(j) == atKey, isChange(s.wordKey(j - 1)) else { return false }
            return true
        }
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
            if peakWords.contains(s.wordKey(j)) { return true }
            j -= 1
            steps += 1
        }
        return false
    }
    static let levelWords: WordSet = WordKey.set(["to", "above", "below", "at", "near", "around", "past"])
    static let peakWords: WordSet = WordKey.set(["peak", "peaked", "peaking", "peaks", "trough", "bottomed"])
    static let growthNouns: WordSet = WordKey.set(["growth", "cagr"])
    static let upKey: UInt64 = 0x08c4_3a07_b566_d980  // "up"
    static let atKey: UInt64 = 0x089c_4e07_b545_a968  // "at"
    static let byKey: UInt64 = 0x08a6_4b07_b54d_f8d4  // "by"
    static let downKey: UInt64 = 0xdc04_1267_61bb_7455  // "down"

    /// Words right before a percent that make it a level: "rose to 4.1%", "from 6.6%", "at 5.25%".
    static let levelPrepositions: WordSet = WordKey.set(["to", "from", "at"])
    /// Rates and ratios are levels, not amounts of anything: "the unemployment rate of 4.1%".
    static let rateWords: WordSet = WordKey.set([
        "rate", "rates", "yield", "yields", "coupon", "ratio", "factor", "margin", "margins", "premium", "discount",
        "apr", "apy", "inflation", "unemployment", "turnout", "penetration", "utilization", "occupancy", "probability",
        "odds", "efficacy", "accuracy", "approval", "support", "share", "stake", "dividend", "dividends",
    ])
    static let monthKey: UInt64 = 0xf4bd_c393_6faf_56a5  // "month"
    static let shareKey: UInt64 = 0x6e30_8e49_3acb_8858  // "share"
    static let stakeKey: UInt64 = 0xee74_aaad_45c0_2449  // "stake"
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
    static let peopleKey: UInt64 = 0x5feb_fa35_18d4_930e  // "people"
    static let personKey: UInt64 = 0x5bd4_9c0b_7a0b_61e0  // "person"
    static let peopleCues: WordSet = WordKey.set([
        "employ", "employs", "employed", "hire", "hired", "hiring", "layoffs", "laid", "cut", "cuts", "cutting",
        "eliminate", "eliminated", "workforce", "jobs", "staff", "headcount", "fired", "lay", "off",
    ])
    static let userCues: WordSet = WordKey.set([
        "use", "uses", "used", "using", "signed", "active", "monthly", "weekly", "daily", "platform", "app", "service",
    ])

    static let raiseWords: WordSet = WordKey.set(["raise", "raised", "raises", "raising"])
    static let toKey: UInt64 = 0x08c8_3907_b56a_c0a4  // "to"
    static let worthKey: UInt64 = 0x4fab_0b5e_7350_f67f  // "worth"

    /// A cue word or pair found in a sentence.
    struct Hit { var first: Int; var last: Int; var cues: [MetricCues.Cue] }

    /// The cues of a sentence, found once for all its figures.
    static func cues(_ s: ScannedText, in span: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        cues(s, in: span, into: &hits)
        return hits
    }

    /// The cues of a sentence into `hits`, which is emptied first (its storage is reused).
    static func cues(_ s: ScannedText, in span: Range<Int>, into hits: inout [Hit]) {
        hits.removeAll(keepingCapacity: true)
        var j = span.lowerBound
        // Read once per sentence: static tables read in the loop cost a lazy-initialisation check per word.
        let pairs = MetricCues.pairs, words = MetricCues.words
        while j < span.upperBound {
            let t = s[j]
            if t.kind == .word {
                let dash = s.isDash(j + 1)
                let next = j + 1 < span.upperBound ? s.wordKey(dash ? j + 2 : j + 1) : 0
                if next != 0, let c = pairs[WordKey.pair(t.key, next)] {
                    hits.append(Hit(first: j, last: dash ? j + 2 : j + 1, cues: c))
                } else if let c = words[t.key] {
                    // "guidance is raised to $1.4bn" moves a level, it raises no money; "$2.9 billion worth of
                    // servers" is a quantity, not a valuation.
                    if next == toKey && raiseWords.contains(t.key) || next == ofKey && t.key == worthKey { j += 1; continue }
                    // "cost of revenue", "loss of sales": the noun before "of" heads the phrase.
                    if s.wordKey(j - 1) == ofKey, let h = hits.last, h.last == j - 2 { j += 1; continue }
                    hits.append(Hit(first: j, last: j, cues: c))
                }
            }
            j += 1
        }
    }

    /// What a sentence's figures share when their metrics are read: the cue hits, the clause
    /// boundaries and, for each figure, the cue hit that governs it. Built once per sentence.
    struct SentenceCues {
        var hits: [Hit]
        /// Token indices where a new clause starts ("; ", ", and", ", but", ", which").
        var clauseStarts: [Int]
        /// For each figure, the hit that governs it directly (or -1).
        var governing: [Int]
        /// For each figure, what governs it before and after (read once, used by `classify`).
        var governors: [Governors]
        /// For each hit, how many figures it governs.
        var governedCount: [Int] = []
        /// True when the figures are in order without overlaps (see `isOrdered`): the binary searches
        /// of `SentenceCues+Lookup` then replace linear ones.
        var ordered = false
        /// Indices of the figures of each kind (by `slot`), filled when `ordered`.
        var byKind: [[Int]] = []
    }

    /// The governing words of one figure (see ``MetricGovernor``).
    struct Governors {
        var before: MetricGovernor.Verdict = .none
        var objectVerb: Metric?
        var after: MetricGovernor.Verdict = .none
        var compound = false
    }

    static let clauseWords: WordSet = WordKey.set(["and", "but", "while", "whereas", "which", "although", "though"])
    static let bareClauseWords: WordSet = WordKey.set(["but", "whereas", "although"])

    static func sentenceCues(_ s: ScannedText, in span: Range<Int>, figures: [Figure]) -> SentenceCues {
        var c = SentenceCues(hits: [], clauseStarts: [], governing: [], governors: [])
        sentenceCues(s, in: span, figures: figures, into: &c)
        return c
    }

    /// The cues of a sentence into `c`, whose arrays are emptied and refilled: the extractor keeps one
    /// `SentenceCues` for all sentences so that their storage is allocated once.
    static func sentenceCues(_ s: ScannedText, in span: Range<Int>, figures: [Figure], into c: inout SentenceCues) {
        // Taken out of `c` while filled (the closure below reads the hits), put back at the end.
        var hits: [Hit] = [], starts: [Int] = [], governing: [Int] = [], governors: [Governors] = []
        swap(&hits, &c.hits)
        swap(&starts, &c.clauseStarts)
        swap(&governing, &c.governing)
        swap(&governors, &c.governors)
        defer {
            swap(&hits, &c.hits)
            swap(&starts, &c.clauseStarts)
            swap(&governing, &c.governing)
            swap(&governors, &c.governors)
            c.index(figures)
        }
        cues(s, in: span, into: &hits)
        starts.removeAll(keepingCapacity: true)
        let clauseWords = self.clauseWords, bareClauseWords = self.bareClauseWords
        for j in span {
            let t = s[j]
            if t.kind == .symbol {
                if t.key == 59 || (t.key == 44 && clauseWords.contains(s.wordKey(j + 1))) { starts.append(j) }
            } else if t.kind == .word, bareClauseWords.contains(t.key), j > span.lowerBound, !s.isSymbol(j - 1, 44) {
                starts.append(j)
            }
        }
        governing.removeAll(keepingCapacity: true)
        governing.append(contentsOf: repeatElement(-1, count: figures.count))
        governors.removeAll(keepingCapacity: true)
        governors.append(contentsOf: repeatElement(Governors(), count: figures.count))
        let found = hits
        let hitAt = { (k: Int) -> Int in SentenceCues.hit(at: k, in: found) }
        for (i, f) in figures.enumerated() where f.kind != .date && f.kind != .duration {
            var g = Governors()
            (g.before, g.objectVerb) = MetricGovernor.before(s, f, span: span, hitAt: hitAt)
            (g.after, g.compound) = MetricGovernor.after(s, f, span: span, hitAt: hitAt)
            if case .hit(let h) = g.before { governing[i] = h } else if case .hit(let h) = g.after { governing[i] = h }
            governors[i] = g
        }
    }

    /// True when a clause boundary lies between tokens `a` and `b`.
    static func crossesClause(_ c: SentenceCues, _ a: Int, _ b: Int) -> Bool {
        c.clauseStarts(after: min(a, b), upTo: max(a, b))
    }

    /// The metric a governing hit names for a figure of these kinds, if it is decisive.
    static func decisive(_ hit: Hit, _ kinds: MetricCues.Kinds, minimum: Double) -> Metric? {
        var best: MetricCues.Cue?
        for cue in hit.cues where cue.kinds.contains(kinds) && cue.metric != .growth {
            if best == nil || cue.weight > best!.weight { best = cue }
        }
        guard let best, best.weight >= minimum else { return nil }
        return best.metric
    }

    static let allKey: UInt64 = 0xe6f0_9b19_0519_daa4  // "all"
    static let accountWords: WordSet = WordKey.set(["account", "accounts", "accounted", "accounting"])
    static let marketWords: WordSet = WordKey.set(["market", "markets", "industry", "sector", "segment"])
    static let ownership: WordSet = WordKey.set(["shares", "stock", "stake", "equity", "ownership", "votes", "voting"])

    /// "10% of its workforce", "5% of the chip price", "15% of their body weight": a percent that is a
    /// portion of something measures that thing (or nothing), not a change.
    static func portion(_ s: ScannedText, _ f: Figure, span: Range<Int>, c: SentenceCues, index: Int) -> Metric?? {
        guard f.kind == .percent, s.wordKey(f.last + 1) == ofKey else { return nil }
        var b = f.last + 2
        let all = s.wordKey(b) == allKey
        while b < span.upperBound, b - f.last <= 6 {
            let t = s[b]
            if t.kind != .word { break }
            if ownership.contains(t.key) { return .some(.shares) }
            if marketWords.contains(t.key) { return .some(.marketShare) }
            if case let h = c.hit(at: b), h >= 0 {
                if let m = decisive(c.hits[h], .percent, minimum: 1.5) { return .some(m) }
                if let m = decisive(c.hits[h], .count, minimum: 1.5), m == .employees || m == .users { return .some(m) }
                if MetricCues.neutral.contains(t.key) { return .some(nil) }
            }
            if MetricCues.neutral.contains(t.key) { return .some(nil) }
            if MetricGovernor.modifierStops.contains(t.key) && b > f.last + 2 && !t.isCapitalized { break }
            b += 1
        }
        // "30% of all shipments", "accounted for 43% of": a slice of a whole market.
        var j = f.first - 1
        while j >= span.lowerBound, f.first - j <= 4, s[j].kind == .word {
            if accountWords.contains(s[j].key) { return .some(.marketShare) }
            j -= 1
        }
        return .some(all ? .marketShare : nil)
    }
    static let ofKey: UInt64 = 0x08b0_6007_b556_7108  // "of"

    static func classify(_ s: ScannedText, _ f: Figure, index: Int, sentence span: Range<Int>, cues c: SentenceCues,
                         others: [Figure]) -> (Metric?, decisive: Bool) {
        switch f.kind {
        case .duration: return (.time, true)
        case .date: return (nil, true)
        default: break
        }
        if f.kind == .count, let unit = f.unit {
            // The noun's own key when it is one word in the text; the singular of the unit's last word otherwise.
            var m: Metric?
            var isPeople = false
            if let u = f.unitToken, s[u].kind == .word {
                m = countUnitKeys[s[u].key]
                isPeople = s[u].key == peopleKey || s[u].key == personKey
            }
            if m == nil, f.unitToken == nil || s[f.unitToken!].kind != .word {
                let u = CountedNoun.singularWord(unit)
                m = countUnits[u]
                isPeople = u == "person"
            }
            if let m {
                if isPeople {
                    // "500 people" are employees only where the sentence talks about jobs.
                    for j in span where peopleCues.contains(s.wordKey(j)) { return (.employees, true) }
                    for j in span where userCues.contains(s.wordKey(j)) { return (.users, true) }
                    return (nil, true)
                }
                return (m, true)
            }
            return (nil, true)
        }
        let cues = c.hits
        let kinds = MetricCues.Kinds(f.kind)
        let before = c.governors[index].before, objectVerb = c.governors[index].objectVerb
        // "fines of up to 10% of turnover": the noun the figure completes comes first.
        if case .hit(let h) = before, f.kind != .multiple, s.wordKey(cues[h].last + 1) == ofKey,
           let m = decisive(cues[h], kinds, minimum: 2.5) {
            return (adjusted(m, s, f, span: span, hit: cues[h]), true)
        }
        if let p = portion(s, f, span: span, c: c, index: index) { return (p, true) }
        if f.kind == .percent || f.kind == .multiple, isGovernedByChange(s, f, span: span, others: others) {
            // "cut interest rates by half a percentage point", "margin expanded 420 basis points": a rate moved.
            if f.kind == .percent, changesRate(s, f, span: span) { return (nil, true) }
            if f.kind == .percent, changesWorkforce(s, f, span: span) { return (.employees, true) }
            return (.growth, true)
        }
        // "revenue growth of 29%", "sales growth forecast to 16% to 22%": the noun names the measure.
        if f.kind == .percent {
            var j = f.first - 1
            while j >= span.lowerBound, f.first - j <= 6 {
                if growthNouns.contains(s.wordKey(j)) { return (.growth, true) }
                if s[j].kind == .symbol && s[j].key != 44 || s[j].kind == .number { break }
                j -= 1
            }
        }
        // A percent that is a rate or ratio level measures none of the amounts below.
        if f.kind == .percent {
            var j = f.first - 1
            while j >= span.lowerBound, f.first - j <= 6 {
                if rateWords.contains(s.wordKey(j)) && s.wordKey(j) != shareKey && s.wordKey(j) != stakeKey { return (nil, false) }
                j -= 1
            }
        }
        // The word governing the figure decides: "valued at $X" even inside "in a funding round",
        // "$5m in revenue", "£72bn in dividends", "burns $2 million a month".
        let after = c.governors[index].after, compound = c.governors[index].compound
        // "a $157B valuation", "a ¥2 trillion plant": the noun the figure modifies names it.
        if compound, case .hit(let h) = after, let m = decisive(cues[h], kinds, minimum: 2.5) {
            return (adjusted(m, s, f, span: span, hit: cues[h]), true)
        }
        // "dividends of $0.52 per share": a neutral noun the figure completes.
        if case .neutral = before { return (nil, true) }
        // "peaking at $118.81": a price level.
        if f.kind == .money, levelWords.contains(s.wordKey(f.first - 1)), peakWords.contains(s.wordKey(f.first - 2)) { return (.price, true) }
        // "reduce its global workforce by approximately 8%".
        var strongBefore: Metric?
        if case .hit(let h) = before, var m = decisive(cues[h], kinds, minimum: 2.5) {
            // "The subscription costs $20 a month": what a unit or a period costs is its price.
            if m == .cost, f.isRate, let u = f.unitToken, priceUnits.contains(s.wordKey(u)) || s.wordKey(u) == monthKey { m = .price }
            strongBefore = m
        }
        if let m = strongBefore ?? objectVerb { return (adjusted(m, s, f, span: span, hit: nil), true) }
        switch after {
        case .neutral: return (nil, true)
        case .hit(let h): if let m = decisive(cues[h], kinds, minimum: 1.5) { return (adjusted(m, s, f, span: span, hit: cues[h]), true) }
        case .none: break
        }
        if case .neutral = before { return (nil, true) }
        if case .hit(let h) = before, let m = decisive(cues[h], kinds, minimum: 2) { return (adjusted(m, s, f, span: span, hit: cues[h]), true) }

        // Scores live on the stack: this runs for every figure.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: MetricCues.metrics.count) { scores in
        scores.initialize(repeating: 0)
        for (hi, hit) in cues.enumerated() where hit.last < f.first || hit.first > f.last {
            // A word that governs another figure is that figure's: "raise $2bn at a valuation of $60bn".
            if c.governsAnother(hi, besides: index) { continue }
            let d: Int = hit.first < f.first ? f.first - hit.last : hit.first - f.last
            var w = 1.0 / (1.0 + 0.15 * Double(max(0, d - 1)))
            // Words right next to the figure say most: "raised $5m", "$5m in revenue".
            if d <= 2 { w *= 1.5 }
            // A cue in another clause says less: "revenue was $391bn, and its net income was $93.7bn".
            if crossesClause(c, hit.first, f.first) { w *= 0.35 }
            // A cue beyond another figure of the same kind belongs more to that one.
            // Fields read in place: copying a Figure copies its strings.
            if c.ordered {
                if let k = SentenceCues.figureBetween(hit, f, index: index, others) { w *= others[k].kind == f.kind ? 0.55 : 0.85 }
            } else {
                for k in others.indices where others[k].first != f.first {
                    let oFirst = others[k].first, oLast = others[k].last
                    if (hit.first < f.first && oFirst > hit.first && oLast < f.first) || (hit.first > f.last && oFirst > f.last && oLast < hit.first) {
                        w *= others[k].kind == f.kind ? 0.55 : 0.85
                        break
                    }
                }
            }
            // A cue nearer another figure of the same kind is more that one's: "range from $1M-10M, and
            // pre-money valuations of $20M-$40M".
            if c.ordered ? c.sameKindNearer(hit, f, index: index, than: d, others) : others.contains(where: { o in
                o.first != f.first && o.kind == f.kind && (hit.first > o.last ? hit.first - o.last : o.first - hit.last) < d
            }) { w *= 0.5 }
            // "per share", "a month" say what the figure next to them is a price of, no other.
            if d > 1, hit.cues.count == 1, hit.cues[0].metric == .price, hit.last > hit.first, unitPairs.contains(s.wordKey(hit.last)) { continue }
            // Growth is decided by the change word governing the figure (above), not by nearby words.
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
        // A neutral word nearer than any cue decides: "dividends of $0.52" has no metric.
        func distance(_ a: Int, _ b: Int) -> Int { b < f.first ? f.first - b : a - f.last }
        var nearestCue = Int.max
        for hit in cues where (hit.last < f.first || hit.first > f.last) && hit.cues.contains(where: { $0.kinds.contains(kinds) && $0.metric != .growth }) {
            nearestCue = min(nearestCue, distance(hit.first, hit.last))
        }
        var j = max(span.lowerBound, f.first - 4)
        while j < min(span.upperBound, f.last + 4) {
            if j < f.first || j > f.last, MetricCues.neutral.contains(s.wordKey(j)), distance(j, j) < nearestCue { return (nil, false) }
            j += 1
        }
        var bestIndex = 0
        for (k, v) in scores.enumerated() where v > scores[bestIndex] { bestIndex = k }
        guard scores[bestIndex] >= 0.7 else { return (nil, false) }
        return (adjusted(MetricCues.metrics[bestIndex], s, f, span: span, hit: nil), false)
        }
    }

    /// Final touches: a negative profit is a loss; a market's worth is its size.
    static func adjusted(_ metric: Metric, _ s: ScannedText, _ f: Figure, span: Range<Int>, hit: Hit?) -> Metric {
        var m = metric
        if m == .profit, let v = f.value ?? f.low, v < 0 { m = .loss }
        if m == .valuation {
            // "the market for AI chips could be worth $100bn": a market's worth is its size.
            var j = f.first - 1
            while j >= span.lowerBound, f.first - j <= 10 {
                let k = s.wordKey(j)
                if marketWords.contains(k) {
                    let n = s.wordKey(j + 1)
                    if n != capKey && n != valueKey && n != capitalizationKey && n != capitalisationKey && n != valuationKey { m = .marketSize }
                    break
                }
                if s[j].kind == .symbol && s[j].key != 44 && !s.isDash(j) && !s.isApostrophe(j) { break }
                j -= 1
            }
        }
        return m
    }
    static let unitPairs: WordSet = WordKey.set(["share", "month", "year", "unit", "ounce", "barrel"])
    static let capKey: UInt64 = 0xf5e3_0319_0ce4_9c5b  // "cap"
    static let valueKey: UInt64 = 0x7ce4_fd94_30e8_0cea  // "value"
    static let capitalizationKey: UInt64 = 0x132e_136f_a5d9_71e1  // "capitalization"
    static let valuationKey: UInt64 = 0xe192_c15c_bd25_1d80  // "valuation"
    static let capitalisationKey: UInt64 = 0xa955_09a9_0349_dbb4  // "capitalisation"

    /// "cut interest rates by half a percentage point", "its key rate by 500 basis points",
    /// "a 100 basis point increase in interest rates", "margin expanded 420 basis points to 21.7%".
    static func changesRate(_ s: ScannedText, _ f: Figure, span: Range<Int>) -> Bool {
        var j = f.first - 1
        while j >= span.lowerBound, f.first - j <= 8 {
            if s[j].kind == .symbol && s[j].key != 44 && !s.isDash(j) { break }
            if s[j].kind == .number { break }
            let k = s.wordKey(j)
            if rateWords.contains(k) && k != shareKey && k != stakeKey && k != dividendKey && k != dividendsKey { return true }
            j -= 1
        }
        var a = f.last + 1
        while a < span.upperBound, a - f.last <= 5 {
            if s[a].kind != .word { break }
            let k = s.wordKey(a)
            if rateWords.contains(k) && k != shareKey && k != stakeKey && k != dividendKey && k != dividendsKey { return true }
            a += 1
        }
        return false
    }
    static let dividendKey: UInt64 = 0x2256_544e_2505_7e3a  // "dividend"
    static let workforceWords: WordSet = WordKey.set(["workforce", "headcount", "staff", "staffing", "employees", "jobs", "positions", "roles"])

    /// "reduce its global workforce by approximately 8%": a change in the number of staff.
    static func changesWorkforce(_ s: ScannedText, _ f: Figure, span: Range<Int>) -> Bool {
        var j = f.first - 1
        while j >= span.lowerBound, f.first - j <= 6, s[j].kind == .word {
            if workforceWords.contains(s[j].key) { return true }
            j -= 1
        }
        return false
    }
    static let dividendsKey: UInt64 = 0x5e2f_89c8_e855_960b  // "dividends"
}
