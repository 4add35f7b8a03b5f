import DossierStorage
import PostgresNIO

/// A document's full-text entry: its text in chunks, each a `tsvector` (the title, weighted A,
/// with the first chunk; the text weighted B).
enum DocumentIndex {
    /// The longest piece of text indexed as one chunk. A `tsvector` records word positions up to
    /// 16,383 only (later words all sit at 16,383, so phrases and NEAR there never match) and holds
    /// at most 1 MB: 60,000 characters is about 10,000 words, well inside both.
    static let chunkCharacters = 60_000
    /// Each chunk after the first starts this far back into the one before, so a phrase that
    /// crosses a cut is whole in one of them.
    static let overlapCharacters = 400

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

    /// The text in pieces of at most `chunkCharacters`, cut at white space where there is some,
    /// each after the first overlapping the one before by about `overlapCharacters`.
    static func chunks(of text: String) -> [String] {
        guard text.count > chunkCharacters else { return [text] }
        var pieces: [String] = []
        var start = text.startIndex
        while true {
            guard let limit = text.index(start, offsetBy: chunkCharacters, limitedBy: text.endIndex), limit < text.endIndex else {
                pieces.append(String(text[start...]))
                return pieces
            }
            let cut = text[start..<limit].lastIndex(where: { $0.isWhitespace }).map { text.index(after: $0) } ?? limit
            pieces.append(String(text[start..<cut]))
            // The next piece starts at a word boundary a little before the cut.
            let back = text.index(cut, offsetBy: -overlapCharacters, limitedBy: start) ?? start
            let next = text[back..<cut].firstIndex(where: { $0.isWhitespace }).map { text.index(after: $0) } ?? cut
            start = next > start ? next : cut
        }
    }
}
