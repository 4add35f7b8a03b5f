import DossierStorage

extension ClaimOrder {
    /// The ORDER BY terms over `claims c`, `documents d` and `claim_corrections k`.
    var sql: String {
        let tail = "c.document_id, c.start, c.id"
        switch self {
        case .published: return "d.published IS NULL, d.published, \(tail)"
        case .newest: return "d.published IS NULL, d.published DESC, \(tail)"
        // A person's correction wins, as it does in the filters.
        case .value: return "coalesce(k.value, k.low, c.value, c.low) IS NULL, coalesce(k.value, k.low, c.value, c.low), \(tail)"
        case .largest: return "coalesce(k.value, k.high, c.value, c.high) IS NULL, coalesce(k.value, k.high, c.value, c.high) DESC, \(tail)"
        case .subject: return "coalesce(k.subject, c.subject) IS NULL, coalesce(k.subject, c.subject) COLLATE NOCASE, \(tail)"
        }
    }
}
