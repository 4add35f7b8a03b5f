/// A member of a container (a zip member, a web archive's record) that a
/// document was read from.
///
/// The store keys such a document by the member's own hash, not the
/// container's: the same page inside two zips, or inside a WACZ and the WARC
/// it was made from, is then one document with two locations, and a changed
/// member in a re-packed archive revises only its own documents.
public struct ContainerMember: Codable, Sendable, Equatable, Hashable {
    /// Where the member is in its file: the document's `part` starts with it
    /// (`pages/a.html`; `archive/data.warc.gz#urn:uuid:…`).
    public var part: String
    /// SHA-256 of what makes the member's documents: its bytes (a zip member),
    /// or a web archive record's identity and payload.
    public var contentHash: String
    /// The member's size in bytes, expanded.
    public var size: Int64

    public init(part: String, contentHash: String, size: Int64) {
        self.part = part
        self.contentHash = contentHash
        self.size = size
    }

    /// The part of a document inside this member, relative to it: `""` when the
    /// member is the document, else what follows `part#` (a feed item's key).
    /// Nil when `documentPart` is not inside this member.
    public func relativePart(of documentPart: String) -> String? {
        if documentPart == part { return "" }
        let prefix = part + "#"
        guard documentPart.hasPrefix(prefix) else { return nil }
        return String(documentPart.dropFirst(prefix.count))
    }
}
