import Foundation
public import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    /// A document by id, with its text, metadata, claims and facts; nil when there is none.
    public func document(id: Int64) throws -> StoredDocument? {
        let found: StoredDocument? = try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else { return nil }
            let hash: String = row["content_hash"]
            let part: String = row["part"]
            let textHash: String = row["text_hash"]
            let paths = try String.fetchAll(db, sql: "SELECT path FROM files WHERE content_hash = ? AND status = 'ok' ORDER BY id",
                                            arguments: [hash])
            let copies = try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE text_hash = ? AND id <> ? ORDER BY id",
                                            arguments: [textHash, id])
            return StoredDocument(
                id: id, kind: DocumentKind(stored: row["kind"]), format: row["format"], title: row["title"], byline: row["byline"],
                publisher: row["publisher"], published: row["published"], url: row["url"], language: row["language"],
                locations: paths.map { part.isEmpty ? $0 : "\($0)#\(part)" }, contentHash: hash, textHash: textHash,
                copies: copies, metadata: row["metadata"], importedAt: row["imported_at"], text: row["text"],
                claims: [], facts: []
            )
        }
        guard var document = found else { return nil }
        var claimQuery = ClaimQuery()
        claimQuery.document = id
        claimQuery.includeRejected = true
        claimQuery.limit = Int.max
        document.claims = try claims(claimQuery).sorted { ($0.claim.start, $0.id) < ($1.claim.start, $1.id) }
        var factQuery = FactQuery()
        factQuery.document = id
        factQuery.limit = Int.max
        document.facts = try facts(factQuery)
        return document
    }

    /// The ids of the documents stored for a file path (exact, or ending with
    /// the given path), optionally one part of it (`path#part`).
    public func documentIDs(path: String) throws -> [Int64] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        for (file, part) in LocationReference.readings(of: path) {
            conditions.append("((f.path = ? OR f.path LIKE ? ESCAPE '\\')" + (part == nil ? ")" : " AND d.part = ?)"))
            arguments += [file, "%/" + Self.escapeLike(file)]
            if let part { arguments += [part] }
        }
        // A container named alone: the documents of its members.
        conditions.append("f.container_id IN (SELECT c.id FROM files c WHERE c.path = ? OR c.path LIKE ? ESCAPE '\\')")
        arguments += [path, "%/" + Self.escapeLike(path)]
        return try writer.read { db in
            let sql = """
                SELECT DISTINCT d.id FROM documents d JOIN files f ON f.content_hash = d.content_hash AND f.status = 'ok'
                WHERE \(conditions.joined(separator: " OR ")) ORDER BY d.id
                """
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
    }
}
