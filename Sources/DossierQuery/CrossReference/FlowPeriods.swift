import DossierModel
import DossierStorage

/// An amount over a period (revenue, profit) is a different quantity for each
/// period: third-quarter revenue and the same quarter a year earlier, or the
/// quarter and the nine months to date, are never compared. So a flow's
/// claims are split into one group per stated period; a figure without a
/// period joins the one period whose figures it matches ("revenue of $412.6
/// million" beside the 10-Q's Q3 fact), else the figures whose period is not stated.
enum FlowPeriods {
    static func split(_ members: [StoredClaim], behaviour: MetricBehaviour, tolerance: Tolerance) -> [(period: String?, members: [StoredClaim])] {
        guard behaviour == .flow else { return [(nil, members)] }
        let periods = members.map { Period.of($0.claim) }
        let widened = members.map { FigureInterval($0.claim, tolerance: tolerance)?.widened }
        var bucketOf = periods
        // One index of values per stated period, so an undated figure is matched in log time.
        var byPeriod: [String: [(Double, Double)]] = [:]
        for i in members.indices { if let p = periods[i], let w = widened[i] { byPeriod[p, default: []].append(w) } }
        let indexes = byPeriod.mapValues(IntervalIndex.init)
        let names = indexes.keys.sorted()
        for i in members.indices where periods[i] == nil {
            guard let (low, high) = widened[i] else { continue }
            var matching: [String] = []
            for name in names where indexes[name]?.overlaps(low: low, high: high) == true {
                matching.append(name)
                if matching.count > 1 { break }
            }
            if matching.count == 1 { bucketOf[i] = matching[0] }
        }
        // Buckets in order of their first member, so groups keep publication order.
        var order: [String] = []
        var buckets: [String: [StoredClaim]] = [:]
        for i in members.indices {
            let name = bucketOf[i] ?? "\u{0}unstated"
            if buckets[name] == nil { order.append(name) }
            buckets[name, default: []].append(members[i])
        }
        // The bucket's name goes into the group's id, so each period's group keeps its own.
        return order.compactMap { name in buckets[name].map { (name, $0) } }
    }
}
