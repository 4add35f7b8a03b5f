internal import GRDB
import DossierStorage

/// Every change of the current write transaction that reaches a full-text
/// index, held back until the transaction's end and then made in a few bulk
/// statements.
///
/// Once an FTS5 table has been written in a transaction, SQLite opens a
/// statement savepoint for each later statement, and FTS5 writes its pending
/// terms out as a new segment at each one (see schema/0004-bulk-fts.sql and
/// 0005-revise-in-place.sql). Made row by row, index changes cost a segment
/// per row. The writer therefore only collects them while it stores a batch's
/// files, and ``apply(_:)`` makes them all at the end, inside the same
/// transaction, so a reader never sees a row without its index entry.
struct FullTextBacklog {
    /// Rows whose index entries are still to be made.
    private(set) var documents: [Int64] = []
    private(set) var claims: [Int64] = []
    /// Documents revised in place whose title or text changed: the old entry
    /// leaves the index (it is made from the old text, still in the row), then
    /// the new text is written and indexed.
    private var retexts: [Retext] = []
    /// Rows to delete; their delete triggers take them out of the indexes.
    private var removedClaims: [Int64] = []
    private var removedFacts: [Int64] = []
    private var removedDocuments: [Int64] = []

    private struct Retext {
        var id: Int64
        var title: String?
        var text: String
    }

    mutating func addDocument(_ id: Int64) { documents.append(id) }
    mutating func addClaim(_ id: Int64) { claims.append(id) }
    mutating func retext(_ id: Int64, title: String?, text: String) { retexts.append(Retext(id: id, title: title, text: text)) }
    mutating func removeClaim(_ id: Int64) { removedClaims.append(id) }
    mutating func removeFact(_ id: Int64) { removedFacts.append(id) }
    mutating func removeDocument(_ id: Int64) { removedDocuments.append(id) }

    /// Makes every collected change, then forgets them. The order matters:
    /// an entry is deleted from an index while the row still holds the
    /// values it was made from, and new entries come last.
    mutating func apply(_ db: Database) throws {
        if !retexts.isEmpty {
            try db.execute(
                sql: """
                    INSERT INTO documents_fts(documents_fts, rowid, title, text)
                    SELECT 'delete', id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [Self.jsonArray(retexts.map(\.id))])
            let update = try db.cachedStatement(sql: "UPDATE documents SET title = ?, text = ? WHERE id = ?")
            for retext in retexts {
                try update.execute(arguments: [retext.title, retext.text, retext.id])
                documents.append(retext.id)
            }
            retexts.removeAll(keepingCapacity: true)
        }
        try Self.delete(&removedClaims, from: "claims", db)
        // Facts after claims: a fact's removal would take its claims with it.
        try Self.delete(&removedFacts, from: "facts", db)
        try Self.delete(&removedDocuments, from: "documents", db)
        if !documents.isEmpty {
            let ids = Self.jsonArray(documents)
            try db.execute(
                sql: """
                    INSERT INTO documents_fts(rowid, title, text)
                    SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))
                    """,
                arguments: [ids])
            // Documents in scripts without spaces also join the trigram index (schema/0013).
            let glob = "*" + ScriptsWithoutSpaces.globClass + "*"
            try db.execute(
                sql: """
                    INSERT INTO documents_cjk(rowid, title, text)
                    SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))
                      AND (coalesce(title, '') GLOB ? OR text GLOB ?)
                    """,
                arguments: [ids, glob, glob])
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

    private static func delete(_ ids: inout [Int64], from table: String, _ db: Database) throws {
        guard !ids.isEmpty else { return }
        try db.execute(sql: "DELETE FROM \(table) WHERE id IN (SELECT value FROM json_each(?))", arguments: [jsonArray(ids)])
        ids.removeAll(keepingCapacity: true)
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
