public import DossierModel

/// A filter over stored filing facts (`dossier facts`).
public struct FactQuery: Sendable {
    /// Exact `prefix:LocalName`, or the local name alone, case-insensitive.
    public var concept: String?
    /// The entity identifier (CIK) or a company name in the document's metadata.
    public var entity: String?
    /// An instant `YYYY-MM-DD`, a duration `start/end`, or a prefix such as `2024`.
    public var period: String?
    public var document: Int64?
    public var limit = 1000
    public var offset = 0

    public init() {}
}

/// A fact with the document it was filed in.
public struct StoredFact: Sendable, Equatable {
    public var id: Int64
    public var fact: Fact
    public var source: ClaimSource

    public init(id: Int64, fact: Fact, source: ClaimSource) {
        self.id = id
        self.fact = fact
        self.source = source
    }
}
