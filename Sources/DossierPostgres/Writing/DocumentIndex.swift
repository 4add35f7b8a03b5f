import DossierStorage
import PostgresNIO

/// A document's full-text entry: its text in chunks, each a `tsvector` (the title, weighted A,
/// with the first chunk; the text weighted B).
enum DocumentIndex {
    /// The longest piece of text indexed as one chunk: a `tsvector` holds at most 1 MB, and a
    /// piece this long stays far below it even when every word is distinct.
    static let chunkCharacters = 200_000

    /// Writes the document's chunks anew.
    static func index(_ id: Int64, title: String?, text: String, on connection: PostgresConnection, storage: PostgresStorage) async throws {
        var clear = SQL()
        clear += "DELETE FROM document_chunks WHERE document_id = \(clear.bind(id))"
        try await storage.execute(clear, on: connection)
        for (number, piece) in chunks(of: text).enumerated() {
            var sql = SQL()
            let weightedTitle = number == 0 ? "setweight(to_tsvector('dossier', coalesce(\(sql.bind(title)), '')), 'A') || " : ""
            sql += """
                INSERT INTO document_chunks (document_id, chunk, search)
                VALUES (\(sql.bind(id)), \(sql.bind(number)), \(weightedTitle)setweight(to_tsvector('dossier', \(sql.bind(piece))), 'B'))
                """
            try await storage.execute(sql, on: connection)
        }
    }

    /// Indexes every document that has no chunks (after a copy, or a repair), a hundred at a time.
    static func indexMissing(on connection: PostgresConnection, storage: PostgresStorage) async throws {
        var after: Int64 = 0
        while true {
            var sql = SQL()
            sql += """
                SELECT id, title, text FROM documents d
                WHERE id > \(sql.bind(after)) AND NOT EXISTS (SELECT 1 FROM document_chunks c WHERE c.document_id = d.id)
                ORDER BY id LIMIT 100
                """
            let rows = try await storage.rows(sql, on: connection)
            guard !rows.isEmpty else { return }
            for row in rows {
                let id: Int64 = try row.must("id")
                try await index(id, title: try row.get("title"), text: try row.must("text"), on: connection, storage: storage)
                after = id
            }
        }
    }

    /// The text in pieces of at most `chunkCharacters`, cut at white space where there is some.
    static func chunks(of text: String) -> [String] {
        guard text.count > chunkCharacters else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.count > chunkCharacters {
            let limit = rest.index(rest.startIndex, offsetBy: chunkCharacters)
            let cut = rest[..<limit].lastIndex(where: { $0.isWhitespace }).map { rest.index(after: $0) } ?? limit
            pieces.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces
    }
}
