import Foundation
import DossierModel
import DossierStorage

/// Claims stating one quantity across documents, with the verdict and why.
public struct EvidenceGroup: Sendable, Equatable {
    /// A short stable name for the group (`xref --explain ID`), from its quantity key.
    public var id: String
    public var key: QuantityKey
    /// The subject as most sources write it (or as the user's alias names it).
    public var subject: String
    public var subjectKey: String
    /// The quantity, in comparable form (`revenue`, `death toll`, `cost of sales`).
    public var measure: String
    /// The coarse class most claims give (`revenue`, `cost`), or the measure when none does.
    public var metric: String
    /// The period every dated claim of the group shares, nil when they differ or none states one.
    public var period: String?
    public var verdict: Verdict
    /// How sure the grouping is that every claim states the same quantity.
    public var confidence: GroupConfidence
    /// What the claims were matched on (`subject`, `measure`, `unit`, `per`, `period`).
    public var matchedOn: [String]
    /// One line for people: why this verdict ("same subject, measure and period; $4.2bn vs $3.9bn differ by 7%").
    public var reason: String
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
    /// Pairs of claim ids from independent sources that agree.
    public var agreements: [ClaimPair]
    /// Sentences for people explaining the verdict.
    public var notes: [String]

    public var documents: Int { Set(entries.map(\.stored.document)).count }
    /// Independent sources behind the whole group (copies, one publisher's stories and one filing's files count once).
    public var independent: Int

    /// "Meridian Compute · revenue · 2025-Q3" for people.
    public var title: String {
        ([subject, measure] + (period.map { [$0] } ?? [])).joined(separator: " · ")
    }
}

/// How sure a group is that its claims state one quantity.
public enum GroupConfidence: String, Codable, Sendable, CaseIterable {
    /// Some claims named no measure (grouped on the coarse metric because their value matched); those
    /// claims are never part of a conflict.
    case low
    /// Same subject and measure, but the time of some figures is not stated.
    case medium
    /// Same subject and measure, and every figure's time is stated or does not matter.
    case high
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
