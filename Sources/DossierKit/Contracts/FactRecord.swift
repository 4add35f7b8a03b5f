public import DossierStorage

/// The JSON shape of a stored fact.
public struct FactRecord: Encodable, Sendable {
    public var id: Int64
    public var document: Int64
    public var concept: String
    public var value: Double
    public var unit: String?
    public var period: String?
    public var entity: String?
    public var dimensions: [String]
    public var decimals: String?
    public var source: ClaimSource

    public init(_ f: StoredFact) {
        id = f.id
        document = f.source.document
        concept = f.fact.concept
        value = f.fact.value
        unit = f.fact.unit
        period = f.fact.period
        entity = f.fact.entity
        dimensions = f.fact.dimensions
        decimals = f.fact.decimals
        source = f.source
    }
}
