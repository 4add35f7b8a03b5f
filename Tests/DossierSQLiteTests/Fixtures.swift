import DossierModel
import DossierSQLite
import DossierStorage

enum Fixtures {
    static func document(title: String? = nil, text: String, part: String = "", publisher: String? = nil,
                         published: String? = nil, kind: DocumentKind = .article) -> ParsedDocument {
        ParsedDocument(part: part, kind: kind, format: "html", title: title, publisher: publisher, published: published, text: text)
    }

    /// A parsed file whose content hash is derived from its text.
    static func outcome(path: String, text: String, title: String? = nil, hash: String? = nil, publisher: String? = nil,
                        published: String? = nil, kind: DocumentKind = .article, claims: [ClaimInput] = []) -> FileOutcome {
        let doc = document(title: title, text: text, publisher: publisher, published: published, kind: kind)
        let contentHash = hash ?? "hash-of-\(text)"
        return FileOutcome(path: path, size: Int64(text.utf8.count), mtimeNanoseconds: 1,
                           result: .parsed(contentHash: contentHash,
                                           documents: [DocumentInput(document: doc, textHash: "t-\(text)", claims: claims)],
                                           warnings: []))
    }
}
