import Foundation
public import DossierStore

/// Claims about one subject and one metric across documents, with the verdict.
public struct EvidenceGroup: Sendable, Equatable {
    /// The subject as most sources write it (or as the user's alias names it).
    public var subject: String
    public var subjectKey: String
    public var metric: String
    public var verdict: Verdict
    /// Every claim, earliest publication first.
    public var entries: [EvidenceEntry]
    /// The distinct values reported, in order of first appearance.
    public var values: [ValueCluster]
    /// Why some figures are side by side rather than compared.
    public var sideBySide: [SideBySideReason]
    /// Pairs of claim ids that contradict each other.
    public var conflicts: [ClaimPair]
    /// Pairs of claim ids where the later figure replaces the earlier one.
    public var changes: [ClaimPair]
    /// Sentences for people explaining the verdict.
    public var notes: [String]

    public var documents: Int { Set(entries.map(\.stored.document)).count }
    /// Independent publishers behind the whole group (copies and one publisher's stories count once).
    public var independent: Int
}

/// Two claims, earlier first.
public struct ClaimPair: Sendable, Equatable, Codable {
    public var earlier: Int64
    public var later: Int64

    public init(earlier: Int64, later: Int64) {
        self.earlier = earlier
        self.later = later
    }
}

/// Stored claims grouped by subject and metric, each group with its verdict.
public struct CrossReference: Sendable {
    public var groups: [EvidenceGroup]
    /// Claims that could not be grouped: no subject or no metric, or a bare date.
    public var ungrouped: [StoredClaim]

    /// Groups claims by (resolved subject, metric) and judges each group.
    ///
    /// - Parameters:
    ///   - claims: stored claims, in publication order (as `Store.claims` returns them).
    ///   - minimumDocuments: groups drawing on fewer documents are left out
    ///     (2 for `xref`, which is about several sources; 1 for a fact sheet).
    ///     Copies of one story count as one document: a wire story and its
    ///     syndicated copy cross-reference nothing.
    public init(claims: [StoredClaim], resolver: SubjectResolver, tolerance: Tolerance = .standard, minimumDocuments: Int = 2) {
        var order: [String] = []
        var buckets: [String: [StoredClaim]] = [:]
        var keys: [String: (subject: String, metric: String)] = [:]
        var ungrouped: [StoredClaim] = []
        let syndication = Syndication(claims: claims)
        for stored in claims {
            let claim = stored.claim
            guard claim.kind != .date, let metric = claim.metric, !metric.isEmpty,
                  let subject = claim.subject, !subject.trimmingCharacters(in: .whitespaces).isEmpty else {
                ungrouped.append(stored)
                continue
            }
            let subjectKey = resolver.key(subject)
            let key = subjectKey + "\u{1F}" + metric
            if buckets[key] == nil { order.append(key); keys[key] = (subjectKey, metric) }
            buckets[key, default: []].append(stored)
        }
        var groups: [EvidenceGroup] = []
        for key in order {
            guard let members = buckets[key], let (subjectKey, metric) = keys[key] else { continue }
            guard Set(members.map { syndication.root($0.document) }).count >= minimumDocuments else { continue }
            let name = resolver.preferredName(forKey: subjectKey) ?? Self.commonestSpelling(members)
            groups.append(GroupJudge.judge(members, subject: name, subjectKey: subjectKey, metric: metric, tolerance: tolerance,
                                           syndication: syndication))
        }
        groups.sort { ($0.subject.lowercased(), $0.metric) < ($1.subject.lowercased(), $1.metric) }
        self.groups = groups
        self.ungrouped = ungrouped
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
