import Foundation
import DossierStorage
import DossierModel
import PostgresNIO

/// A file's documents stored: new ones inserted, stored ones of the same file revised in place
/// (keeping their ids, so people's corrections stay attached), the rest removed. The decisions
/// are the SQLite backend's: `DocumentMatching`, `RowMatching` and `ClaimRevisionPlan`.
struct DocumentWrite {
    let file: FileWrite

    func store(_ documents: [DocumentInput], contentHash: String, previous: [StoredVersion]) async throws {
        var keptParts: Set<String> = []
        let documents = documents.filter { keptParts.insert($0.document.part).inserted }
        let matches = DocumentMatching.match(
            new: documents.map { .init(part: $0.document.part, textHash: $0.textHash) },
            stored: previous.map { .init(part: $0.matchingPart, textHash: $0.textHash) },
            allowMoves: previous.allSatisfy { $0.contentHash != contentHash })
        var revised: Set<Int64> = []
        for (input, match) in zip(documents, matches) {
            if let match {
                try await revise(previous[match], to: input, contentHash: contentHash)
                revised.insert(previous[match].id)
            } else {
                try await insert(input, contentHash: contentHash)
            }
        }
        let gone = previous.map(\.id).filter { !revised.contains($0) }
        if !gone.isEmpty {
            var sql = SQL()
            sql += "DELETE FROM documents WHERE id = ANY(\(sql.bind(gone)))"
            try await file.execute(sql)
        }
    }

    private func insert(_ input: DocumentInput, contentHash: String) async throws {
        let d = input.document
        var sql = SQL()
        sql += """
            INSERT INTO documents (content_hash, part, text_hash, kind, format, title, byline, publisher, published, url, language,
                                   text, metadata, imported_at, parser_version, extractor_version)
            VALUES (\(sql.bind(contentHash)), \(sql.bind(d.part)), \(sql.bind(input.textHash)), \(sql.bind(d.kind.rawValue)),
                    \(sql.bind(d.format)), \(sql.bind(d.title)), \(sql.bind(d.byline)), \(sql.bind(d.publisher)), \(sql.bind(d.published)),
                    \(sql.bind(d.url)), \(sql.bind(d.language)), \(sql.bind(d.text)), \(sql.bind(PostgresStorage.json(d.metadata)))::jsonb,
                    \(sql.bind(file.now)), \(sql.bind(file.versions.parser)), \(sql.bind(file.versions.extractor)))
            RETURNING id
            """
        let id: Int64 = try await file.run(sql).first!.must("id")
        try await index(id, title: d.title, text: d.text)
        let factIDs = try await insertFacts(d.facts, documentID: id)
        try await insertClaims(input.claims, documentID: id, factIDs: factIDs)
    }

    private func index(_ id: Int64, title: String?, text: String) async throws {
        try await DocumentIndex.index(id, title: title, text: text, on: file.connection, storage: file.storage)
    }

    private func revise(_ stored: StoredVersion, to input: DocumentInput, contentHash: String) async throws {
        let d = input.document
        let textChanged = stored.textHash != input.textHash || stored.title != d.title
        var sql = SQL()
        sql += """
            UPDATE documents SET content_hash = \(sql.bind(contentHash)), part = \(sql.bind(d.part)), text_hash = \(sql.bind(input.textHash)),
                kind = \(sql.bind(d.kind.rawValue)), format = \(sql.bind(d.format)), byline = \(sql.bind(d.byline)),
                publisher = \(sql.bind(d.publisher)), published = \(sql.bind(d.published)), url = \(sql.bind(d.url)),
                language = \(sql.bind(d.language)), metadata = \(sql.bind(PostgresStorage.json(d.metadata)))::jsonb,
                parser_version = \(sql.bind(file.versions.parser)), extractor_version = \(sql.bind(file.versions.extractor))
            """
        if textChanged {
            sql += ", title = \(sql.bind(d.title)), text = \(sql.bind(d.text)), imported_at = \(sql.bind(file.now))"
        }
        sql += " WHERE id = \(sql.bind(stored.id))"
        try await file.execute(sql)
        if textChanged { try await index(stored.id, title: d.title, text: d.text) }
        let (factIDs, droppedFacts) = try await reviseFacts(stored.id, to: d.facts)
        try await reviseClaims(stored.id, to: input.claims, factIDs: factIDs, textChanged: textChanged)
        // Only now: deleting a fact deletes the claims made from it, which the claims' revision
        // had to see first (to move their corrections to the claims made anew).
        if !droppedFacts.isEmpty {
            var delete = SQL()
            delete += "DELETE FROM facts WHERE id = ANY(\(delete.bind(droppedFacts)))"
            try await file.execute(delete)
        }
    }

    /// Keeps the stored facts that come again and inserts new ones. Returns the id of each new fact,
    /// in order, and the ids of the stored facts that did not come again.
    private func reviseFacts(_ documentID: Int64, to facts: [Fact]) async throws -> (kept: [Int64], dropped: [Int64]) {
        var sql = SQL()
        sql += "SELECT * FROM facts WHERE document_id = \(sql.bind(documentID)) ORDER BY id"
        let rows = try await file.run(sql)
        guard !rows.isEmpty else { return (try await insertFacts(facts, documentID: documentID), []) }
        let matches = RowMatching.inOrder(old: try rows.map(PostgresStorage.fact), new: facts)
        var ids: [Int64] = []
        for (index, match) in matches.enumerated() {
            if let match { ids.append(try rows[match].must("id")) } else {
                ids += try await insertFacts([facts[index]], documentID: documentID)
            }
        }
        let dropped = try RowMatching.unmatched(matches, count: rows.count).map { try rows[$0].must("id", as: Int64.self) }
        return (ids, dropped)
    }

    /// Rows per INSERT: a statement holds at most 65,535 bound values.
    static let rowsPerStatement = 1000

    /// Inserts facts in a few statements, their ids drawn from the sequence first so they come
    /// back in the facts' order (the claims made from them point at them by index).
    private func insertFacts(_ facts: [Fact], documentID: Int64) async throws -> [Int64] {
        guard !facts.isEmpty else { return [] }
        var ids: [Int64] = []
        ids.reserveCapacity(facts.count)
        var draw = SQL()
        draw += "SELECT nextval(pg_get_serial_sequence('facts', 'id')) AS id FROM generate_series(1, \(draw.bind(facts.count)))"
        for row in try await file.run(draw) { ids.append(try row.must("id")) }
        for start in stride(from: 0, to: facts.count, by: Self.rowsPerStatement) {
            var sql = SQL("""
                INSERT INTO facts (id, document_id, concept, value, unit, period, entity, has_dimensions, dimensions, decimals, context)
                VALUES
                """)
            var rows: [String] = []
            for index in start..<min(facts.count, start + Self.rowsPerStatement) {
                let fact = facts[index]
                rows.append("""
                    (\(sql.bind(ids[index])), \(sql.bind(documentID)), \(sql.bind(fact.concept)), \(sql.bind(fact.value)), \(sql.bind(fact.unit)),
                     \(sql.bind(fact.period)), \(sql.bind(fact.entity)), \(sql.bind(fact.hasDimensions)),
                     \(sql.bind(fact.dimensions.isEmpty ? nil : PostgresStorage.json(fact.dimensions))), \(sql.bind(fact.decimals)),
                     \(sql.bind(fact.context)))
                    """)
            }
            sql += rows.joined(separator: ",\n")
            try await file.execute(sql)
        }
        return ids
    }

    private func insertClaim(_ input: ClaimInput, documentID: Int64, factIDs: [Int64]) async throws {
        try await insertClaims([input], documentID: documentID, factIDs: factIDs)
    }

    /// Inserts claims a thousand to a statement: one round trip for a typical document.
    private func insertClaims(_ claims: [ClaimInput], documentID: Int64, factIDs: [Int64]) async throws {
        for start in stride(from: 0, to: claims.count, by: Self.rowsPerStatement) {
            var sql = SQL("""
                INSERT INTO claims (document_id, origin, kind, text, start, "end", value, low, high, currency, unit, date, qualifier,
                                    metric, subject, subject_key, attribution, sentence, fact_id, extractor_version,
                                    measure, period, direction, as_of, per)
                VALUES
                """)
            var rows: [String] = []
            for input in claims[start..<min(claims.count, start + Self.rowsPerStatement)] {
                let c = input.claim
                rows.append("""
                    (\(sql.bind(documentID)), \(sql.bind(c.origin.rawValue)), \(sql.bind(c.kind.rawValue)), \(sql.bind(c.text)),
                     \(sql.bind(c.start)), \(sql.bind(c.end)), \(sql.bind(c.value)), \(sql.bind(c.low)), \(sql.bind(c.high)),
                     \(sql.bind(c.currency)), \(sql.bind(c.unit)), \(sql.bind(c.date)), \(sql.bind(c.qualifier.rawValue)),
                     \(sql.bind(c.metric)), \(sql.bind(c.subject)), \(sql.bind(input.subjectKey)), \(sql.bind(c.attribution)),
                     \(sql.bind(c.sentence)), \(sql.bind(input.factID(in: factIDs))), \(sql.bind(file.versions.extractor)),
                     \(sql.bind(c.measure)), \(sql.bind(c.period)), \(sql.bind(c.direction?.rawValue)), \(sql.bind(input.asOf)),
                     \(sql.bind(c.per)))
                    """)
            }
            sql += rows.joined(separator: ",\n")
            try await file.execute(sql)
        }
    }

    private func reviseClaims(_ documentID: Int64, to claims: [ClaimInput], factIDs: [Int64], textChanged: Bool) async throws {
        var sql = SQL()
        sql += "SELECT * FROM claims WHERE document_id = \(sql.bind(documentID)) ORDER BY start, id"
        let stored = try await file.run(sql).map { row in
            ClaimRevisionPlan.Stored(id: try row.must("id"), claim: try PostgresStorage.claim(row), subjectKey: try row.get("subject_key"),
                                     factID: try row.get("fact_id"), asOf: try row.get("as_of"),
                                     extractorVersion: Int(try row.must("extractor_version", as: Int32.self)))
        }
        let plan = ClaimRevisionPlan(stored: stored, new: claims, factIDs: factIDs, extractorVersion: file.versions.extractor,
                                     textChanged: textChanged)
        for step in plan.steps {
            switch step {
            case .insert(let index):
                try await insertClaim(claims[index], documentID: documentID, factIDs: factIDs)
            case .update(let id, let span):
                var update = SQL()
                update += """
                    UPDATE claims SET start = \(update.bind(span.start)), "end" = \(update.bind(span.end)),
                        extractor_version = \(update.bind(file.versions.extractor)) WHERE id = \(update.bind(id))
                    """
                try await file.execute(update)
            case .keep:
                break
            }
        }
        if !plan.removed.isEmpty {
            var delete = SQL()
            delete += "DELETE FROM claims WHERE id = ANY(\(delete.bind(plan.removed)))"
            try await file.execute(delete)
        }
        var corrections = SQL()
        corrections += "SELECT id, start, \"end\" FROM claim_corrections WHERE document_id = \(corrections.bind(documentID)) AND start >= 0"
        for row in try await file.run(corrections) {
            let id: Int64 = try row.must("id")
            let span = ClaimRevisionPlan.Span(start: Int(try row.must("start", as: Int32.self)), end: Int(try row.must("end", as: Int32.self)))
            var change = SQL()
            switch plan.fate(of: span) {
            case .stays: continue
            case .moves(let to):
                change += "UPDATE claim_corrections SET start = \(change.bind(to.start)), \"end\" = \(change.bind(to.end)) WHERE id = \(change.bind(id))"
            case .detaches(let figure):
                change += """
                    UPDATE claim_corrections SET start = -1, "end" = -1, detached_at = \(change.bind(PostgresStorage.preciseNow())),
                        detached_figure = \(change.bind(figure)) WHERE id = \(change.bind(id))
                    """
            }
            try await file.execute(change)
        }
    }
}
