internal import GRDB
import DossierStorage

/// The stored version of a document, without its text: what a new parse of its file is
/// compared with to decide what to rewrite. The text itself is compared by
/// its hash, so revising a document never reads the old text.
struct StoredVersion {
    var id: Int64
    var contentHash: String
    var part: String
    /// The part a new parse is matched on: the stored part, or for a document a container stored
    /// for one of its members (see `MemberInput`), its part relative to that member.
    var matchingPart: String
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

    /// From a row of `SQLiteStore.storedDocuments`, read by position.
    init(row: Row) {
        id = row[0]
        contentHash = row[1]
        part = row[2]
        matchingPart = part
        textHash = row[3]
        kind = row[4]
        format = row[5]
        title = row[6]
        byline = row[7]
        publisher = row[8]
        published = row[9]
        url = row[10]
        language = row[11]
        metadata = row[12]
        parserVersion = row[13]
        extractorVersion = row[14]
    }
}
