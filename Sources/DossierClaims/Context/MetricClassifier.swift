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
        "listener": .users, "player": .users, "share": .shares,
    ]
    static let priceUnits: Set<UInt64> = WordKey.set([
        "share", "unit", "seat", "user", "ticket", "barrel", "ounce", "gallon", "litre", "liter", "kilogram", "kg",
        "pound", "ton", "tonne", "head", "person", "night", "hour", "license", "device", "token", "query", "gigabyte",
    ])
    static let peopleCues: Set<UInt64> = WordKey.set([
        "employ", "employs", "employed", "hire", "hired", "hiring", "layoffs", "laid", "cut", "cuts", "cutting",
        "eliminate", "eliminated", "workforce", "jobs", "staff", "headcount", "fire", "fired", "lay", "off",
    ])
    static let userCues: Set<UInt64> = WordKey.set([
        "use", "uses", "used", "using", "signed", "active", "monthly", "weekly", "daily", "platform", "app", "service",
    ])

    static func classify(_ s: ScannedText, _ f: Figure, sentence span: Range<Int>, others: [Figure]) -> Metric? {
        switch f.kind {
        case .duration: return .time
        case .date: return nil
        default: break
        }
        if f.kind == .count {
            guard let unit = f.unit else { return nil }
            if let m = countUnits[unit] {
                if unit == "person" {
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
        var scores: [Metric: Double] = [:]
        func consider(_ cues: [MetricCues.Cue], at j: Int, width: Int) {
            let d: Int = j < f.first ? f.first - (j + width - 1) : j - f.last
            var w = 1.0 / (1.0 + 0.22 * Double(max(0, d - 1)))
            // A cue beyond another figure belongs more to that one.
            for o in others where o.first != f.first {
                if (j < f.first && o.first > j && o.last < f.first) || (j > f.last && o.first > f.last && o.last < j) {
                    w *= 0.45
                    break
                }
            }
            for cue in cues where cue.kinds.contains(kinds) {
                scores[cue.metric, default: 0] += cue.weight * w
            }
        }
        var j = span.lowerBound
        while j < span.upperBound {
            if j >= f.first && j <= f.last { j = f.last + 1; continue }
            let t = s[j]
            if t.kind == .word {
                let next = j + 1 < span.upperBound ? s.wordKey(s.isDash(j + 1) ? j + 2 : j + 1) : 0
                if next != 0, let cues = MetricCues.pairs[WordKey.pair(t.key, next)] {
                    consider(cues, at: j, width: s.isDash(j + 1) ? 3 : 2)
                } else if let cues = MetricCues.words[t.key] {
                    consider(cues, at: j, width: 1)
                }
            }
            j += 1
        }
        if f.isRate && f.kind == .money, let u = f.unitToken {
            let k = s.wordKey(u)
            scores[.price, default: 0] += (Lexicon.durationUnits[k] != nil || priceUnits.contains(k)) ? 2.5 : 1.0
        }
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              best.value >= 0.9 else { return nil }
        var m = best.key
        // A negative profit is a loss.
        if m == .profit, let v = f.value ?? f.low, v < 0 { m = .loss }
        return m
    }
}
