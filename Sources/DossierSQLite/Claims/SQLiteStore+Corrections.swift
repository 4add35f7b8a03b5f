import Foundation
public import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    /// Records that a person rejects a claim. The machine's claim is kept;
    /// queries hide it unless they ask for rejected claims. The judgement is
    /// keyed by the claim's document and span, so it survives re-extraction.
    ///
    /// - Returns: false when no claim has this id.
    @discardableResult
    public func reject(claim id: Int64, reason: String?, author: String? = nil) throws -> Bool {
        try record(claim: id, action: "reject", CorrectionInput(reason: reason, author: author))
    }

    /// Records a person's correction of a claim's value, metric or subject.
    /// The latest correction of a span wins in every query.
    ///
    /// - Returns: false when no claim has this id.
    @discardableResult
    public func correct(claim id: Int64, _ correction: CorrectionInput) throws -> Bool {
        guard !correction.isEmpty else { throw StorageError("a correction needs a value, a range, a metric or a subject") }
        if (correction.low == nil) != (correction.high == nil) { throw StorageError("a corrected range needs both ends") }
        return try record(claim: id, action: "correct", correction)
    }

    /// A claim by id as stored, with its latest correction applied (rejected claims included).
    public func claim(id: Int64) throws -> StoredClaim? {
        let document = try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT document_id FROM claims WHERE id = ?", arguments: [id])
        }
        guard let document else { return nil }
        var query = ClaimQuery()
        query.includeRejected = true
        query.document = document
        query.limit = Int.max
        return try claims(query).first { $0.id == id }
    }

    /// Every correction recorded for a document's spans, oldest first.
    public func corrections(document: Int64) throws -> [Correction] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT action, reason, value, metric, subject, created_at, author FROM claim_corrections
                WHERE document_id = ? ORDER BY id
                """, arguments: [document]).map {
                Correction(action: CorrectionAction(stored: $0["action"]), reason: $0["reason"], value: $0["value"], metric: $0["metric"],
                           subject: $0["subject"], createdAt: $0["created_at"], author: $0["author"])
            }
        }
    }

    private func record(claim id: Int64, action: String, _ c: CorrectionInput) throws -> Bool {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT document_id, start, \"end\", kind FROM claims WHERE id = ?",
                                             arguments: [id]) else { return false }
            try db.execute(sql: """
                INSERT INTO claim_corrections (document_id, start, "end", kind, action, value, low, high, metric, subject, reason, created_at, author)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    row["document_id"] as Int64, row["start"] as Int, row["end"] as Int, row["kind"] as String, action,
                    c.value, c.low, c.high, c.metric, c.subject, c.reason, SQLiteStore.now(), c.author,
                ])
            return true
        }
    }
}

extension SQLiteStore {
    /// Corrections detached at or after `since` (an ISO 8601 time from ``runStarted()``).
    public func detachedCorrections(since: String) throws -> [DetachedCorrection] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT k.document_id, k.detached_figure, k.action, k.author,
                       (SELECT f.path FROM files f JOIN documents d ON d.content_hash = f.content_hash
                        WHERE d.id = k.document_id AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS path,
                       (SELECT part FROM documents d WHERE d.id = k.document_id) AS part
                FROM claim_corrections k WHERE k.detached_at >= ? ORDER BY k.id
                """, arguments: [since]).map { row in
                let path: String? = row["path"]
                let part: String = row["part"] ?? ""
                return DetachedCorrection(document: row[0], location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                                          figure: row[1], action: CorrectionAction(stored: row[2]), author: row[3])
            }
        }
    }

    /// The time a run starts, in the form detachments are stamped with.
    public static func runStarted() -> String { preciseNow() }
}
