import DossierModel

/// Finds the figures of one sentence: dates first, then amounts with their
/// ranges and qualifiers, skipping names, labels and other numbers that are
/// not figures.
struct FigureScanner {
    let s: ScannedText
    /// The sentence, as token indices.
    let span: Range<Int>
    /// True for table-like lines, where `(1,234)` is a negative amount.
    let inTable: Bool

    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let through: UInt64 = 0x79fa8d97ac77625a  // "through"
    static let thru: UInt64 = 0x2540beef320d3904  // "thru"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let between: UInt64 = 0x13f5793e33ebda4f  // "between"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"
    static let one: UInt64 = 0x1a08aa1921ca5caf  // "one"
    static let day: UInt64 = 0xca8d3918f4578f1d  // "day"
    static let upWord: UInt64 = 0x08c43a07b566d980  // "up"
    static let downWord: UInt64 = 0xdc04126761bb7455  // "down"
    static let familiar: UInt64 = 0x7db44173a09af4ce  // "familiar"
    static let figureWords: WordSet = WordKey.set(["figure", "figures", "digit", "digits"])
    /// One-word multiples.
    static let foldWords: WordTable<Double> = WordKey.table([
        ("twofold", 2), ("threefold", 3), ("fourfold", 4), ("fivefold", 5), ("sixfold", 6), ("sevenfold", 7),
        ("eightfold", 8), ("ninefold", 9), ("tenfold", 10), ("twentyfold", 20), ("fiftyfold", 50),
        ("hundredfold", 100), ("thousandfold", 1000),
    ])
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let durationContext: WordSet = WordKey.set([
        "take", "takes", "took", "taking", "taken", "for", "within", "over", "than", "after", "lasted", "lasts",
        "last", "spent", "spend", "nearly", "almost", "about", "around", "roughly", "been", "under", "least",
        "to", "half", "only", "just", "barely", "some", "another", "entire", "full", "whole", "of", "past", "next",
        "first", "later", "least", "requires", "require", "required", "needs", "need", "needed", "extra", "additional",
    ])
    static let inWord = WordKey.of("in")
    static let rateWords: WordSet = WordKey.set(["a", "an", "per", "each", "every"])
    /// After "a year"/"a decade", words that make it a point in time, not a length.
    static let relativeTime: WordSet = WordKey.set([
        "ago", "earlier", "later", "before", "after", "prior", "old", "over", "on", "back", "from",
    ])
    static let frequencyWords: WordSet = WordKey.set(["once", "twice", "times", "per", "each", "every", "a", "an", "one"])
    static let rangeCues: WordSet = WordKey.set([
        "range", "ranges", "ranging", "ranged", "anywhere", "vary", "varies", "varying", "varied", "estimates",
        "estimated", "between", "somewhere", "spanning", "run", "runs",
    ])
    static let changeVerbs: WordSet = WordKey.set([
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "grew", "grow",
        "grows", "growing", "grown", "increased", "increase", "increases", "increasing", "decreased", "decrease",
        "declined", "decline", "declines", "dropped", "drop", "drops", "jumped", "jump", "jumps", "climbed",
        "climb", "surged", "surge", "soared", "soar", "slipped", "slid", "slumped", "plunged", "tumbled", "sank",
        "cut", "cuts", "raised", "raise", "lifted", "lowered", "boosted", "reduced", "reduce", "expanded",
        "shrank", "shrunk", "narrowed", "widened", "up", "down", "doubled", "tripled", "halved", "swelled",
        "ballooned", "went", "moved", "changed", "revised", "upgraded", "downgraded", "improved", "worsened",
        "hiked", "trimmed", "slashed", "grew",
    ])

    /// All figures of the sentence, in order.
    func scan() -> [Figure] {
        var out: [Figure] = []
        scan(into: &out)
        return out
    }

    /// All figures of the sentence, in order, into `out`, which is emptied first: the extractor
    /// passes the same array for every sentence so that its storage is allocated once.
    func scan(into out: inout [Figure]) {
        out.removeAll(keepingCapacity: true)
        var i = span.lowerBound
        let end = span.upperBound
        // Read once: a static table read in the loop costs a lazy-initialisation check per word.
        let triggers = FigureScanner.triggers
        while i < end {
            let t = s[i]
            // Words only start a figure if they can: months, Q/H/FY, number words, currency codes.
            if t.kind == .word && (!triggers.contains(t.key) || !mayStart(t)) { i += 1; continue }
            if t.kind == .word, let v = FigureScanner.foldWords[t.key] {
                var f = Figure(kind: .multiple, first: i, last: i, value: v)
                let (q, qFirst) = Qualifiers.read(s, before: i, kind: .multiple, floor: span.lowerBound)
                f.qualifier = q
                f.first = min(f.first, qFirst)
                out.append(f)
                i += 1
                continue
            }
            if t.kind == .symbol && !mayStartSymbol(i) { i += 1; continue }
            if let d = DateReader.read(s, at: i, sentenceStart: span.lowerBound), d.last < end {
                var f = d
                let (q, qFirst) = Qualifiers.read(s, before: f.first, kind: .date, floor: span.lowerBound)
                f.qualifier = q
                f.first = min(f.first, qFirst)
                out.append(f)
                i = d.last + 1
                continue
            }
            if t.kind == .number, let skipTo = skipNonFigure(i) {
                i = skipTo + 1
                continue
            }
            switch figure(at: i) {
            case .found(let f, let next):
                out.append(f)
                i = next
            case .skip(let next):
                i = next
            case .none:
                i += 1
            }
        }
        inheritUnits(&out)
    }

    /// "1,870 customers, up from 1,492": a bare count in a list shares the unit
    /// of the nearest count before it (or after it) in the sentence.
    func inheritUnits(_ figures: inout [Figure]) {
        // In ordered figures the searches stop once out of reach: a run-on "sentence" of a
        // million bare numbers would otherwise cost a million squared.
        let ordered = MetricClassifier.SentenceCues.isOrdered(figures)
        for k in figures.indices where figures[k].kind == .count && figures[k].unit == nil {
            let start = figures[k].first, end = figures[k].last
            var src = -1
            var b = k - 1
            while b >= 0, !ordered || start - figures[b].last <= 12 {
                if figures[b].kind == .count && figures[b].unit != nil && start - figures[b].last <= 12 { src = b; break }
                b -= 1
            }
            var a = k + 1
            while src < 0, a < figures.count, !ordered || figures[a].first - end <= 6 {
                if figures[a].kind == .count && figures[a].unit != nil && figures[a].first - end <= 6 { src = a; break }
                a += 1
            }
            if src >= 0 {
                figures[k].unit = figures[src].unit
                figures[k].unitToken = figures[src].unitToken
            }
        }
    }

    /// Every word that can begin a figure, so most words cost one probe.
    static let triggers: WordSet = {
        var keys = Set<UInt64>()
        keys.formUnion(NumberWords.units.allKeys)
        keys.formUnion([NumberWords.a, NumberWords.an, NumberWords.half])
        keys.formUnion(Lexicon.months.allKeys)
        keys.formUnion(DateReader.ordinals.allKeys)
        keys.formUnion([DateReader.q, DateReader.h, DateReader.fy, DateReader.fiscal, DateReader.calendar, AmountReader.rs, AmountReader.rm])
        keys.formUnion(Lexicon.currencyCodes.allKeys)
        keys.formUnion(Lexicon.dollarPrefixes.allKeys)
        keys.formUnion(FigureScanner.foldWords.allKeys)
        return WordSet(keys)
    }()

    func mayStart(_ t: Token) -> Bool {
        let k = t.key
        guard FigureScanner.triggers.contains(k) else { return false }
        if FigureScanner.foldWords[k] != nil { return true }
        if NumberWords.startsNumber(k) { return true }
        if Lexicon.months[k] != nil || DateReader.ordinals[k] != nil { return true }
        if k == DateReader.q || k == DateReader.h || k == DateReader.fy || k == DateReader.fiscal || k == DateReader.calendar { return true }
        if t.isAllUpper && Lexicon.currencyCodes[k] != nil { return true }
        if Lexicon.dollarPrefixes[k] != nil || k == AmountReader.rs || k == AmountReader.rm && t.isAllUpper { return true }
        return false
    }

    func mayStartSymbol(_ i: Int) -> Bool {
        let t = s[i]
        if Lexicon.currency(symbol: t.key) != nil { return true }
        if s.isDash(i) || t.key == 0x2212, let n = s.at(i + 1), n.gap == .none, n.kind != .word { return true }
        return false
    }

    /// The last token of a number that is not a figure starting at `i`, if any.
    func skipNonFigure(_ i: Int) -> Int? {
        if let e = listedAfterLabel(i) { return e }
        if let e = FigureTraps.skip(s, number: i, inTable: inTable) { return e }
        if FigureTraps.isLabelled(s, number: i, sentenceStart: span.lowerBound) {
            // A label is still a figure when a percent, currency or scale follows ("Windows 11 10%" is not English).
            if let nx = s.at(i + 1), nx.kind == .symbol && nx.key == 37 { return nil }
            if let sc = AmountReader.scale(s, after: i, hasCurrency: false, end: span.upperBound), !Lexicon.scales[s.wordKey(sc.last)]!.gluedOnly {
                return nil
            }
            return FigureTraps.chainEnd(s, from: i)
        }
        return nil
    }

    /// "Boeing 737, 767 and 777 jets", "Scope 1 and 2", "Llama 3 70B": a number
    /// right after a labelled number, alone or in a list, is part of the name.
    func listedAfterLabel(_ i: Int) -> Int? {
        var j = i - 1
        var sawLink = false
        while j >= span.lowerBound, i - j <= 3, let t = s.at(j) {
            if t.kind == .symbol && (t.key == 44 || t.key == 47) || t.kind == .word && (t.key == FigureScanner.and || t.key == FigureScanner.or) {
                sawLink = true
                j -= 1
                continue
            }
            break
        }
        guard j >= span.lowerBound, j < i, s[j].kind == .number || s[j].kind == .word else { return nil }
        // Find the number the list continues.
        var n = j
        while n > span.lowerBound, s[n].kind == .word, s[n].gap == .none { n -= 1 }
        guard s[n].kind == .number, n < i, FigureTraps.isLabelled(s, number: n, sentenceStart: span.lowerBound) else { return nil }
        let glued = s.at(i + 1).map { $0.kind == .word && $0.gap == .none } ?? false
        guard sawLink || glued else { return nil }
        if let nx = s.at(i + 1), nx.kind == .symbol && nx.key == 37 { return nil }
        return FigureTraps.chainEnd(s, from: i)
    }

    enum Outcome {
        case found(Figure, next: Int)
        case skip(to: Int)
        case none
    }

    /// One amount or range at `i` as a figure, and where scanning continues.
    func figure(at i: Int) -> Outcome {
        let end = span.upperBound
        guard var a = AmountReader.read(s, at: i, end: end) else { return .none }
        if a.numberToken != i, a.currency == nil, s[a.numberToken].kind == .number, let skip = skipNonFigure(a.numberToken) {
            return .skip(to: skip + 1)
        }
        if case .duration = a.suffix, AmountReader.isAge(s, after: a.last) {
            // "42-year-old", "five years old": an age, not a figure.
            var e = a.last + 1
            if s.isDash(e) { e += 1 }
            return .skip(to: e + 1)
        }
        var b: Amount?
        var rangeFirstIsBetween = false
        // Ranges: "$1M-10M", "6-12 months", "between $5m and $8m", "0.1% to 1%", "two or three years".
        let k = a.last + 1
        if k < end {
            let before = previousWord(a.first)
            let connector: Bool = {
                if s.isDash(k) || s.isSymbol(k, 0x2014) && s[k].gap == .none { return !(s.isSymbol(k, 0x2014)) }
                let w = s.wordKey(k)
                if w == FigureScanner.to || w == FigureScanner.through || w == FigureScanner.thru { return true }
                if w == FigureScanner.and { return before == FigureScanner.between }
                if w == FigureScanner.or { return a.spelled || !a.hasKind }
                return false
            }()
            rangeFirstIsBetween = before == FigureScanner.between
            if connector, let second = AmountReader.read(s, at: k + 1, end: end), second.first == k + 1,
               !(s.isDash(k) && second.negative), DateReader.read(s, at: k + 1, sentenceStart: span.lowerBound) == nil || second.hasKind {
                // "3.75 to 1.00", "a 6-3 vote", "a 2-1 win": ratios and scores, not figures.
                if !a.hasKind, !second.hasKind, a.exponent == nil, second.exponent == nil,
                   (second.raw == 1 && a.raw > 1 && s.wordKey(k) == FigureScanner.to)
                    || (s.isDash(k) && s[k].gap == .none && a.raw > second.raw && a.raw < 100 && a.raw == a.raw.rounded()) {
                    return .skip(to: second.last + 1)
                }
                if let merged = merge(a, second, connectorIsTo: !s.isDash(k)) {
                    if !changeBlocksRange(a), !(s.wordKey(k) == FigureScanner.to && followsPastChange(a.first)) {
                        a = merged.0
                        b = merged.1
                    }
                }
            }
        }
        guard let f = makeFigure(a, b, between: rangeFirstIsBetween) else {
            return a.spelled ? .none : .skip(to: a.last + 1)
        }
        var fig = f
        let (q, qFirst) = Qualifiers.read(s, before: fig.first, kind: fig.kind, floor: span.lowerBound)
        if b == nil || q == .approximate { fig.qualifier = q }
        fig.first = min(fig.first, qFirst)
        if let (q2, e) = Qualifiers.readAfter(s, after: fig.last), e < end {
            fig.qualifier = q2
            if s[e].kind == .symbol { fig.last = e }
            return .found(fig, next: e + 1)
        }
        var next = fig.last + 1
        // Rates after money, percents and counts: "$20 a month", "$5 per share", "3% a year".
        if fig.kind != .duration && fig.kind != .date, let w = s.at(next), w.kind == .word || s.isSymbol(next, 47),
           FigureScanner.rateWords.contains(w.key) || s.isSymbol(next, 47) {
            if let nx = s.at(next + 1), nx.kind == .word, !CountedNoun.stops.contains(nx.key) || Lexicon.durationUnits[nx.key] != nil,
               !FigureScanner.relativeTime.contains(s.wordKey(next + 2)) {
                fig.isRate = true
                fig.rateToken = next + 1
                fig.unitToken = fig.unitToken ?? (next + 1)
                next += 2
            }
        }
        return .found(fig, next: next)
    }

    /// The word before token `i` (skipping qualifier words is not needed: "between" comes first).
    func previousWord(_ i: Int) -> UInt64 {
        i - 1 >= span.lowerBound ? s.wordKey(i - 1) : 0
    }

    /// "rose 3 points to 42%": a past change with its result is two figures;
    /// "could rise 5% to 10%" stays a range.
    func followsPastChange(_ first: Int) -> Bool {
        var j = first - 1
        while j >= span.lowerBound, first - j <= 3, s.wordKey(j) == Qualifiers.by || Qualifiers.before[s.wordKey(j)] != nil { j -= 1 }
        guard j >= span.lowerBound, let t = s.at(j), t.kind == .word, FigureScanner.changeVerbs.contains(t.key) else { return false }
        if FigureScanner.pastIrregular.contains(t.key) { return true }
        return t.length > 3 && s.string(t.end - 2, t.end) == "ed"
    }

    static let pastIrregular: WordSet = WordKey.set(["rose", "fell", "grew", "sank", "slid", "shrank", "cut", "went", "up", "down"])

    /// "rose from $5m to $8m" is two figures, not a range.
    func changeBlocksRange(_ a: Amount) -> Bool {
        if previousWord(a.first) == Qualifiers.by { return true }
        guard previousWord(a.first) == FigureScanner.from else { return false }
        // "down from $23bn to $25bn previously": the earlier range.
        let w = a.first - 2 >= span.lowerBound ? s.wordKey(a.first - 2) : 0
        if w == FigureScanner.upWord || w == FigureScanner.downWord { return false }
        let lo = max(span.lowerBound, a.first - 8)
        var sawCue = false
        for j in stride(from: a.first - 2, through: lo, by: -1) {
            let k = s.wordKey(j)
            if FigureScanner.rangeCues.contains(k) { sawCue = true }
            if FigureScanner.changeVerbs.contains(k) { return !sawCue }
        }
        return false
    }

    /// Joins two amounts into a range when they measure the same thing.
    func merge(_ first: Amount, _ second: Amount, connectorIsTo: Bool) -> (Amount, Amount)? {
        var a = first, b = second
        // Kinds must agree; a bare first number takes the second's kind ("6-12 months", "$1-10M").
        if a.currency != nil || b.currency != nil {
            if a.currency == nil {
                guard case .none = a.suffix else { if case .counted = a.suffix {} else { return nil }; return finish(&a, &b) }
                a.currency = b.currency; a.factor = b.factor
            }
            if b.currency == nil {
                guard b.suffix == .none || isCounted(b.suffix) else { return nil }
                b.currency = a.currency; b.factor = a.factor
            }
            if a.currency != b.currency { return nil }
        } else if a.suffix != b.suffix {
            if a.suffix == .none || isCounted(a.suffix) && !b.hasKind { a.suffix = b.suffix; a.unitToken = b.unitToken }
            else if b.suffix == .none { b.suffix = a.suffix }
            else if a.suffix == .percent && b.suffix == .basisPoints || a.suffix == .basisPoints && b.suffix == .percent { return nil }
            else { return nil }
        }
        return finish(&a, &b)
    }

    func isCounted(_ s: Amount.Suffix) -> Bool { if case .counted = s { return true }; return false }

    func finish(_ a: inout Amount, _ b: inout Amount) -> (Amount, Amount)? {
        // "5 to 8 million": the first number shares the second's scale.
        if a.exponent == nil, let e = b.exponent, a.raw <= b.raw { a.exponent = e }
        if b.exponent == nil, let e = a.exponent, b.raw * PowersOfTen.value(e) > a.value, b.raw < 1000, a.currency != nil { b.exponent = e }
        guard a.value < b.value || (a.value == b.value && a.negative) else { return nil }
        if a.spelled != b.spelled && !a.hasKind && !b.hasKind && a.exponent == nil { return nil }
        return (a, b)
    }

    func makeFigure(_ a: Amount, _ b: Amount?, between: Bool) -> Figure? {
        let last = b?.last ?? a.last
        var f = Figure(kind: .count, first: a.first, last: last)
        if let b {
            f.low = a.value
            f.high = b.value
        } else {
            f.value = a.value
        }
        if let c = a.currency {
            f.kind = .money
            f.currency = c
            return f
        }
        switch b?.suffix ?? a.suffix {
        case .percent, .basisPoints:
            f.kind = .percent
        case .multiple:
            f.kind = .multiple
            // "100,000 times" without a comparison is a count of times.
            if s.wordKey(last) == AmountReader.times, (f.value ?? f.high ?? 0) >= 100, !isComparison(after: last) {
                f.kind = .count
                f.unit = "times"
            }
        case .duration(let u):
            f.kind = .duration
            f.unit = u
            // Units are second … year (and quarter): a decade is ten years, a century a hundred.
            let (unit, factor): (String, Double) = u == "decade" ? ("year", 10) : u == "century" ? ("year", 100)
                : (u, 1)
            if factor != 1 {
                f.unit = unit
                f.value = f.value.map { $0 * factor }
                f.low = f.low.map { $0 * factor }
                f.high = f.high.map { $0 * factor }
            }
            // "seven days a week", "24 hours a day": a frequency, not a length of time.
            if FigureScanner.rateWords.contains(s.wordKey(last + 1)), Lexicon.durationUnits[s.wordKey(last + 2)] != nil { return nil }
            if a.article || (a.spelled && a.raw == 1 && s.wordKey(a.numberToken) == FigureScanner.one) {
                if b != nil { break }
                // "a year" is a length only after words that ask for one ("took a year", "within a decade").
                // "doubled in a decade" too: "in a" before a decade is a span ("in a year" is often a rate).
                if a.article, !FigureScanner.durationContext.contains(previousWord(a.first)),
                   !(u == "decade" && previousWord(a.first) == FigureScanner.inWord) { return nil }
                if let nx = s.at(last + 1), nx.kind == .word, FigureScanner.relativeTime.contains(nx.key) { return nil }
                if s.isDash(last + 1), FigureScanner.relativeTime.contains(s.wordKey(last + 2)) || s.wordKey(last + 2) == AmountReader.long { return nil }
                if FigureScanner.frequencyWords.contains(previousWord(a.first)) { return nil }
                if u == "day" && !a.article { return nil }  // "one day" is an idiom
            }
        case .counted(let noun):
            f.unit = noun
            f.unitToken = b?.unitToken ?? a.unitToken
            // "two people familiar with the matter" describes sources, not a figure.
            if let u = f.unitToken, s.wordKey(u + 1) == FigureScanner.familiar { return nil }
            // "a nine-figure sum", "paid six figures": the idiom for an amount's order of magnitude.
            if a.spelled && b == nil, let u = f.unitToken, FigureScanner.figureWords.contains(s.wordKey(u)) { return nil }
            if a.spelled && a.exponent == nil && b == nil {
                // Spelled small numbers count only with a plural noun: "three executives", not "one of".
                if (f.value ?? 0) < 2 || a.article { return nil }
            }
        case .none:
            if a.spelled && a.exponent == nil { return nil }
            if a.spelled && a.article && b == nil && a.exponent == nil { return nil }
        }
        return f
    }

    static let comparatives: WordSet = WordKey.set([
        "more", "less", "as", "the", "higher", "lower", "larger", "smaller", "bigger", "faster", "slower",
        "cheaper", "greater", "better", "worse", "over", "that", "than", "what", "its", "their", "longer",
        "shorter", "stronger", "richer", "costlier", "pricier", "heavier", "denser", "brighter",
    ])

    func isComparison(after i: Int) -> Bool {
        guard let t = s.at(i + 1), t.kind == .word else { return false }
        if FigureScanner.comparatives.contains(t.key) { return true }
        return s.length(i + 1) > 3 && s.lastByte(i + 1) == 114 && s.bytes[s[i + 1].end - 2] == 101  // -er
    }
}
