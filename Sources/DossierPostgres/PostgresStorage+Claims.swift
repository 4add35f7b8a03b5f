import Foundation
public import DossierStorage
import DossierModel
import PostgresNIO

extension PostgresStorage {
    /// Stored claims matching a query, in the order `ClaimQuery.order` names (oldest publication
    /// first by default), the latest correction of each claim's span applied.
    public func claims(_ query: ClaimQuery) async throws -> [StoredClaim] {
        try await connected { connection in
            var sql = SQL("""
                SELECT c.id, c.document_id, c.origin, c.kind, c.text, c.start, c."end", c.value, c.low, c.high, c.currency,
                       c.unit, c.date, c.qualifier, c.metric, c.subject, c.attribution, c.sentence, c.measure, c.period,
                       c.direction, c.as_of, c.per,
                       d.title AS d_title, d.publisher AS d_publisher, d.published AS d_published, d.url AS d_url,
                       d.kind AS d_kind, d.part AS d_part, d.text_hash AS d_text_hash, d.format AS d_format,
                       d.metadata->>'accession_number' AS d_accession, d.metadata->>'page_starts' AS d_page_starts,
                       (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS d_path,
                       k.action AS k_action, k.reason AS k_reason, k.value AS k_value, k.low AS k_low, k.high AS k_high,
                       k.metric AS k_metric, k.subject AS k_subject, k.created_at AS k_created_at, k.author AS k_author
                FROM claims c
                JOIN documents d ON d.id = c.document_id
                LEFT JOIN LATERAL (
                    SELECT * FROM claim_corrections k2
                    WHERE k2.document_id = c.document_id AND k2.start = c.start AND k2."end" = c."end"
                      AND (k2.kind = c.kind OR (k2.kind = 'count' AND c.kind = 'quantity'))
                    ORDER BY k2.id DESC LIMIT 1) k ON TRUE
                WHERE TRUE
                """)
            if let text = query.text {
                guard let expression = SearchSyntax.parse(text) ?? SearchSyntax.literal(text) else {
                    throw SearchError("the query \"\(text)\" has no words to search for")
                }
                let q = TSQuery().render(expression, into: &sql)
                sql += " AND c.sentence_search @@ \(q)"
            }
            if let kind = query.kind { sql += " AND c.kind = \(sql.bind(kind.rawValue))" }
            if let metric = query.metric { sql += " AND coalesce(k.metric, c.metric) = \(sql.bind(metric))" }
            if let subject = query.subject {
                let keys = [query.subjectKey ?? subject.lowercased()] + query.subjectAliases
                let like = "%" + Self.escapeLike(subject) + "%"
                if query.wholeDocuments {
                    sql += """
                         AND c.document_id IN (
                            SELECT document_id FROM claims WHERE subject_key = ANY(\(sql.bind(keys)))
                            UNION SELECT document_id FROM claim_corrections WHERE subject ILIKE \(sql.bind(like)))
                        """
                } else {
                    sql += " AND (c.subject_key = ANY(\(sql.bind(keys))) OR coalesce(k.subject, c.subject) ILIKE \(sql.bind(like)))"
                }
            }
            if let near = query.documentsWithValue {
                let low = sql.bind(near.lowerBound), high = sql.bind(near.upperBound)
                sql += """
                     AND c.document_id IN (
                        SELECT document_id FROM claims WHERE value BETWEEN \(low) AND \(high)
                        UNION SELECT document_id FROM claims WHERE value IS NULL AND low <= \(high) AND high >= \(low))
                    """
            }
            if let minimum = query.minimum { sql += " AND coalesce(k.value, k.high, c.value, c.high) >= \(sql.bind(minimum))" }
            if let maximum = query.maximum { sql += " AND coalesce(k.value, k.low, c.value, c.low) <= \(sql.bind(maximum))" }
            if let since = query.since { sql += " AND d.published >= \(sql.bind(since))" }
            if let until = query.until { sql += " AND substr(d.published, 1, \(sql.bind(until.count))::int) <= \(sql.bind(until))" }
            if let document = query.document { sql += " AND c.document_id = \(sql.bind(document))" }
            if let origin = query.origin { sql += " AND c.origin = \(sql.bind(origin.rawValue))" }
            if let measure = query.measure {
                sql += " AND (' ' || c.measure || ' ') LIKE \(sql.bind("% " + Self.escapeLike(measure.lowercased()) + " %"))"
            }
            if let period = query.period?.uppercased() {
                // Byte order ("C"), as SQLite compares: in a language's collation punctuation may sort anywhere.
                sql += " AND c.period COLLATE \"C\" >= \(sql.bind(period)) AND c.period COLLATE \"C\" < \(sql.bind(period + "~"))"
            }
            if let direction = query.direction { sql += " AND c.direction = \(sql.bind(direction.rawValue))" }
            if !query.includeRejected { sql += " AND (k.action IS NULL OR k.action <> 'reject')" }
            sql += " ORDER BY " + Self.order(query.order)
            if query.limit < Int.max { sql += " LIMIT \(sql.bind(query.limit))" }
            if query.offset > 0 { sql += " OFFSET \(sql.bind(query.offset))" }
            var out: [StoredClaim] = []
            for try await row in try await connection.query(sql.query, logger: logger) {
                out.append(try Self.storedClaim(row.makeRandomAccess()))
            }
            return out
        }
    }

    /// The ORDER BY terms of each order; the same as the SQLite backend's, with SQLite's NULL
    /// placement (NULL first ascending) and its case-insensitive subject order.
    static func order(_ order: ClaimOrder) -> String {
        let tail = "c.document_id, c.start, c.id"
        switch order {
        case .published: return "d.published IS NULL, d.published COLLATE \"C\", \(tail)"
        case .newest: return "d.published IS NULL, d.published COLLATE \"C\" DESC, \(tail)"
        case .value: return "coalesce(k.value, k.low, c.value, c.low) IS NULL, coalesce(k.value, k.low, c.value, c.low), \(tail)"
        case .largest: return "coalesce(k.value, k.high, c.value, c.high) IS NULL, coalesce(k.value, k.high, c.value, c.high) DESC, \(tail)"
        case .subject: return "coalesce(k.subject, c.subject) IS NULL, lower(coalesce(k.subject, c.subject)) COLLATE \"C\", \(tail)"
        }
    }

    static func claim(_ row: PostgresRandomAccessRow) throws -> Claim {
        Claim(
            kind: FigureKind(rawValue: try row.must("kind")) ?? .count,
            text: try row.must("text"), start: Int(try row.must("start", as: Int32.self)), end: Int(try row.must("end", as: Int32.self)),
            value: try row.get("value"), low: try row.get("low"), high: try row.get("high"),
            currency: try row.get("currency"), unit: try row.get("unit"), date: try row.get("date"),
            qualifier: Qualifier(rawValue: try row.must("qualifier")) ?? .exact,
            metric: try row.get("metric"), subject: try row.get("subject"), attribution: try row.get("attribution"),
            measure: try row.get("measure"), period: try row.get("period"),
            direction: (try row.get("direction", as: String.self)).flatMap(Direction.init(rawValue:)), per: try row.get("per"),
            sentence: try row.must("sentence"), origin: ClaimOrigin(rawValue: try row.must("origin")) ?? .prose
        )
    }

    static func storedClaim(_ row: PostgresRandomAccessRow) throws -> StoredClaim {
        var claim = try Self.claim(row)
        var correction: Correction?
        if let action = try row.get("k_action", as: String.self) {
            let value: Double? = try row.get("k_value"), low: Double? = try row.get("k_low"), high: Double? = try row.get("k_high")
            let metric: String? = try row.get("k_metric"), subject: String? = try row.get("k_subject")
            correction = Correction(action: CorrectionAction(rawValue: action) ?? .reject, reason: try row.get("k_reason"), value: value,
                                    metric: metric, subject: subject, createdAt: try row.must("k_created_at"), author: try row.get("k_author"))
            CorrectionRules.apply(CorrectionAction(rawValue: action) ?? .reject, value: value, low: low, high: high,
                                  metric: metric, subject: subject, to: &claim)
        }
        let path: String? = try row.get("d_path")
        let part: String = try row.must("d_part")
        let document: Int64 = try row.must("document_id")
        let source = ClaimSource(
            document: document, title: try row.get("d_title"), publisher: try row.get("d_publisher"),
            published: try row.get("d_published"), url: try row.get("d_url"),
            location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" }, kind: DocumentKind(rawValue: try row.must("d_kind")) ?? .text,
            textHash: try row.must("d_text_hash"), format: try row.get("d_format"), accession: try row.get("d_accession"),
            page: PageStarts.page(at: claim.start, in: try row.get("d_page_starts"))
        )
        return StoredClaim(id: try row.must("id"), document: document, claim: claim, correction: correction, source: source,
                           asOf: try row.get("as_of"))
    }

    public func claim(id: Int64) async throws -> StoredClaim? {
        var find = SQL()
        find += "SELECT document_id FROM claims WHERE id = \(find.bind(id))"
        let document = try await connected { connection in try await rows(find, on: connection).first?.must("document_id", as: Int64.self) }
        guard let document else { return nil }
        var query = ClaimQuery()
        query.includeRejected = true
        query.document = document
        query.limit = Int.max
        return try await claims(query).first { $0.id == id }
    }

    public func reject(claim id: Int64, reason: String?, author: String?) async throws -> Bool {
        try await record(claim: id, action: .reject, CorrectionInput(reason: reason, author: author))
    }

    public func correct(claim id: Int64, _ correction: CorrectionInput) async throws -> Bool {
        guard !correction.isEmpty else { throw StorageError("a correction needs a value, a range, a metric or a subject") }
        if (correction.low == nil) != (correction.high == nil) { throw StorageError("a corrected range needs both ends") }
        return try await record(claim: id, action: .correct, correction)
    }

    private func record(claim id: Int64, action: CorrectionAction, _ c: CorrectionInput) async throws -> Bool {
        try await connected { connection in
            var sql = SQL()
            sql += """
                WITH added AS (
                    INSERT INTO claim_corrections (document_id, start, "end", kind, action, value, low, high, metric, subject,
                                                   reason, created_at, author)
                    SELECT document_id, start, "end", kind, \(sql.bind(action.rawValue)), \(sql.bind(c.value)), \(sql.bind(c.low)),
                           \(sql.bind(c.high)), \(sql.bind(c.metric)), \(sql.bind(c.subject)), \(sql.bind(c.reason)),
                           \(sql.bind(Self.now())), \(sql.bind(c.author))
                    FROM claims WHERE id = \(sql.bind(id))
                    RETURNING 1)
                SELECT count(*) AS n FROM added
                """
            return try await rows(sql, on: connection).first?.must("n", as: Int64.self) == 1
        }
    }

    public func detachedCorrections(since: String) async throws -> [DetachedCorrection] {
        try await connected { connection in
            var sql = SQL()
            sql += """
                SELECT k.document_id, k.detached_figure, k.action, k.author,
                       (SELECT f.path FROM files f JOIN documents d ON d.content_hash = f.content_hash
                        WHERE d.id = k.document_id AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS path,
                       (SELECT part FROM documents d WHERE d.id = k.document_id) AS part
                FROM claim_corrections k WHERE k.detached_at >= \(sql.bind(since)) ORDER BY k.id
                """
            return try await rows(sql, on: connection).map { row in
                let path: String? = try row.get("path")
                let part = try row.get("part", as: String.self) ?? ""
                return DetachedCorrection(document: try row.must("document_id"), location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                                          figure: try row.get("detached_figure"),
                                          action: CorrectionAction(rawValue: try row.must("action")) ?? .reject, author: try row.get("author"))
            }
        }
    }

    public func aliases() async throws -> [SubjectAlias] {
        try await connected { connection in
            try await rows(SQL("SELECT alias_key, alias, subject FROM aliases ORDER BY alias_key COLLATE \"C\""), on: connection).map {
                SubjectAlias(key: try $0.must("alias_key"), alias: try $0.must("alias"), subject: try $0.must("subject"))
            }
        }
    }

    public func addAlias(_ alias: SubjectAlias) async throws {
        try await connected { connection in
            var sql = SQL()
            sql += """
                INSERT INTO aliases (alias_key, alias, subject) VALUES (\(sql.bind(alias.key)), \(sql.bind(alias.alias)), \(sql.bind(alias.subject)))
                ON CONFLICT (alias_key) DO UPDATE SET alias = excluded.alias, subject = excluded.subject
                """
            try await execute(sql, on: connection)
        }
    }

    public func removeAlias(key: String) async throws -> Bool {
        try await connected { connection in
            var sql = SQL()
            sql += "WITH gone AS (DELETE FROM aliases WHERE alias_key = \(sql.bind(key)) RETURNING 1) SELECT count(*) AS n FROM gone"
            return try await rows(sql, on: connection).first?.must("n", as: Int64.self) ?? 0 > 0
        }
    }

    public func metrics() async throws -> [String] {
        try await connected { connection in
            try await rows(SQL("SELECT metric FROM claims WHERE metric IS NOT NULL GROUP BY metric ORDER BY metric COLLATE \"C\""), on: connection)
                .map { try $0.must("metric") }
        }
    }

    public func subjects(startingLike key: String, limit: Int) async throws -> [String] {
        let prefix = String(key.prefix(2))
        guard !prefix.isEmpty else { return [] }
        return try await connected { connection in
            var sql = SQL()
            sql += """
                SELECT min(subject COLLATE "C") AS subject FROM claims WHERE starts_with(subject_key, \(sql.bind(prefix)))
                GROUP BY subject_key LIMIT \(sql.bind(limit))
                """
            return try await rows(sql, on: connection).compactMap { try $0.get("subject") }
        }
    }
}
