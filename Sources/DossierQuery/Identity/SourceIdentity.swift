public import DossierStorage

/// Who stands behind a document, for counting independent sources: the files
/// of one filing (its inline XBRL page, its XBRL instance, its full
/// submission) are one source; "Reuters", "reuters.com" and "The Reuters"
/// are one publisher.
public enum SourceIdentity {
    /// The filing a document belongs to: its accession number as stated in
    /// the submission, or as EDGAR names the folder it was saved from
    /// (`…/0000950170-25-012345/…` or the 18-digit form). Nil for other documents.
    public static func filing(_ source: ClaimSource) -> String? {
        if let accession = source.accession.flatMap(normalizedAccession) { return accession }
        guard source.kind == .filing, let location = source.location else { return nil }
        let path = location.split(separator: "#").first.map(String.init) ?? location
        for segment in path.split(separator: "/").reversed() {
            if let accession = normalizedAccession(String(segment)) { return accession }
        }
        return nil
    }

    /// `0000950170-25-012345` from either way EDGAR writes it, or nil.
    static func normalizedAccession(_ text: String) -> String? {
        let digits = text.filter(\.isNumber)
        let shape = text.allSatisfy { $0.isNumber || $0 == "-" }
        guard shape, digits.count == 18 else { return nil }
        if text.contains("-") {
            let parts = text.split(separator: "-")
            guard parts.count == 3, parts[0].count == 10, parts[1].count == 2, parts[2].count == 6 else { return nil }
        }
        let d = Array(digits)
        return String(d[0..<10]) + "-" + String(d[10..<12]) + "-" + String(d[12..<18])
    }

    /// A publisher name in comparable form: lower case, letters and digits
    /// only, a leading "the", a web address's scheme, `www.` and top-level
    /// domain dropped ("reuters.com" → "reuters", "The Ledger Review" and
    /// "ledgerreview.com" → "ledgerreview"). Nil when nothing is left.
    public static func publisherKey(_ publisher: String?) -> String? {
        guard var text = publisher?.lowercased() else { return nil }
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if !text.contains(" "), text.contains("."), let host = text.split(separator: "/").first {
            // A bare domain: its name without the top-level part ("ft.com", "bbc.co.uk").
            let labels = host.split(separator: ".")
            let kept = labels.filter { !topLevelLabels.contains(String($0)) }
            text = kept.last.map(String.init) ?? String(host)
        }
        var words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        let key = words.joined()
        return key.isEmpty ? nil : key
    }

    /// Domain endings that name no publisher.
    static let topLevelLabels: Set<String> = [
        "com", "org", "net", "co", "uk", "de", "fr", "au", "ca", "in", "io", "news", "info", "example", "gov", "edu",
    ]
}
