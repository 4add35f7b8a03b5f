import Foundation
import DossierStorage
import DossierModel
internal import GRDB

/// A stored document brought up to a new parse of its file, in place.
///
/// The document keeps its id, so people's corrections stay attached. Only
/// what differs is written: changed columns of the row, the text (and its
/// full-text entry) only when it changed, and the facts and claims that were
/// added or dropped. Facts and claims that come again keep their rows; a
/// claim that merely moved in the text has its offsets updated, and the
/// corrections made on it move along.
///
/// This is what keeps a re-index proportional to what changed: deleting and
/// re-inserting every claim of a corrected article touched a page of each of
/// the claims' secondary indexes per claim.
struct DocumentRevision {
    let stored: StoredVersion
    let input: DocumentInput
    let contentHash: String
    let now: String
    let parserVersion: Int
    let extractorVersion: Int

    /// True when the new parse has another title or main text.
    var textChanged: Bool { stored.textHash != input.textHash || stored.title != input.document.title }

    func apply(_ backlog: inout FullTextBacklog, _ db: Database) throws {
        try updateRow(&backlog, db)
        let factIDs = try reviseFacts(&backlog, db)
        let claims = ClaimRevision(documentID: stored.id, claims: input.claims, factIDs: factIDs,
                                   extractorVersion: extractorVersion, textChanged: textChanged)
        try claims.apply(&backlog, db)
    }

    /// Writes the columns that differ. Columns left out of the statement keep
    /// their index entries untouched.
    private func updateRow(_ backlog: inout FullTextBacklog, _ db: Database) throws {
        let d = input.document
        var columns: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        func set<T: DatabaseValueConvertible & Equatable>(_ column: String, _ new: T?, _ old: T?) {
            guard new != old else { return }
            columns.append(column)
            values.append(new)
        }
        set("content_hash", contentHash, stored.contentHash)
        set("part", d.part, stored.part)
        set("text_hash", input.textHash, stored.textHash)
        set("kind", d.kind.rawValue, stored.kind)
        set("format", d.format, stored.format)
        set("byline", d.byline, stored.byline)
        set("publisher", d.publisher, stored.publisher)
        set("published", d.published, stored.published)
        set("url", d.url, stored.url)
        set("language", d.language, stored.language)
        set("metadata", SQLiteStore.json(d.metadata), stored.metadata)
        set("parser_version", parserVersion, stored.parserVersion)
        set("extractor_version", extractorVersion, stored.extractorVersion)
        if textChanged {
            // A new version of the document: the title and text are written
            // at the end of the batch, after the old entry left the index.
            set("imported_at", now, nil)
            backlog.retext(stored.id, title: d.title, text: d.text)
        }
        guard !columns.isEmpty else { return }
        let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
        try db.cachedStatement(sql: "UPDATE documents SET \(assignments) WHERE id = ?")
            .execute(arguments: StatementArguments(values + [stored.id]))
    }

    /// Keeps the stored facts that come again, inserts the new ones and
    /// leaves the dropped ones to `backlog`. Returns the id of each of the
    /// new parse's facts, in order.
    private func reviseFacts(_ backlog: inout FullTextBacklog, _ db: Database) throws -> [Int64] {
        let facts = input.document.facts
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM facts WHERE document_id = ? ORDER BY id"),
                                    arguments: [stored.id])
        guard !rows.isEmpty else { return try SQLiteStore.insertFacts(facts, documentID: stored.id, db: db) }
        let matches = RowMatching.inOrder(old: rows.map(SQLiteStore.fact), new: facts)
        var ids: [Int64] = []
        ids.reserveCapacity(facts.count)
        for (index, match) in matches.enumerated() {
            if let match {
                ids.append(rows[match]["id"])
            } else {
                ids.append(contentsOf: try SQLiteStore.insertFacts([facts[index]], documentID: stored.id, db: db))
            }
        }
        for index in RowMatching.unmatched(matches, count: rows.count) { backlog.removeFact(rows[index]["id"]) }
        return ids
    }
}
