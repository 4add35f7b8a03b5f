internal import GRDB

/// Documents and claims inserted in the current write transaction whose
/// full-text entries are still to be made.
///
/// Schema 0004 removed the insert triggers: indexed row by row, FTS5 wrote a
/// segment per statement (see schema/0004-bulk-fts.sql). The writer collects
/// the new rows' ids here and ``index(_:)`` adds them to both indexes in one
/// statement each, inside the same transaction, so a reader never sees a row
/// without its index entry.
struct FullTextBacklog {
    private(set) var documents: [Int64] = []
    private(set) var claims: [Int64] = []

    mutating func addDocument(_ id: Int64) { documents.append(id) }
    mutating func addClaim(_ id: Int64) { claims.append(id) }

    /// Indexes every collected row that still exists, then forgets them.
    mutating func index(_ db: Database) throws {
        if !documents.isEmpty {
            try db.execute(
                sql: """
                    INSERT INTO documents_fts(rowid, title, text)
                    SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [Self.jsonArray(documents)])
            documents.removeAll(keepingCapacity: true)
        }
        if !claims.isEmpty {
            try db.execute(
                sql: """
                    INSERT INTO claims_fts(rowid, sentence)
                    SELECT id, sentence FROM claims WHERE id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [Self.jsonArray(claims)])
            claims.removeAll(keepingCapacity: true)
        }
    }

    private static func jsonArray(_ ids: [Int64]) -> String {
        var text = "["
        text.reserveCapacity(ids.count * 8)
        for (offset, id) in ids.enumerated() {
            if offset > 0 { text += "," }
            text += String(id)
        }
        return text + "]"
    }
}
