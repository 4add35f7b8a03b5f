/// Which pairs of a group's claims are compared. Comparing every pair is
/// quadratic: a group of 5,000 claims (a rate quoted daily for years) is 12
/// million pairs. Most claims repeat another's account — same value, same
/// source, same time — so the pairs are drawn from one representative per
/// account; when even those are many, only pairs that can decide a verdict
/// are drawn: claims at the same time (a conflict needs that), claims next to
/// each other in time (a change shows there), and one pair per other source
/// within each value (an agreement shows there).
enum PairSelection {
    /// All pairs of representatives are compared up to this many representatives (≈ 720,000 pairs).
    static let allPairsLimit = 1_200
    /// Representatives compared with each one after it in time, when they are more than the limit.
    static let timeWindow = 4
    /// Claims at one time compared pairwise, at most this many per time.
    static let sameTimeLimit = 400

    /// Pairs of entry indices, earlier first, each compared once.
    static func pairs(_ entries: [EvidenceEntry], behaviour: MetricBehaviour) -> [(Int, Int)] {
        let reps = representatives(entries, behaviour: behaviour)
        if reps.count <= allPairsLimit {
            var out: [(Int, Int)] = []
            out.reserveCapacity(reps.count * (reps.count - 1) / 2)
            for (n, i) in reps.enumerated() { for j in reps[(n + 1)...] { out.append((i, j)) } }
            return out
        }
        var seen: Set<Pair> = []
        var out: [(Int, Int)] = []
        func add(_ a: Int, _ b: Int) {
            let pair = Pair(a: min(a, b), b: max(a, b))
            if a != b, seen.insert(pair).inserted { out.append((pair.a, pair.b)) }
        }
        // Same time: the only pairs that can conflict.
        var byTime: [String: [Int]] = [:]
        for i in reps { byTime[timeKey(entries[i], behaviour: behaviour), default: []].append(i) }
        for group in byTime.values {
            let bounded = group.prefix(sameTimeLimit)
            for (n, i) in bounded.enumerated() { for j in bounded.dropFirst(n + 1) { add(i, j) } }
        }
        // Next in time: where a change shows.
        let ordered = reps.sorted { (entries[$0].moment ?? "9999", $0) < (entries[$1].moment ?? "9999", $1) }
        for (n, i) in ordered.enumerated() { for j in ordered.dropFirst(n + 1).prefix(timeWindow) { add(i, j) } }
        // Within each value, one pair per other source: where an agreement shows.
        var firstOfValue: [Int: Int] = [:]
        var sourcesOfValue: [Int: Set<Int64>] = [:]
        for i in reps {
            let v = entries[i].valueIndex
            guard let first = firstOfValue[v] else { firstOfValue[v] = i; sourcesOfValue[v] = [entries[i].source]; continue }
            if sourcesOfValue[v, default: []].insert(entries[i].source).inserted { add(first, i) }
        }
        return out
    }

    /// One entry per account: value, source, period, estimate and its author, how its measure and
    /// period were read, and — for a level, whose time decides — its publication.
    static func representatives(_ entries: [EvidenceEntry], behaviour: MetricBehaviour) -> [Int] {
        var seen: Set<Account> = []
        var out: [Int] = []
        for (i, e) in entries.enumerated() {
            let timed = behaviour == .level || e.isEstimate
            let account = Account(value: e.valueIndex, source: e.source, period: e.period, estimate: e.isEstimate,
                                  estimator: e.estimator, precise: e.measureIsPrecise, doubted: e.periodDoubted,
                                  published: timed ? e.stored.source.published : nil, primary: e.isPrimary)
            if seen.insert(account).inserted { out.append(i) }
        }
        return out
    }

    /// The time two figures must share to contradict each other.
    static func timeKey(_ e: EvidenceEntry, behaviour: MetricBehaviour) -> String {
        if let period = e.period { return "period " + period }
        guard behaviour == .level else { return "any" }
        return "published " + (e.stored.source.published ?? "unknown")
    }

    struct Pair: Hashable { var a: Int; var b: Int }

    struct Account: Hashable {
        var value: Int
        var source: Int64
        var period: String?
        var estimate: Bool
        var estimator: String?
        var precise: Bool
        var doubted: Bool
        var published: String?
        var primary: Bool
    }
}
