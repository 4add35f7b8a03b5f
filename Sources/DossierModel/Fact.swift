/// A structured numeric fact from a filing: an XBRL or inline-XBRL fact, or an
/// amount from an ownership or offering form (Form 4, Form D, 13F).
///
/// Unlike a ``Claim`` found in prose, a fact's value and period are stated by
/// the filer in machine-readable form; it is the primary source that figures
/// quoted in articles are checked against.
public struct Fact: Codable, Sendable, Equatable, Hashable {
    /// `prefix:LocalName` with the prefix that is conventional for the
    /// concept's namespace (`us-gaap:Revenues`, `dei:EntityCommonStockSharesOutstanding`),
    /// whatever prefix the filer happened to bind.
    public var concept: String
    /// The value after `scale`, `sign` and the `format` transform.
    public var value: Double
    /// `USD`, `shares`, `USD/shares`, `pure`, …
    public var unit: String?
    /// An instant `YYYY-MM-DD` or a duration `YYYY-MM-DD/YYYY-MM-DD`.
    public var period: String?
    /// The reporting entity (the context's identifier, usually the CIK).
    public var entity: String?
    /// True when the context carries dimensions (segment or scenario members):
    /// such a value is a breakdown, not the company-wide total.
    public var hasDimensions: Bool
    /// `explicitMember` dimensions as `dimension=member`, in document order.
    public var dimensions: [String]
    /// The `decimals` attribute as written (`-6`, `2`, `INF`).
    public var decimals: String?
    /// The context id the fact referred to.
    public var context: String?

    public init(
        concept: String,
        value: Double,
        unit: String? = nil,
        period: String? = nil,
        entity: String? = nil,
        hasDimensions: Bool = false,
        dimensions: [String] = [],
        decimals: String? = nil,
        context: String? = nil
    ) {
        self.concept = concept
        self.value = value
        self.unit = unit
        self.period = period
        self.entity = entity
        self.hasDimensions = hasDimensions
        self.dimensions = dimensions
        self.decimals = decimals
        self.context = context
    }
}
