import Foundation
import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    /// Stores the documents of one file's content under `contentHash`.
    ///
    /// `previous` are the stored documents this parse replaces: an older
    /// parse of the same bytes, or the documents of the bytes the file held
    /// before it changed. A document that comes again (see
    /// ``DocumentMatching``) is revised in place (see ``DocumentRevision``);
    /// the others are inserted, and stored documents not matched are removed.
    ///
    /// Everything that touches a full-text index is left to `backlog`.
    static func storeDocuments(
        _ documents: [DocumentInput], contentHash: String, previous: [StoredVersion], now: String, parserVersion: Int,
        extractorVersion: Int, backlog: inout FullTextBacklog, db: Database
    ) throws {
        // A reader repeating a part keeps the first.
        var keptParts: Set<String> = []
        let documents = documents.filter { keptParts.insert($0.document.part).inserted }
        let matches = DocumentMatching.match(
            new: documents.map { .init(part: $0.document.part, textHash: $0.textHash) },
            stored: previous.map { .init(part: $0.matchingPart, textHash: $0.textHash) },
            allowMoves: previous.allSatisfy { $0.contentHash != contentHash })
        var revised: Set<Int64> = []
        for (input, match) in zip(documents, matches) {
            let d = input.document
            if let match {
                let stored = previous[match]
                let revision = DocumentRevision(stored: stored, input: input, contentHash: contentHash, now: now,
                                                parserVersion: parserVersion, extractorVersion: extractorVersion)
                try revision.apply(&backlog, db)
                revised.insert(stored.id)
                continue
            }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO documents (content_hash, part, text_hash, kind, format, title, byline, publisher, published,
                                       url, language, text, metadata, imported_at, parser_version, extractor_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            try insert.execute(arguments: [
                contentHash, d.part, input.textHash, d.kind.rawValue, d.format, d.title, d.byline, d.publisher,
                d.published, d.url, d.language, d.text, Self.json(d.metadata), now, parserVersion, extractorVersion,
            ])
            let id = db.lastInsertedRowID
            backlog.addDocument(id)
            let factIDs = try insertFacts(d.facts, documentID: id, db: db)
            try insertClaims(input.claims, documentID: id, factIDs: factIDs, extractorVersion: extractorVersion,
                             backlog: &backlog, db: db)
        }
        for document in previous where !revised.contains(document.id) {
            backlog.removeDocument(document.id)
        }
    }

    /// The stored documents of one content, as a new parse compares itself with them.
    static func storedDocuments(contentHash: String, _ db: Database) throws -> [StoredVersion] {
        try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, content_hash, part, text_hash, kind, format, title, byline, publisher, published, url, language,
                       metadata, parser_version, extractor_version
                FROM documents WHERE content_hash = ?
                """),
            arguments: [contentHash]
        ).map(StoredVersion.init(row:))
    }

    static func insertFacts(_ facts: [Fact], documentID: Int64, db: Database) throws -> [Int64] {
        guard !facts.isEmpty else { return [] }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO facts (document_id, concept, value, unit, period, entity, has_dimensions, dimensions, decimals, context)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var ids: [Int64] = []
        ids.reserveCapacity(facts.count)
        for fact in facts {
            try insert.execute(arguments: [
                documentID, fact.concept, fact.value, fact.unit, fact.period, fact.entity, fact.hasDimensions,
                fact.dimensions.isEmpty ? nil : Self.json(fact.dimensions), fact.decimals, fact.context,
            ])
            ids.append(db.lastInsertedRowID)
        }
        return ids
    }

    static func insertClaims(
        _ claims: some Sequence<ClaimInput>, documentID: Int64, factIDs: [Int64], extractorVersion: Int,
        backlog: inout FullTextBacklog, db: Database
    ) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO claims (document_id, origin, kind, text, start, "end", value, low, high, currency, unit, date,
                                qualifier, metric, subject, subject_key, attribution, sentence, fact_id, extractor_version,
                                measure, period, direction, as_of, per)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for input in claims {
            let c = input.claim
            try insert.execute(arguments: [
                documentID, c.origin.rawValue, c.kind.rawValue, c.text, c.start, c.end, c.value, c.low, c.high,
                c.currency, c.unit, c.date, c.qualifier.rawValue, c.metric, c.subject, input.subjectKey,
                c.attribution, c.sentence, input.factID(in: factIDs), extractorVersion,
                c.measure, c.period, c.direction?.rawValue, input.asOf, c.per,
            ])
            backlog.addClaim(db.lastInsertedRowID)
        }
    }
}
