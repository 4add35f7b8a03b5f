public import DossierStorage
import DossierModel

/// Stored claims grouped by the quantity they state, each group judged.
public struct CrossReference: Sendable {
    public var groups: [EvidenceGroup]
    /// Claims that could not be grouped: no subject, no measure, or a bare date.
    public var ungrouped: [StoredClaim]

    /// Groups already judged (one group to explain or export).
    public init(groups: [EvidenceGroup], ungrouped: [StoredClaim] = []) {
        self.groups = groups
        self.ungrouped = ungrouped
    }

    /// Groups claims by ``QuantityKey`` and judges each group.
    ///
    /// - Parameters:
    ///   - claims: stored claims, in publication order (as `SQLiteStore.claims` returns them).
    ///   - minimumDocuments: groups drawing on fewer documents are left out
    ///     (2 for `xref`, which is about several sources; 1 for a fact sheet).
    ///     Copies of one story and the files of one filing count as one document.
    public init(claims: [StoredClaim], resolver: SubjectResolver, tolerance: Tolerance = .standard, minimumDocuments: Int = 2) {
        var order: [QuantityKey] = []
        // Positions, not copies: a claim is copied into its group only when the group is judged.
        var buckets: [QuantityKey: [Int]] = [:]
        var ungrouped: [StoredClaim] = []
        let syndication = Syndication(claims: claims)
        // Normalising a subject is the costliest step per claim, and subjects repeat: once per spelling.
        let resolver = resolver.memoized()
        let documentSubjects = DocumentSubject.main(claims, resolver: resolver)
        for (position, stored) in claims.enumerated() {
            let claim = stored.claim
            // A 13F table lists a fund's holdings: facts to look up, not reports to cross-check.
            // A claim whose sentence named no subject but a precise measure ("Revenue was $4.19 billion") is
            // about what its document is about, as a pronoun is.
            let subject = claim.subject.flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
            let unnamed = subject == nil && (MeasureKey(claim)?.isPrecise ?? false) ? documentSubjects[stored.document] : nil
            guard !Self.uncompared.contains(stored.source.format ?? ""),
                  let subjectKey = subject.map({ DocumentSubject.key($0, claim: claim, document: stored.document, main: documentSubjects,
                                                                     resolver: resolver) }) ?? unnamed,
                  let key = QuantityKey(claim, subjectKey: subjectKey) else {
                ungrouped.append(stored)
                continue
            }
            if buckets[key] == nil { order.append(key) }
            buckets[key, default: []].append(position)
        }
        var groups: [EvidenceGroup] = []
        for key in order {
            guard let positions = buckets.removeValue(forKey: key) else { continue }
            let all = positions.map { claims[$0] }
            // One behaviour per quantity, for splitting it by period and for judging each part alike.
            let behaviour = MetricBehaviour(metric: GroupJudge.commonestMetric(all), kind: key.dimension.kind)
            for (period, byPeriod) in FlowPeriods.split(all, behaviour: behaviour, tolerance: tolerance) {
                for (cluster, members) in CoarseClaims.split(byPeriod, tolerance: tolerance) {
                    guard Set(members.map { syndication.root($0.document) }).count >= minimumDocuments else { continue }
                    let name = resolver.preferredName(forKey: key.subject) ?? Self.commonestSpelling(members)
                    let part = [period, cluster].compactMap { $0 }
                    groups.append(GroupJudge.judge(members, key: key, id: key.id(period: part.isEmpty ? nil : part.joined(separator: " ")),
                                                   subject: name, behaviour: behaviour, tolerance: tolerance, syndication: syndication))
                }
            }
        }
        groups.sort(by: Self.moreUseful)
        self.groups = groups
        self.ungrouped = ungrouped
    }

    /// Source formats whose figures are never cross-referenced: holdings tables (Form 13F).
    static let uncompared: Set<String> = ["form-13f"]

    /// Conflicts first, then other verdicts, then related figures; within
    /// each, the groups with the most independent sources; then by name.
    static func moreUseful(_ a: EvidenceGroup, _ b: EvidenceGroup) -> Bool {
        if a.verdict.rank != b.verdict.rank { return a.verdict.rank < b.verdict.rank }
        if a.independent != b.independent { return a.independent > b.independent }
        return (a.subject.lowercased(), a.measure, a.period ?? "", a.id) < (b.subject.lowercased(), b.measure, b.period ?? "", b.id)
    }

    /// Keeps the groups `filter` accepts (used for `--subject`, and for a
    /// text query that must match at least one claim of a group).
    public func filtered(_ filter: (EvidenceGroup) -> Bool) -> CrossReference {
        var copy = self
        copy.groups = groups.filter(filter)
        return copy
    }

    static func commonestSpelling(_ members: [StoredClaim]) -> String {
        var counts: [(subject: String, count: Int)] = []
        for subject in members.compactMap(\.claim.subject) {
            if let i = counts.firstIndex(where: { $0.subject == subject }) {
                counts[i].count += 1
            } else {
                counts.append((subject, 1))
            }
        }
        // The commonest spelling; among equals, the one seen first.
        var best = counts.first
        for candidate in counts.dropFirst() where candidate.count > (best?.count ?? 0) { best = candidate }
        return best?.subject ?? ""
    }
}
