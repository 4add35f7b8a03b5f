import Foundation
import DossierModel
internal import GRDB

/// A document's stored claims brought up to a new extraction: claims that
/// come again keep their rows (and their full-text entries), new ones are
/// inserted and dropped ones removed.
///
/// People's corrections are keyed by the claim's span. When a kept claim
/// moved in a changed text, its corrections move with it. A correction whose
/// claim is gone from a changed text is kept but detached (span -1..-1):
/// its record stays, and it can never apply to another claim that happens to
/// sit at the old offsets. When the text did not change (a newer extractor),
/// corrections stay where they are, as a later extractor may find the claim
/// again.
struct ClaimRevision {
    let documentID: Int64
    let claims: [ClaimInput]
    let factIDs: [Int64]
    let extractorVersion: Int
    let textChanged: Bool

    func apply(_ backlog: inout FullTextBacklog, _ db: Database) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, origin, kind, text, start, "end", value, low, high, currency, unit, date, qualifier, metric,
                       subject, subject_key, attribution, sentence, fact_id, extractor_version
                FROM claims WHERE document_id = ? ORDER BY start, id
                """),
            arguments: [documentID])
        guard !rows.isEmpty else {
            try Store.insertClaims(claims, documentID: documentID, factIDs: factIDs, extractorVersion: extractorVersion,
                                   backlog: &backlog, db: db)
            // Corrections kept from an earlier extraction point into the old text.
            if textChanged { try moveCorrections([:], db) }
            return
        }
        let old = rows.map(ClaimKey.init(row:))
        let new = claims.map { ClaimKey(input: $0, factID: $0.factID(in: factIDs)) }
        let matches = RowMatching.inOrder(old: old, new: new)

        var moves: [Span: Span] = [:]
        let update = try db.cachedStatement(sql: "UPDATE claims SET start = ?, \"end\" = ?, extractor_version = ? WHERE id = ?")
        for (index, match) in matches.enumerated() {
            let claim = claims[index].claim
            guard let match else {
                try Store.insertClaims(CollectionOfOne(claims[index]), documentID: documentID, factIDs: factIDs,
                                       extractorVersion: extractorVersion, backlog: &backlog, db: db)
                continue
            }
            let row = rows[match]
            let was = Span(start: row[4], end: row[5])
            let now = Span(start: claim.start, end: claim.end)
            moves[was] = now
            if was != now || (row[19] as Int) != extractorVersion {
                try update.execute(arguments: [now.start, now.end, extractorVersion, row[0] as Int64])
            }
        }
        for index in RowMatching.unmatched(matches, count: rows.count) { backlog.removeClaim(rows[index][0]) }
        try moveCorrections(moves, db)
    }

    /// Moves (or detaches) the corrections of this document's claims.
    private func moveCorrections(_ moves: [Span: Span], _ db: Database) throws {
        let corrections = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, start, \"end\" FROM claim_corrections WHERE document_id = ? AND start >= 0"),
            arguments: [documentID])
        guard !corrections.isEmpty else { return }
        let update = try db.cachedStatement(sql: "UPDATE claim_corrections SET start = ?, \"end\" = ? WHERE id = ?")
        for correction in corrections {
            let span = Span(start: correction["start"], end: correction["end"])
            let id: Int64 = correction["id"]
            if let moved = moves[span] {
                if moved != span { try update.execute(arguments: [moved.start, moved.end, id]) }
            } else if textChanged {
                try update.execute(arguments: [Span.detached.start, Span.detached.end, id])
            }
        }
    }

    struct Span: Hashable {
        var start: Int
        var end: Int
        /// Where a correction goes when its claim left the text.
        static let detached = Span(start: -1, end: -1)
    }
}

/// Everything stored of a claim but its row, document, offsets and extractor
/// version: equal keys are the same claim, wherever it now sits in the text.
struct ClaimKey: Hashable {
    var origin: String
    var kind: String
    var text: String
    var value: Double?
    var low: Double?
    var high: Double?
    var currency: String?
    var unit: String?
    var date: String?
    var qualifier: String
    var metric: String?
    var subject: String?
    var subjectKey: String?
    var attribution: String?
    var sentence: String
    var factID: Int64?

    /// From a row of ``ClaimRevision``'s query, read by position: decoding
    /// by column name was a third of the revision's time.
    init(row: Row) {
        origin = row[1]
        kind = row[2]
        text = row[3]
        value = row[6]
        low = row[7]
        high = row[8]
        currency = row[9]
        unit = row[10]
        date = row[11]
        qualifier = row[12]
        metric = row[13]
        subject = row[14]
        subjectKey = row[15]
        attribution = row[16]
        sentence = row[17]
        factID = row[18]
    }

    init(input: ClaimInput, factID: Int64?) {
        let c = input.claim
        origin = c.origin.rawValue
        kind = c.kind.rawValue
        text = c.text
        value = c.value
        low = c.low
        high = c.high
        currency = c.currency
        unit = c.unit
        date = c.date
        qualifier = c.qualifier.rawValue
        metric = c.metric
        subject = c.subject
        subjectKey = input.subjectKey
        attribution = c.attribution
        sentence = c.sentence
        self.factID = factID
    }
}
