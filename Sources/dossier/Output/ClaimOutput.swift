import DossierModel
import DossierStore

/// The JSON shape of a claim: the field names of `dossier extract`, with every
/// key present (null when unknown) so consumers can rely on them. Stored
/// claims add `id`, `origin`, `correction` and `source`.
struct ClaimOutput: Encodable {
    var claim: Claim
    var id: Int64?
    var correction: Correction?
    var source: ClaimSource?

    enum CodingKeys: String, CodingKey {
        case id, kind, text, start, end, value, low, high, currency, unit, date, qualifier, metric, subject, attribution,
             sentence, origin, correction, source
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(claim.kind.rawValue, forKey: .kind)
        try c.encode(claim.text, forKey: .text)
        try c.encode(claim.start, forKey: .start)
        try c.encode(claim.end, forKey: .end)
        try c.encode(claim.value, forKey: .value)
        try c.encode(claim.low, forKey: .low)
        try c.encode(claim.high, forKey: .high)
        try c.encode(claim.currency, forKey: .currency)
        try c.encode(claim.unit, forKey: .unit)
        try c.encode(claim.date, forKey: .date)
        try c.encode(claim.qualifier.rawValue, forKey: .qualifier)
        try c.encode(claim.metric, forKey: .metric)
        try c.encode(claim.subject, forKey: .subject)
        try c.encode(claim.attribution, forKey: .attribution)
        try c.encode(claim.sentence, forKey: .sentence)
        if id != nil {
            try c.encode(claim.origin.rawValue, forKey: .origin)
            try c.encode(correction, forKey: .correction)
            try c.encodeIfPresent(source, forKey: .source)
        }
    }
}
