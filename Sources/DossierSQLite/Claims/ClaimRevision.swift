import Foundation
import DossierStorage
import DossierModel
internal import GRDB

/// A document's stored claims brought up to a new extraction, as `ClaimRevisionPlan` decides.
struct ClaimRevision {
    let documentID: Int64
    let claims: [ClaimInput]
    let factIDs: [Int64]
    let extractorVersion: Int
    let textChanged: Bool

    func apply(_ backlog: inout FullTextBacklog, _ db: Database) throws {
        let rows = try Row.fetchAll(
            // Every column, in table order, as `SQLiteStore.claim(_:)` reads them.
            db.cachedStatement(sql: "SELECT * FROM claims WHERE document_id = ? ORDER BY start, id"),
            arguments: [documentID])
        let stored = rows.map {
            ClaimRevisionPlan.Stored(id: $0[0], claim: SQLiteStore.claim($0), subjectKey: $0[16], factID: $0[19], asOf: $0[24],
                                     extractorVersion: $0[20])
        }
        let plan = ClaimRevisionPlan(stored: stored, new: claims, factIDs: factIDs, extractorVersion: extractorVersion,
                                     textChanged: textChanged)
        let update = try db.cachedStatement(sql: "UPDATE claims SET start = ?, \"end\" = ?, extractor_version = ? WHERE id = ?")
        for step in plan.steps {
            switch step {
            case .insert(let index):
                try SQLiteStore.insertClaims(CollectionOfOne(claims[index]), documentID: documentID, factIDs: factIDs,
                                             extractorVersion: extractorVersion, backlog: &backlog, db: db)
            case .update(let id, let span):
                try update.execute(arguments: [span.start, span.end, extractorVersion, id])
            case .keep:
                break
            }
        }
        for id in plan.removed { backlog.removeClaim(id) }
        try moveCorrections(plan, db)
    }

    private func moveCorrections(_ plan: ClaimRevisionPlan, _ db: Database) throws {
        let corrections = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, start, \"end\" FROM claim_corrections WHERE document_id = ? AND start >= 0"),
            arguments: [documentID])
        guard !corrections.isEmpty else { return }
        let update = try db.cachedStatement(sql: "UPDATE claim_corrections SET start = ?, \"end\" = ? WHERE id = ?")
        let detach = try db.cachedStatement(sql: """
            UPDATE claim_corrections SET start = -1, "end" = -1, detached_at = ?, detached_figure = ? WHERE id = ?
            """)
        for correction in corrections {
            let id: Int64 = correction["id"]
            switch plan.fate(of: .init(start: correction["start"], end: correction["end"])) {
            case .stays: break
            case .moves(let to): try update.execute(arguments: [to.start, to.end, id])
            case .detaches(let figure): try detach.execute(arguments: [SQLiteStore.preciseNow(), figure, id])
            }
        }
    }
}
