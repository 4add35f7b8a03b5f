import DossierModel
import DossierQuery
import DossierStore

/// The JSON shape of a claim: the field names of `dossier extract`, with every
/// key present (null when unknown) so consumers can rely on them. Stored
/// claims add `id`, `origin`, `correction` and `source`.
struct ClaimOutput: Encodable {
    var claim: Claim
    var id: Int64?
    var correction: Correction?
    var source: ClaimSource?
    /// Stored claims: the date the figure holds at (its period, else the document's date).
    var asOf: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, text, start, end, value, low, high, currency, unit, date, qualifier, metric, subject, attribution, measure, period, direction, per,
             sentence, origin, correction, source, asOf
    }

    func encode(to encoder: Encoder) throws {
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
