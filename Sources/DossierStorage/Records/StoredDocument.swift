public import DossierModel

/// A stored document with everything `dossier show` prints.
public struct StoredDocument: Sendable, Equatable {
    public var id: Int64
    public var kind: DocumentKind
    public var format: String
    public var title: String?
    public var byline: String?
    public var publisher: String?
    public var published: String?
    public var url: String?
    public var language: String?
    /// Every file path holding these bytes (`path#part` for a part of a file).
    public var locations: [String]
    /// `name:relative/path` of each location under a named import root (see `SourceNames`).
    public var citations: [String] = []
    public var contentHash: String
    public var textHash: String
    /// Other documents with the same text (syndicated copies).
    public var copies: [Int64]
    /// Format-specific extras, as the JSON object the reader stored.
    public var metadata: String
    public var importedAt: String
    public var text: String
    /// The document's claims in text order, rejected ones included (with their correction).
    public var claims: [StoredClaim]
    public var facts: [StoredFact]

    public init(id: Int64, kind: DocumentKind, format: String, title: String? = nil, byline: String? = nil, publisher: String? = nil, published: String? = nil, url: String? = nil, language: String? = nil, locations: [String], contentHash: String, textHash: String, copies: [Int64], metadata: String, importedAt: String, text: String, claims: [StoredClaim], facts: [StoredFact]) {
        self.id = id
        self.kind = kind
        self.format = format
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.published = published
        self.url = url
        self.language = language
        self.locations = locations
        self.contentHash = contentHash
        self.textHash = textHash
        self.copies = copies
        self.metadata = metadata
        self.importedAt = importedAt
        self.text = text
        self.claims = claims
        self.facts = facts
    }
}
