public import DossierModel

/// The claim fields of every JSON output (`dossier extract`, `claims`,
/// `xref`, `trace`, `export`), written in one place so the shapes cannot
/// drift apart. Every key is written, `null` when unknown.
public enum ClaimFields {
    /// `period: false` leaves the period to the caller, which knows a better one (a cross-reference's).
    public static func encode<K: CodingKey>(_ claim: Claim, into c: inout KeyedEncodingContainer<K>, period: Bool = true) throws {
        func key(_ name: String) -> K { K(stringValue: name)! }
        try c.encode(claim.kind.rawValue, forKey: key("kind"))
        try c.encode(claim.text, forKey: key("text"))
        try c.encode(claim.start, forKey: key("start"))
        try c.encode(claim.end, forKey: key("end"))
        try c.encode(claim.value, forKey: key("value"))
        try c.encode(claim.low, forKey: key("low"))
        try c.encode(claim.high, forKey: key("high"))
        try c.encode(claim.currency, forKey: key("currency"))
        try c.encode(claim.unit, forKey: key("unit"))
        try c.encode(claim.date, forKey: key("date"))
        try c.encode(claim.qualifier.rawValue, forKey: key("qualifier"))
        try c.encode(claim.metric, forKey: key("metric"))
        try c.encode(claim.subject, forKey: key("subject"))
        try c.encode(claim.attribution, forKey: key("attribution"))
        try c.encode(claim.measure, forKey: key("measure"))
        if period { try c.encode(claim.period, forKey: key("period")) }
        try c.encode(claim.direction?.rawValue, forKey: key("direction"))
        try c.encode(claim.per, forKey: key("per"))
        try c.encode(claim.sentence, forKey: key("sentence"))
    }
}
