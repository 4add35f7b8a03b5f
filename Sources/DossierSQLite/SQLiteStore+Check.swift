import Foundation
public import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// Checks the database: SQLite's integrity, both FTS5 indexes against
    /// their tables, every prose claim against its document's text, and the
    /// links between files and documents.
    public func check() throws -> CheckReport {
        var report = try writer.read { db in
            var report = CheckReport()
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            report.integrity = lines.filter { $0 != "ok" }
            report.misplacedClaims = try Self.misplacedClaims(db)
            report.orphanDocuments = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d
                WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.content_hash = d.content_hash AND f.status IN ('ok', 'missing'))
                """) ?? 0
            // (A member without a content hash is one repair left to be read again.)
            report.filesWithoutDocuments = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM files f WHERE f.status = 'ok' AND (f.content_hash IS NOT NULL OR f.container_id IS NULL)
                AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = f.content_hash)
                AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = f.id)
                """) ?? 0
            // The trigram index keeps its own copy of the text: compared with the documents themselves.
            let glob = "*" + ScriptsWithoutSpaces.globClass + "*"
            let stale = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM documents d
                        WHERE (coalesce(d.title, '') GLOB ? OR d.text GLOB ?)
                          AND NOT EXISTS (SELECT 1 FROM documents_cjk c WHERE c.rowid = d.id AND c.text = d.text))
                     + (SELECT count(*) FROM documents_cjk c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.rowid))
                """, arguments: [glob, glob]) ?? 0
            if stale > 0 { report.indexes.append("documents_cjk: \(stale) documents missing, stale or left over (dossier check --repair rebuilds it)") }
            return report
        }
        report.indexes += try checkIndexes()
        return report
    }

    /// Prose claims whose span in their document's text is not their text. One
    /// document at a time, its claims in order of position, walking the text
    /// once: linear in text and claims. (SQL's `substr` per claim re-reads the
    /// text from its start for every claim, quadratic for one long document:
    /// 106 s for 78,000 claims.)
    static func misplacedClaims(_ db: Database) throws -> [Int64] {
        var misplaced: [Int64] = []
        let documents = try Int64.fetchAll(db, sql: "SELECT DISTINCT document_id FROM claims WHERE origin = 'prose' ORDER BY document_id")
        for document in documents {
            guard let text = try String.fetchOne(db, sql: "SELECT text FROM documents WHERE id = ?", arguments: [document]) else { continue }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, start, "end", text FROM claims WHERE document_id = ? AND origin = 'prose' ORDER BY start, id
                """, arguments: [document])
            var span = ScalarSpans(text)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                // Scalar by scalar, as SQLite compares: `==` on String would take "é" and "e\u{301}" as equal.
                guard let found = span.text(from: row[1], to: row[2]), found.unicodeScalars.elementsEqual((row[3] as String).unicodeScalars) else {
                    misplaced.append(id)
                    continue
                }
            }
        }
        return misplaced.sorted()
    }

    /// FTS5's own `integrity-check` writes nothing but must run as a
    /// statement on the writer; a mismatch surfaces as an error.
    private func checkIndexes() throws -> [String] {
        var problems: [String] = []
        for table in ["documents_fts", "claims_fts", "documents_cjk"] {
            do {
                try writer.write { db in
                    try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
                }
            } catch {
                problems.append("\(table): \(SQLiteStore.reason(error))")
            }
        }
        return problems
    }

    /// Rebuilds what is derived: the full-text indexes (and the trigram index) from their tables;
    /// drops misplaced claims and marks their documents for re-extraction;
    /// removes orphan documents; forgets files whose documents are gone so
    /// the next import or reindex reads them again.
    public func repair() throws -> CheckReport {
        let before = try check()
        try writer.write { db in
            try Self.rebuildIndexes(db)
            if !before.misplacedClaims.isEmpty {
                for id in before.misplacedClaims {
                    try db.execute(sql: "UPDATE documents SET extractor_version = 0 WHERE id = (SELECT document_id FROM claims WHERE id = ?)",
                                   arguments: [id])
                    try db.execute(sql: "DELETE FROM claims WHERE id = ?", arguments: [id])
                }
            }
            for statement in Self.forgetFilesWithoutDocuments { try db.execute(sql: statement) }
            try db.execute(sql: """
                DELETE FROM documents WHERE NOT EXISTS
                    (SELECT 1 FROM files f WHERE f.content_hash = documents.content_hash AND f.status IN ('ok', 'missing'))
                """)
        }
        return before
    }

    /// Files whose documents are gone are forgotten, so the next import or reindex reads them
    /// again: a member without documents loses its content hash, which makes its container out of
    /// date (see `addContainers`) and so read again; its other members, with their documents and
    /// corrections, stay.
    static let forgetFilesWithoutDocuments = [
        """
        UPDATE files SET content_hash = NULL WHERE container_id IS NOT NULL AND status = 'ok'
        AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = files.content_hash)
        """,
        """
        DELETE FROM files WHERE container_id IS NULL AND status = 'ok'
        AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = files.content_hash)
        AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = files.id)
        """,
    ]

    /// The full-text indexes made again from the documents and claims.
    static func rebuildIndexes(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
        // The trigram index of documents in scripts without spaces holds its own copy: made again from the documents.
        let glob = "*" + ScriptsWithoutSpaces.globClass + "*"
        try db.execute(sql: "DELETE FROM documents_cjk")
        try db.execute(sql: """
            INSERT INTO documents_cjk(rowid, title, text) SELECT id, title, text FROM documents
            WHERE coalesce(title, '') GLOB ? OR text GLOB ?
            """, arguments: [glob, glob])
    }
}
