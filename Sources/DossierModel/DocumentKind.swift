/// The broad family a document belongs to; what `--kind` filters on.
///
/// The exact source format (RSS, NITF, inline XBRL, …) is kept separately in
/// ``ParsedDocument/format`` so that the kind stays a short, stable list that
/// people can type.
public enum DocumentKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// A web page: a news article, blog post or press release.
    case article
    /// One item or entry of an RSS or Atom feed.
    case feedItem = "feed-item"
    /// News-agency XML (NITF, NewsML).
    case wire
    /// A regulatory filing, its exhibits and its XBRL data.
    case filing
    /// Plain text or Markdown.
    case text
    /// A PDF or Word document: reports, court papers, letters.
    case document
    /// An email message (`.eml`, one message of an `mbox`).
    case email
}
