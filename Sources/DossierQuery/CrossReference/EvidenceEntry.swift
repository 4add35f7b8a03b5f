public import DossierModel
public import DossierStorage

/// One claim inside a cross-reference group, with what the grouping learnt
/// about it.
public struct EvidenceEntry: Sendable, Equatable {
    public var stored: StoredClaim
    public var dimension: FigureDimension
    /// The values the figure allows, or nil for a figure with no number.
    public var interval: FigureInterval?
    /// The period the figure is for (stated, or inferred from a matching
    /// figure with a stated period), nil when unknown.
    public var period: String?
    public var periodInferred: Bool
    /// The claim stated a period, but its sentence gives a different figure for the same period, so it was set aside.
    public var periodDoubted = false
    /// Labelled as an estimate or forecast in its sentence.
    public var isEstimate: Bool
    /// Whose estimate, normalised; nil when unattributed or not an estimate.
    public var estimator: String?
    /// A structured filing fact: the primary source.
    public var isPrimary: Bool
    /// The earliest document of this claim's copy set (see ``Syndication``).
    public var copyRoot: Int64
    /// True when the claim's own sentence (or filing concept) named its measure;
    /// false when it was grouped on its coarse metric.
    public var measureIsPrecise: Bool
    /// Who stands behind the claim: one number per independent source of the group, the same for
    /// documents joined by text, copy set, publisher or filing (see ``ValueClustering/sourceComponents(_:copyRoot:)``).
    public var source: Int64
    /// Index into the group's ``EvidenceGroup/values``.
    public var valueIndex: Int
    /// Short remarks for people ("primary source (filing)", "estimate by Whitfield").
    public var notes: [String]

    public var claim: Claim { stored.claim }

    init(_ stored: StoredClaim, tolerance: Tolerance) {
        self.stored = stored
        let claim = stored.claim
        dimension = FigureDimension(claim)
        interval = FigureInterval(claim, tolerance: tolerance)
        period = Period.of(claim)
        periodInferred = false
        isPrimary = claim.origin == .filing
        isEstimate = !isPrimary && EstimateLabel.isEstimate(claim)
        estimator = isEstimate ? EstimateLabel.estimator(claim) : nil
        copyRoot = stored.document
        measureIsPrecise = MeasureKey.isPrecise(stored)
        source = stored.document
        valueIndex = 0
        notes = []
    }

    /// The moment the figure speaks for: its period when it states one, else
    /// the day its document was published.
    /// Unknown for a figure whose stated period was set aside: it is not its publication day either
    /// ("up from $1.2 billion in February").
    var moment: String? {
        if periodDoubted { return nil }
        return period ?? stored.source.published.map { String($0.prefix(10)) }
    }
}
