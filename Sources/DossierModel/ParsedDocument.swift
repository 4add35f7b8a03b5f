/// What the importer makes of one document: its metadata, its main text and,
/// for filings, its structured facts. A pure value: parsing never touches the
/// database, so `dossier parse` shows exactly what `dossier import` stores.
public struct ParsedDocument: Codable, Sendable, Equatable {
    /// Which document inside its file this is: `""` when the file holds one
    /// document, otherwise a stable key (a feed item's guid or position, a
    /// submission's sequence number). Together with the file's content hash it
    /// identifies the document.
    public var part: String
    public var kind: DocumentKind
    /// The detailed source format, e.g. `html`, `rss`, `atom`, `nitf`,
    /// `newsml-g2`, `edgar-html`, `xbrl`, `ixbrl`, `form-d`, `text`, `markdown`.
    public var format: String
    public var title: String?
    public var byline: String?
    public var publisher: String?
    /// ISO 8601: a full timestamp (`2025-03-14T09:30:00Z`, offsets kept) or a
    /// date (`2025-03-14`). Nil when the document does not say.
    public var published: String?
    /// The canonical URL when the document names one.
    public var url: String?
    /// BCP 47 language tag as declared (`en`, `en-GB`), lowercased region kept.
    public var language: String?
    /// The main text: valid UTF-8, entities decoded, whitespace normalised,
    /// paragraphs separated by one blank line.
    public var text: String
    /// Format-specific extras (dateline, categories, CIK, form type, period…).
    public var metadata: [String: String]
    /// Structured numeric facts (XBRL, ownership and offering forms).
    public var facts: [Fact]
    /// For a document read from a member of a container (a page inside a zip,
    /// a capture inside a web archive): that member, so the same bytes found
    /// in two containers are stored once. Nil for a document that belongs to
    /// its file alone.
    public var member: ContainerMember?

    public init(
        part: String = "",
        kind: DocumentKind,
        format: String,
        title: String? = nil,
        byline: String? = nil,
        publisher: String? = nil,
        published: String? = nil,
        url: String? = nil,
        language: String? = nil,
        text: String,
        metadata: [String: String] = [:],
        facts: [Fact] = []
    ) {
        self.part = part
        self.kind = kind
        self.format = format
        self.title = title
        self.byline = byline
        self.publisher = publisher
        self.published = published
        self.url = url
        self.language = language
        self.text = text
        self.metadata = metadata
        self.facts = facts
    }
}
