public import DossierStorage

/// The date shown beside a claim in tables and fact sheets: the day its document was published; for a
/// filing fact whose document states no filing date (an inline XBRL page on its own), the end of the
/// period the fact is for, said as such; "undated" only when neither is known.
public enum ShownDate {
    public static func of(_ stored: StoredClaim) -> String {
        if let published = stored.source.published { return String(published.prefix(10)) }
        if stored.claim.origin == .filing, let end = stored.claim.date { return "\(end) (period end)" }
        return "undated"
    }
}
