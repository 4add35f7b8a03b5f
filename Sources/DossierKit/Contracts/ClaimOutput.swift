public import DossierModel
import DossierQuery
public import DossierStorage

/// The JSON shape of a claim: the field names of `dossier extract`, with every
/// key present (null when unknown) so consumers can rely on them. Stored
/// claims add `id`, `origin`, `correction` and `source`.
public struct ClaimOutput: Encodable, Sendable {
    public var claim: Claim
    public var id: Int64?
    public var correction: Correction?
    public var source: ClaimSource?
    /// Stored claims: the date the figure holds at (its period, else the document's date).
    public var asOf: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, text, start, end, value, low, high, currency, unit, date, qualifier, metric, subject, attribution, measure, period, direction, per,
             sentence, origin, correction, source, asOf
    }

    public init(_ stored: StoredClaim) {
        claim = stored.claim
        id = stored.id
        correction = stored.correction
        source = stored.source
        asOf = stored.asOf
    }

    /// A claim found in text, not stored (`dossier extract`).
    public init(claim: Claim) {
        self.claim = claim
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try ClaimFields.encode(claim, into: &c)
        if id != nil {
            try c.encode(claim.origin.rawValue, forKey: .origin)
            try c.encode(correction, forKey: .correction)
            try c.encodeIfPresent(source, forKey: .source)
            try c.encode(asOf, forKey: .asOf)
        }
    }
}
