import Foundation
public import DossierStorage
import DossierQuery

/// The JSON shape of `show`: the document's fields, its text, its claims (in
/// the `dossier extract` field names, with source and correction) and facts.
public struct DocumentRecord: Encodable, Sendable {
    public var document: StoredDocument

    public init(_ document: StoredDocument) { self.document = document }

    enum Keys: String, CodingKey {
        case id, kind, format, title, byline, publisher, published, url, language, locations, citations, contentHash, textHash, copies,
             metadata, importedAt, text, claims, facts
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let d = document
        try c.encode(d.id, forKey: .id)
        try c.encode(d.kind, forKey: .kind)
        try c.encode(d.format, forKey: .format)
        try c.encode(d.title, forKey: .title)
        try c.encode(d.byline, forKey: .byline)
        try c.encode(d.publisher, forKey: .publisher)
        try c.encode(d.published, forKey: .published)
        try c.encode(d.url, forKey: .url)
        try c.encode(d.language, forKey: .language)
        try c.encode(d.locations, forKey: .locations)
        try c.encode(d.citations, forKey: .citations)
        try c.encode(d.contentHash, forKey: .contentHash)
        try c.encode(d.textHash, forKey: .textHash)
        try c.encode(d.copies, forKey: .copies)
        // The stored metadata is a JSON object: embed it as one, not as a string.
        let metadata = (try? JSONDecoder().decode(AnyJSON.self, from: Data(d.metadata.utf8))) ?? .object([:])
        try c.encode(metadata, forKey: .metadata)
        try c.encode(d.importedAt, forKey: .importedAt)
        try c.encode(d.text, forKey: .text)
        try c.encode(d.claims.map(ClaimRecord.init), forKey: .claims)
        try c.encode(d.facts.map(FactRecord.init), forKey: .facts)
    }
}
