import Foundation
import DossierStorage
import DossierModel
internal import GRDB

/// A document's stored claims brought up to a new extraction: claims that
/// come again keep their rows (and their full-text entries), new ones are
/// inserted and dropped ones removed.
///
/// People's corrections are keyed by the claim's span. When a kept claim
/// moved in a changed text, its corrections move with it. A claim whose
/// sentence or reading changed (another figure of its sentence was edited)
/// but whose own figure is still there — the same words, kind and value —
/// is stored anew, and its corrections follow it. A correction whose
/// figure is gone from a changed text is kept but detached (span -1..-1,
/// with when and which figure, for the run's summary):
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
            // Every column, in table order, as `SQLiteStore.claim(_:)` reads them.
            db.cachedStatement(sql: "SELECT * FROM claims WHERE document_id = ? ORDER BY start, id"),
            arguments: [documentID])
        guard !rows.isEmpty else {
            try SQLiteStore.insertClaims(claims, documentID: documentID, factIDs: factIDs, extractorVersion: extractorVersion,
                                   backlog: &backlog, db: db)
            // Corrections kept from an earlier extraction point into the old text.
            if textChanged { try moveCorrections([:], figures: [:], db) }
            return
        }
        let old = rows.map { ClaimKey(SQLiteStore.claim($0), subjectKey: $0[16], factID: $0[19], asOf: $0[24]) }
        let new = claims.map { ClaimKey($0.claim, subjectKey: $0.subjectKey, factID: $0.factID(in: factIDs), asOf: $0.asOf) }
        let matches = RowMatching.inOrder(old: old, new: new)

        var moves: [Span: Span] = [:]
        // Second pass: the same figure whose sentence or reading changed. Its row is replaced
        // (below, as unmatched old and new), and its corrections move to it.
        let leftOld = RowMatching.unmatched(matches, count: rows.count)
        let leftNew = matches.indices.filter { matches[$0] == nil }
        // Only in a changed text (a newer extractor on the same text keeps corrections where they are),
        // and only within the same sentence but for its figures: a figure that moved to another sentence,
        // or whose sentence was reworded, is not taken for the same claim.
        let sameFigure = textChanged
            ? RowMatching.inOrder(old: leftOld.map { FigureKey(SQLiteStore.claim(rows[$0])) },
                                  new: leftNew.map { FigureKey(claims[$0].claim) })
            : Array(repeating: nil, count: leftNew.count)
        for (position, match) in sameFigure.enumerated() {
            guard let match else { continue }
            let row = rows[leftOld[match]]
            let claim = claims[leftNew[position]].claim
            moves[Span(start: row[5], end: row[6])] = Span(start: claim.start, end: claim.end)
        }
        let update = try db.cachedStatement(sql: "UPDATE claims SET start = ?, \"end\" = ?, extractor_version = ? WHERE id = ?")
        for (index, match) in matches.enumerated() {
            let claim = claims[index].claim
            guard let match else {
                try SQLiteStore.insertClaims(CollectionOfOne(claims[index]), documentID: documentID, factIDs: factIDs,
                                       extractorVersion: extractorVersion, backlog: &backlog, db: db)
                continue
            }
            let row = rows[match]
            let was = Span(start: row[5], end: row[6])
            let now = Span(start: claim.start, end: claim.end)
            moves[was] = now
            if was != now || (row[20] as Int) != extractorVersion {
                try update.execute(arguments: [now.start, now.end, extractorVersion, row[0] as Int64])
            }
        }
        for index in leftOld { backlog.removeClaim(rows[index][0]) }
        let figures = Dictionary(rows.map { (Span(start: $0[5], end: $0[6]), $0[4] as String) }) { first, _ in first }
        try moveCorrections(moves, figures: figures, db)
    }

    /// Moves (or detaches) the corrections of this document's claims;
    /// `figures` names the old claims' figures by span, for the record of a detachment.
    private func moveCorrections(_ moves: [Span: Span], figures: [Span: String], _ db: Database) throws {
        let corrections = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, start, \"end\" FROM claim_corrections WHERE document_id = ? AND start >= 0"),
            arguments: [documentID])
        guard !corrections.isEmpty else { return }
        let update = try db.cachedStatement(sql: "UPDATE claim_corrections SET start = ?, \"end\" = ? WHERE id = ?")
        let detach = try db.cachedStatement(sql: """
            UPDATE claim_corrections SET start = -1, "end" = -1, detached_at = ?, detached_figure = ? WHERE id = ?
            """)
        for correction in corrections {
            let span = Span(start: correction["start"], end: correction["end"])
            let id: Int64 = correction["id"]
            if let moved = moves[span] {
                if moved != span { try update.execute(arguments: [moved.start, moved.end, id]) }
            } else if textChanged {
                try detach.execute(arguments: [SQLiteStore.preciseNow(), figures[span], id])
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

/// A claim's figure itself — its words, kind and value — and the shape of its
/// sentence without digits. A claim whose reading changed because another
/// figure of its sentence was edited (`$9 million` → `$11 million`) keeps
/// this key; one whose sentence was reworded, or that moved, does not.
struct FigureKey: Hashable {
    var kind: FigureKind
    var text: String
    var value: Double?
    var low: Double?
    var high: Double?
    var sentenceShape: String

    init(_ claim: Claim) {
        kind = claim.kind
        text = claim.text
        value = claim.value
        low = claim.low
        high = claim.high
        sentenceShape = Self.shape(claim.sentence)
    }

    /// The sentence with every run of digits (and the `.` and `,` inside it) made one `#`:
    /// `$9 million` and `$9.5 million`, `$900,000` and `$1,200,000` have one shape.
    static func shape(_ sentence: String) -> String {
        var out = String.UnicodeScalarView()
        var inNumber = false
        for scalar in sentence.unicodeScalars {
            let digit = ("0"..."9").contains(scalar)
            if digit || (inNumber && (scalar == "." || scalar == ",")) {
                if !inNumber { out.append("#") }
                inNumber = true
            } else {
                inNumber = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Everything stored of a claim but its row, document, offsets and extractor
/// version: equal keys are the same claim, wherever it now sits in the text.
struct ClaimKey: Hashable {
    /// The claim with its offsets set to zero.
    var claim: Claim
    var subjectKey: String?
    var factID: Int64?
    var asOf: String?

    init(_ claim: Claim, subjectKey: String?, factID: Int64?, asOf: String?) {
        var claim = claim
        claim.start = 0
        claim.end = 0
        self.claim = claim
        self.subjectKey = subjectKey
        self.factID = factID
        self.asOf = asOf
    }
}
