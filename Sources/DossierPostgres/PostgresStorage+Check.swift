import Foundation
public import DossierStorage
import PostgresNIO

extension PostgresStorage {
    /// Checks what PostgreSQL does not check for itself: every document in the full-text index,
    /// every prose claim against its document's text, and the links between files and documents.
    /// (The engine's own integrity is the server's: its checksums and `amcheck`.)
    public func check() async throws -> CheckReport {
        try await connected { connection in try await check(on: connection) }
    }

    func check(on connection: PostgresConnection) async throws -> CheckReport {
        var report = CheckReport()
        let unindexed = try await count("""
            SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_chunks c WHERE c.document_id = d.id)
            """, on: connection)
        if unindexed > 0 { report.indexes.append("document_chunks: \(unindexed) documents are not in the full-text index (dossier check --repair rebuilds it)") }
        report.misplacedClaims = try await misplacedClaims(on: connection)
        report.orphanDocuments = try await count("""
            SELECT count(*) AS n FROM documents d
            WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.content_hash = d.content_hash AND f.status IN ('ok', 'missing'))
            """, on: connection)
        report.filesWithoutDocuments = try await count("""
            SELECT count(*) AS n FROM files f WHERE f.status = 'ok' AND (f.content_hash IS NOT NULL OR f.container_id IS NULL)
            AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = f.content_hash)
            AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = f.id)
            """, on: connection)
        return report
    }

    /// Texts longer than this are checked in Swift, walking the text once: `substr` reads a UTF-8
    /// text from its start for every claim, quadratic in one long document with many figures.
    static let longText = 100_000

    /// Prose claims whose span in their document's text is not their text.
    func misplacedClaims(on connection: PostgresConnection) async throws -> [Int64] {
        var sql = SQL()
        sql += """
            SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE c.origin = 'prose' AND length(d.text) <= \(sql.bind(Self.longText))
              AND (c.start < 0 OR c."end" < c.start OR substr(d.text, c.start + 1, c."end" - c.start) IS DISTINCT FROM c.text)
            """
        var misplaced: [Int64] = try await rows(sql, on: connection).map { try $0.must("id") }
        var long = SQL()
        long += """
            SELECT DISTINCT c.document_id FROM claims c JOIN documents d ON d.id = c.document_id
            WHERE c.origin = 'prose' AND length(d.text) > \(long.bind(Self.longText)) ORDER BY 1
            """
        for document in try await rows(long, on: connection).map({ try $0.must("document_id", as: Int64.self) }) {
            var text = SQL()
            text += "SELECT text FROM documents WHERE id = \(text.bind(document))"
            guard let body: String = try await rows(text, on: connection).first?.get("text") else { continue }
            var claims = SQL()
            claims += """
                SELECT id, start, "end", text FROM claims WHERE document_id = \(claims.bind(document)) AND origin = 'prose'
                ORDER BY start, id
                """
            var spans = ScalarSpans(body)
            for row in try await rows(claims, on: connection) {
                let id: Int64 = try row.must("id")
                let start = Int(try row.must("start", as: Int64.self)), end = Int(try row.must("end", as: Int64.self))
                // Scalar by scalar: `==` on String would take "é" and "e\u{301}" as equal.
                guard let found = spans.text(from: start, to: end),
                      found.unicodeScalars.elementsEqual((try row.must("text", as: String.self)).unicodeScalars) else {
                    misplaced.append(id)
                    continue
                }
            }
        }
        return misplaced.sorted()
    }

    private func count(_ text: String, on connection: PostgresConnection) async throws -> Int {
        Int(try await rows(SQL(text), on: connection).first?.must("n", as: Int64.self) ?? 0)
    }

    /// Rebuilds the full-text index, drops misplaced claims (their documents are re-extracted by
    /// the next reindex), orphan documents and files without documents, under the archive's
    /// exclusive lock. Returns what the check found before.
    public func repair() async throws -> CheckReport {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await execute(SQL("SELECT pg_advisory_xact_lock(\(Self.archiveLock))"), on: connection)
                let before = try await check(on: connection)
                // The whole full-text index is made again from the documents, as SQLite's repair does:
                // a chunk left stale by a text changed behind Dossier's back is rebuilt too.
                try await execute(SQL("DELETE FROM document_chunks"), on: connection)
                try await DocumentIndex.indexMissing(on: connection, storage: self)
                if !before.misplacedClaims.isEmpty {
                    var sql = SQL()
                    let ids = sql.bind(before.misplacedClaims)
                    sql += "UPDATE documents SET extractor_version = 0 WHERE id IN (SELECT document_id FROM claims WHERE id = ANY(\(ids)));"
                    try await execute(sql, on: connection)
                    var delete = SQL()
                    delete += "DELETE FROM claims WHERE id = ANY(\(delete.bind(before.misplacedClaims)))"
                    try await execute(delete, on: connection)
                }
                // Files whose documents are gone are forgotten, to be read again: a member without
                // documents loses its content hash, which makes its container out of date and so
                // read again (its other members stay). Then the documents no file holds go.
                try await execute(SQL("""
                    UPDATE files SET content_hash = NULL WHERE container_id IS NOT NULL AND status = 'ok'
                    AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = files.content_hash)
                    """), on: connection)
                try await execute(SQL("""
                    DELETE FROM files WHERE container_id IS NULL AND status = 'ok'
                    AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = files.content_hash)
                    AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = files.id)
                    """), on: connection)
                try await execute(SQL("""
                    DELETE FROM documents WHERE NOT EXISTS
                        (SELECT 1 FROM files f WHERE f.content_hash = documents.content_hash AND f.status IN ('ok', 'missing'))
                    """), on: connection)
                return before
            }
        } catch {
            throw explained(error)
        }
    }
}
