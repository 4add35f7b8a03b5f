import DossierStorage

/// The JSON shape of a search hit (documented in the README). `query` is present only when a
/// batch of queries ran (`search --queries`).
public struct SearchHitRecord: Encodable, Sendable {
    public var query: String?
    public var document: Int64
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var kind: String
    public var location: String?
    /// `name:relative/path` under a named import root.
    public var citation: String?
    public var url: String?
    public var snippet: String
    public var rank: Double
    /// The page the snippet stands on, for a PDF (null otherwise).
    public var page: Int?

    public init(_ hit: SearchHit, query: String? = nil) {
        self.query = query
        document = hit.document
        title = hit.title
        publisher = hit.publisher
        published = hit.published
        kind = hit.kind.rawValue
        location = hit.location
        citation = hit.citation
        url = hit.url
        snippet = hit.snippet
        rank = hit.rank
        page = hit.page
    }

    enum CodingKeys: String, CodingKey { case query, document, title, publisher, published, kind, location, citation, url, snippet, rank, page }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(query, forKey: .query)
        try c.encode(document, forKey: .document)
        try c.encode(title, forKey: .title)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(published, forKey: .published)
        try c.encode(kind, forKey: .kind)
        try c.encode(location, forKey: .location)
        try c.encode(citation, forKey: .citation)
        try c.encode(url, forKey: .url)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(rank, forKey: .rank)
        try c.encode(page, forKey: .page)
    }
}
