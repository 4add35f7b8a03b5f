import DossierModel
@testable import DossierStorage
import DossierQuery

/// Synthetic stored claims for the xref, trace and export tests: each test
/// states only what matters to it.
enum EvidenceFixtures {
    static func claim(
        _ id: Int64,
        doc: Int64,
        kind: FigureKind = .money,
        text: String? = nil,
        value: Double? = nil,
        low: Double? = nil,
        high: Double? = nil,
        currency: String? = nil,
        unit: String? = nil,
        date: String? = nil,
        qualifier: Qualifier = .exact,
        metric: String? = "cost",
        measure: String?? = .none,
        per: String? = nil,
        direction: Direction? = nil,
        subject: String? = "Corvid Labs",
        period: String? = nil,
        attribution: String? = nil,
        sentence: String? = nil,
        origin: ClaimOrigin = .prose,
        publisher: String? = nil,
        published: String? = nil,
        title: String? = nil,
        url: String? = nil,
        location: String? = nil,
        textHash: String? = nil,
        start: Int = 10
    ) -> StoredClaim {
        let figure = text ?? "figure\(id)"
        let claim = Claim(kind: kind, text: figure, start: start, end: start + figure.unicodeScalars.count, value: value,
                          low: low, high: high, currency: currency ?? (kind == .money ? "USD" : nil), unit: unit, date: date,
                          qualifier: qualifier, metric: metric, subject: subject, attribution: attribution,
                          // Unless a test says otherwise, the sentence named the metric's own measure.
                          measure: measure ?? metric, period: period, direction: direction, per: per,
                          sentence: sentence ?? "The sentence holding \(figure).", origin: origin)
        let source = ClaimSource(document: doc, title: title ?? "Story \(doc)", publisher: publisher ?? (origin == .filing ? nil : "Publisher \(doc)"),
                                 published: published, url: url, location: location ?? "/corpus/doc\(doc).html",
                                 kind: origin == .filing ? .filing : .article,
                                 textHash: textHash ?? "text-\(doc)")
        return StoredClaim(id: id, document: doc, claim: claim, correction: nil, source: source)
    }

    /// Cross-references claims with the plain resolver and one group per subject and metric.
    static func group(_ claims: [StoredClaim], minimumDocuments: Int = 1) -> EvidenceGroup? {
        CrossReference(claims: claims, resolver: .plain, minimumDocuments: minimumDocuments).groups.first
    }
}
