import Foundation
public import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    /// Stored claims matching a query, in order of publication (oldest first,
    /// undated last), then by position in the document: the order a
    /// fact-checker reads them in.
    public func claims(_ query: ClaimQuery) throws -> [StoredClaim] {
        try writer.read { db in
            var sql = """
                SELECT c.*, d.title AS d_title, d.publisher AS d_publisher, d.published AS d_published, d.url AS d_url,
                       d.kind AS d_kind, d.part AS d_part, d.text_hash AS d_text_hash, d.format AS d_format,
                       json_extract(d.metadata, '$.accession_number') AS d_accession,
                       json_extract(d.metadata, '$.page_starts') AS d_page_starts,
                       (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok'
                        ORDER BY f.id LIMIT 1) AS d_path,
                       k.action AS k_action, k.reason AS k_reason, k.value AS k_value, k.low AS k_low, k.high AS k_high,
                       k.metric AS k_metric, k.subject AS k_subject, k.created_at AS k_created_at, k.author AS k_author
                FROM claims c
                JOIN documents d ON d.id = c.document_id
                LEFT JOIN claim_corrections k ON k.id = (
                    SELECT id FROM claim_corrections k2
                    WHERE k2.document_id = c.document_id AND k2.start = c.start AND k2."end" = c."end" AND (k2.kind = c.kind OR (k2.kind = 'count' AND c.kind = 'quantity'))
                    ORDER BY k2.id DESC LIMIT 1)
                WHERE 1
                """
            var arguments = StatementArguments()
            if let text = query.text {
                let (pattern, _) = try Self.pattern(for: SearchQuery(text: text), db: db, table: "claims_fts")
                sql += " AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
                arguments += [pattern]
            }
            if let kind = query.kind { sql += " AND c.kind = ?"; arguments += [kind.rawValue] }
            if let metric = query.metric { sql += " AND coalesce(k.metric, c.metric) = ?"; arguments += [metric] }
            if let subject = query.subject {
                let keys = [query.subjectKey ?? subject.lowercased()] + query.subjectAliases
                let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
                if query.wholeDocuments {
                    // Documents with a claim about the subject by its key (through the index: no scan of
                    // every sentence), or as a person corrected it.
                    sql += """
                         AND c.document_id IN (
                            SELECT document_id FROM claims WHERE subject_key IN (\(marks))
                            UNION SELECT document_id FROM claim_corrections WHERE subject LIKE ? ESCAPE '\\')
                        """
                    arguments += StatementArguments(keys)
                    arguments += ["%" + Self.escapeLike(subject) + "%"]
                } else {
                    sql += " AND (c.subject_key IN (\(marks)) OR coalesce(k.subject, c.subject) LIKE ? ESCAPE '\\')"
                    arguments += StatementArguments(keys)
                    arguments += ["%" + Self.escapeLike(subject) + "%"]
                }
            }
            if let near = query.documentsWithValue {
                sql += """
                     AND c.document_id IN (
                        SELECT document_id FROM claims WHERE value BETWEEN ? AND ?
                        UNION SELECT document_id FROM claims WHERE value IS NULL AND low <= ? AND high >= ?)
                    """
                arguments += [near.lowerBound, near.upperBound, near.upperBound, near.lowerBound]
            }
            if let minimum = query.minimum {
                sql += " AND coalesce(k.value, k.high, c.value, c.high) >= ?"
                arguments += [minimum]
            }
            if let maximum = query.maximum {
                sql += " AND coalesce(k.value, k.low, c.value, c.low) <= ?"
                arguments += [maximum]
            }
            if let since = query.since { sql += " AND d.published >= ?"; arguments += [since] }
            if let until = query.until { sql += " AND substr(d.published, 1, ?) <= ?"; arguments += [until.count, until] }
            if let document = query.document { sql += " AND c.document_id = ?"; arguments += [document] }
            if let origin = query.origin { sql += " AND c.origin = ?"; arguments += [origin.rawValue] }
            if let measure = query.measure {
                // The phrase as a whole word run: "cost" finds "cost of sales", not "costume".
                sql += " AND (' ' || c.measure || ' ') LIKE ? ESCAPE '\\'"
                arguments += ["% " + Self.escapeLike(measure.lowercased()) + " %"]
            }
            if let period = query.period?.uppercased() {
                // "2025" finds 2025, 2025-Q3 and 2025-01/2025-09; "2025-Q3" finds only the quarter. A range
                // on the text, so the period index serves it ("~" sorts after every character a period has).
                sql += " AND c.period >= ? AND c.period < ?"
                arguments += [period, period + "~"]
            }
            if let direction = query.direction { sql += " AND c.direction = ?"; arguments += [direction.rawValue] }
            if !query.includeRejected { sql += " AND (k.action IS NULL OR k.action <> 'reject')" }
            sql += " ORDER BY " + query.order.sql + " LIMIT ? OFFSET ?"
            arguments += [query.limit, query.offset]
            // Column positions resolved once: a name lookup per field per row was most of the time of
            // reading 300,000 claims. A cursor, so rows are not all held twice.
            let statement = try db.makeStatement(sql: sql)
            let columns = JoinedColumns(statement.columnNames)
            var out: [StoredClaim] = []
            var shared = SharedText()
            let rows = try Row.fetchCursor(statement, arguments: arguments)
            while let row = try rows.next() { out.append(shared.intern(Self.storedClaim(row, columns))) }
            return out
        }
    }

    /// The machine's claim in a row whose first columns are the `claims`
    /// table's, in the table's order (`SELECT c.*, …`, `SELECT * FROM claims`):
    /// id, document_id, origin, kind, text, start, end, value, low, high,
    /// currency, unit, date, qualifier, metric, subject, subject_key,
    /// attribution, sentence, fact_id, extractor_version (schema/0003), measure,
    /// period, direction, as_of, per (schema/0007; later migrations can only append). Read by position: decoding by column name
    /// was a third of the writer's time when revising changed documents.
    static func claim(_ row: Row) -> Claim {
        Claim(
            kind: FigureKind(rawValue: row[3]) ?? .count,
            text: row[4], start: row[5], end: row[6],
            value: row[7], low: row[8], high: row[9],
            currency: row[10], unit: row[11], date: row[12],
            qualifier: Qualifier(rawValue: row[13]) ?? .exact,
            metric: row[14], subject: row[15], attribution: row[17],
            measure: row[21], period: row[22], direction: (row[23] as String?).flatMap(Direction.init(rawValue:)), per: row[25],
            sentence: row[18], origin: ClaimOrigin(rawValue: row[2]) ?? .prose
        )
    }

    static func storedClaim(_ row: Row, _ at: JoinedColumns) -> StoredClaim {
        var claim = Self.claim(row)
        var correction: Correction?
        if let action: String = row[at.action] {
            correction = Correction(action: CorrectionAction(stored: action), reason: row[at.reason], value: row[at.value],
                                    metric: row[at.metric], subject: row[at.subject], createdAt: row[at.createdAt],
                                    author: row[at.author])
            CorrectionRules.apply(CorrectionAction(stored: action), value: row[at.value], low: row[at.low], high: row[at.high],
                                  metric: row[at.metric], subject: row[at.subject], to: &claim)
        }
        let path: String? = row[at.path]
        let part: String = row[at.part]
        let source = ClaimSource(
            document: row[1], title: row[at.title], publisher: row[at.publisher], published: row[at.published],
            url: row[at.url], location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" }, kind: DocumentKind(stored: row[at.kind]),
            textHash: row[at.textHash], format: row[at.format], accession: row[at.accession],
            page: PageStarts.page(at: claim.start, in: row[at.pageStarts])
        )
        // id, document_id and as_of by their place in `claims` (see `claim(_:)`).
        return StoredClaim(id: row[0], document: row[1], claim: claim, correction: correction, source: source, asOf: row[24])
    }

}

/// Where the columns joined to a claim (its document's `d_…`, its correction's `k_…`) stand in a
/// result row, looked up once per query by name.
struct JoinedColumns {
    var title, publisher, published, url, kind, part, textHash, format, accession, pageStarts, path: Int
    var action, reason, value, low, high, metric, subject, createdAt, author: Int

    init(_ names: [String]) {
        func at(_ name: String) -> Int {
            guard let index = names.firstIndex(of: name) else { preconditionFailure("claims query lacks \(name)") }
            return index
        }
        title = at("d_title"); publisher = at("d_publisher"); published = at("d_published"); url = at("d_url")
        kind = at("d_kind"); part = at("d_part"); textHash = at("d_text_hash"); format = at("d_format")
        accession = at("d_accession"); pageStarts = at("d_page_starts"); path = at("d_path")
        action = at("k_action"); reason = at("k_reason"); value = at("k_value"); low = at("k_low"); high = at("k_high")
        metric = at("k_metric"); subject = at("k_subject"); createdAt = at("k_created_at"); author = at("k_author")
    }
}

/// One copy of what claims of one document repeat: its source (title, publisher, URL, path, hash)
/// and, for claims of one sentence, the sentence. Each row brings its own copies; keeping one
/// (Swift strings share storage when assigned) cuts the memory of 300,000 claims by about half.
struct SharedText {
    private var sources: [Int64: ClaimSource] = [:]
    private var lastSentence = ""

    mutating func intern(_ stored: StoredClaim) -> StoredClaim {
        var stored = stored
        if let source = sources[stored.document], source == stored.source {
            stored.source = source
        } else {
            sources[stored.document] = stored.source
        }
        if stored.claim.sentence == lastSentence {
            stored.claim.sentence = lastSentence
        } else {
            lastSentence = stored.claim.sentence
        }
        return stored
    }
}
