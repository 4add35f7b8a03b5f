public import DossierModel

/// A full-text search with its filters.
public struct SearchQuery: Sendable, Equatable {
    /// What the person typed.
    public var text: String
    /// Match the words as typed, ignoring FTS5 syntax.
    public var literal: Bool = false
    public var kind: DocumentKind?
    /// Inclusive bounds on the published date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var since: String?
    public var until: String?
    /// Case-insensitive substring of the publisher.
    public var publisher: String?
    public var limit: Int = 20
    public var offset: Int = 0
    /// Markers around matched words in snippets.
    public var highlight: (String, String) = ("**", "**")

    public init(text: String, literal: Bool = false, kind: DocumentKind? = nil, since: String? = nil, until: String? = nil,
                publisher: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.text = text
        self.literal = literal
        self.kind = kind
        self.since = since
        self.until = until
        self.publisher = publisher
        self.limit = limit
        self.offset = offset
    }

    public static func == (a: SearchQuery, b: SearchQuery) -> Bool {
        a.text == b.text && a.literal == b.literal && a.kind == b.kind && a.since == b.since && a.until == b.until
            && a.publisher == b.publisher && a.limit == b.limit && a.offset == b.offset
            && a.highlight.0 == b.highlight.0 && a.highlight.1 == b.highlight.1
    }
}

/// One search hit: where the words are found, with a highlighted snippet.
public struct SearchHit: Codable, Sendable, Equatable {
    public var document: Int64
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var kind: DocumentKind
    public var url: String?
    /// The file (and `#part` for a document inside a multi-document file).
    public var location: String?
    public var snippet: String
    /// BM25 score; lower is better (SQLite's convention).
    public var rank: Double
    /// The page the snippet stands on, in a paged document (a PDF).
    public var page: Int? = nil
    /// `name:relative/path` of `location` (see `SourceNames`).
    public var citation: String? = nil

    public init(document: Int64, title: String? = nil, publisher: String? = nil, published: String? = nil, kind: DocumentKind, url: String? = nil, location: String? = nil, snippet: String, rank: Double, page: Int? = nil) {
        self.document = document
        self.title = title
        self.publisher = publisher
        self.published = published
        self.kind = kind
        self.url = url
        self.location = location
        self.snippet = snippet
        self.rank = rank
        self.page = page
    }
}

/// The hits of one search and, when the query had to be read literally, why.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    public var note: String?

    public init(hits: [SearchHit], note: String? = nil) {
        self.hits = hits
        self.note = note
    }
}

/// Why a search could not run: one line for the user.
public struct SearchError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
