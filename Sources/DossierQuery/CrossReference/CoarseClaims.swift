import DossierModel
import DossierStorage

/// Claims whose sentence named no measure are keyed only by a coarse metric
/// ("cost") or a counted noun ("people"): 30 people missing and 700 people
/// back home share that key but are different quantities. So such a claim
/// joins the claims that did name the measure only when its value matches
/// one of theirs, and otherwise is grouped only with coarse claims of the
/// same value (two outlets' "about 30 people" may well be one figure).
enum CoarseClaims {
    static func split(_ members: [StoredClaim], tolerance: Tolerance) -> [(suffix: String?, members: [StoredClaim])] {
        let precise = members.map(MeasureKey.isPrecise)
        guard precise.contains(false) else { return [(nil, members)] }
        let widened = members.map { FigureInterval($0.claim, tolerance: tolerance)?.widened }
        let named = IntervalIndex(members.indices.compactMap { precise[$0] ? widened[$0] : nil })
        struct Envelope { var cluster: Int; var highestLow: Double; var lowestHigh: Double }
        var envelopes: [Envelope] = []
        var clusters: [[Int]] = []
        var joinsNamed = [Bool](repeating: false, count: members.count)
        for i in members.indices where !precise[i] {
            guard let (low, high) = widened[i] else {
                clusters.append([i])
                continue
            }
            if named.overlaps(low: low, high: high) {
                joinsNamed[i] = true
                continue
            }
            // Agreeing with every member of a cluster is reaching its envelope (see ValueClustering).
            if let n = envelopes.firstIndex(where: { low <= $0.lowestHigh && high >= $0.highestLow }) {
                envelopes[n].highestLow = max(envelopes[n].highestLow, low)
                envelopes[n].lowestHigh = min(envelopes[n].lowestHigh, high)
                clusters[envelopes[n].cluster].append(i)
            } else {
                envelopes.append(Envelope(cluster: clusters.count, highestLow: low, lowestHigh: high))
                clusters.append([i])
            }
        }
        var out: [(suffix: String?, members: [StoredClaim])] = []
        let main = members.indices.filter { precise[$0] || joinsNamed[$0] }.map { members[$0] }
        if !main.isEmpty { out.append((nil, main)) }
        for cluster in clusters {
            // Named by its first claim, so the id does not move when other clusters come and go.
            out.append(("claim \(members[cluster[0]].id)", cluster.map { members[$0] }))
        }
        return out
    }
}
