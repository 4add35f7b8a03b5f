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
        "listener": .users, "player": .users, "share": .shares, "consumer": .users, "passenger": .users,
        "rider": .users, "people": .employees,
    ]
    static let priceIndex = Metric.allCases.firstIndex(of: .price) ?? 0
    static let priceUnits: WordSet = WordKey.set([
        "share", "unit", "seat", "user", "ticket", "barrel", "ounce", "gallon", "litre", "liter", "kilogram", "kg",
        "pound", "ton", "tonne", "head", "person", "night", "hour", "license", "device", "token", "query", "gigabyte",
    ])
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
            let u = CountedNoun.singularWord(unit)
            if let m = countUnits[u] {
                if u == "person" || u == "people" {
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
            for cue in hit.cues where cue.kinds.contains(kinds) {
                // A percent next to a change verb is the change itself: "revenue rose 12%" is growth.
                let boost = (cue.metric == .growth && d <= 3 && f.kind != .money) ? 2.0 : 1.0
                scores[cue.index] += cue.weight * w * boost
            }
        }
        if f.isRate && f.kind == .money, let u = f.unitToken {
            let k = s.wordKey(u)
            scores[priceIndex] += (Lexicon.durationUnits[k] != nil || priceUnits.contains(k)) ? 2.5 : 1.0
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
