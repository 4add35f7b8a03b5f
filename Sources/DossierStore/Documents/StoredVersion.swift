internal import GRDB

/// The stored version of a document, without its text: what a new parse of its file is
/// compared with to decide what to rewrite. The text itself is compared by
/// its hash, so revising a document never reads the old text.
struct StoredVersion {
    var id: Int64
    var contentHash: String
    var part: String
    var textHash: String
    var kind: String
    var format: String
    var title: String?
    var byline: String?
    var publisher: String?
    var published: String?
    var url: String?
    var language: String?
    var metadata: String
    var parserVersion: Int
    var extractorVersion: Int

    init(row: Row) {
        id = row["id"]
        contentHash = row["content_hash"]
        part = row["part"]
        textHash = row["text_hash"]
        kind = row["kind"]
        format = row["format"]
        title = row["title"]
        byline = row["byline"]
        publisher = row["publisher"]
        published = row["published"]
        url = row["url"]
        language = row["language"]
        metadata = row["metadata"]
        parserVersion = row["parser_version"]
        extractorVersion = row["extractor_version"]
    }
}
