import DossierModel
import DossierStore

/// Claims whose sentence named no measure are keyed only by a coarse metric
/// ("cost") or a counted noun ("people"): 30 people missing and 700 people
/// back home share that key but are different quantities. So such a claim
/// joins the claims that did name the measure only when its value matches
/// one of theirs, and otherwise is grouped only with coarse claims of the
/// same value (two outlets' "about 30 people" may well be one figure).
enum CoarseClaims {
    static func split(_ members: [StoredClaim], tolerance: Tolerance) -> [(suffix: String?, members: [StoredClaim])] {
        let precise = members.map { MeasureKey($0.claim)?.isPrecise ?? false }
        guard precise.contains(false) else { return [(nil, members)] }
        let intervals = members.map { FigureInterval($0.claim, tolerance: tolerance) }
        func agree(_ i: Int, _ j: Int) -> Bool {
            guard let a = intervals[i], let b = intervals[j] else { return false }
            return a.agrees(with: b)
        }
        var home = [Int](repeating: -1, count: members.count)  // -1: the precise bucket
        var clusters: [[Int]] = []
        for i in members.indices where !precise[i] {
            if members.indices.contains(where: { precise[$0] && agree(i, $0) }) { continue }
            if let c = clusters.firstIndex(where: { $0.allSatisfy { agree(i, $0) } }) {
                clusters[c].append(i)
                home[i] = c
            } else {
                home[i] = clusters.count
                clusters.append([i])
            }
        }
        var out: [(suffix: String?, members: [StoredClaim])] = []
        let main = members.indices.filter { home[$0] == -1 }.map { members[$0] }
        if !main.isEmpty { out.append((nil, main)) }
        for (n, cluster) in clusters.enumerated() {
            // Named by the cluster's first value, so the id does not depend on the order of other clusters.
            let first = members[cluster[0]].claim
            let name = "value " + (first.value.map { String($0) } ?? "\(first.low ?? 0)-\(first.high ?? 0)") + " #\(n)"
            out.append((name, cluster.map { members[$0] }))
        }
        return out
    }
}
