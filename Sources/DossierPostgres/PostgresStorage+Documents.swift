import Foundation
public import DossierStorage
import DossierModel
import PostgresNIO

extension PostgresStorage {
    public func document(id: Int64) async throws -> StoredDocument? {
        let found: StoredDocument? = try await connected { connection in
            var sql = SQL()
            sql += """
                SELECT id, kind, format, title, byline, publisher, published, url, language, content_hash, part, text_hash,
                       metadata::text AS metadata, imported_at, text
                FROM documents WHERE id = \(sql.bind(id))
                """
            guard let row = try await rows(sql, on: connection).first else { return nil }
            let hash: String = try row.must("content_hash"), part: String = try row.must("part"), textHash: String = try row.must("text_hash")
            var paths = SQL()
            paths += "SELECT path FROM files WHERE content_hash = \(paths.bind(hash)) AND status = 'ok' ORDER BY id"
            var copies = SQL()
            copies += "SELECT id FROM documents WHERE text_hash = \(copies.bind(textHash)) AND id <> \(copies.bind(id)) ORDER BY id"
            return StoredDocument(
                id: id, kind: DocumentKind(rawValue: try row.must("kind")) ?? .text, format: try row.must("format"),
                title: try row.get("title"), byline: try row.get("byline"), publisher: try row.get("publisher"),
                published: try row.get("published"), url: try row.get("url"), language: try row.get("language"),
                locations: try await rows(paths, on: connection).map { let p: String = try $0.must("path"); return part.isEmpty ? p : "\(p)#\(part)" },
                contentHash: hash, textHash: textHash,
                copies: try await rows(copies, on: connection).map { try $0.must("id") },
                metadata: try row.must("metadata"), importedAt: try row.must("imported_at"), text: try row.must("text"),
                claims: [], facts: [])
        }
        guard var document = found else { return nil }
        var claimQuery = ClaimQuery()
        claimQuery.document = id
        claimQuery.includeRejected = true
        claimQuery.limit = Int.max
        document.claims = try await claims(claimQuery).sorted { ($0.claim.start, $0.id) < ($1.claim.start, $1.id) }
        var factQuery = FactQuery()
        factQuery.document = id
        factQuery.limit = Int.max
        document.facts = try await facts(factQuery)
        return document
    }

    public func documentIDs(path: String) async throws -> [Int64] {
        return try await connected { connection in
            var sql = SQL()
            var conditions: [String] = []
            for (file, part) in LocationReference.readings(of: path) {
                var condition = "((f.path = \(sql.bind(file)) OR f.path ILIKE \(sql.bind("%/" + Self.escapeLike(file)))))"
                if let part { condition = "(\(condition) AND d.part = \(sql.bind(part)))" }
                conditions.append(condition)
            }
            // A container named alone: the documents of its members.
            conditions.append("""
                f.container_id IN (SELECT c.id FROM files c WHERE c.path = \(sql.bind(path)) OR c.path ILIKE \(sql.bind("%/" + Self.escapeLike(path))))
                """)
            sql += """
                SELECT DISTINCT d.id FROM documents d JOIN files f ON f.content_hash = d.content_hash AND f.status = 'ok'
                WHERE \(conditions.joined(separator: " OR ")) ORDER BY d.id
                """
            return try await rows(sql, on: connection).map { try $0.must("id") }
        }
    }

    public func facts(_ query: FactQuery) async throws -> [StoredFact] {
        try await connected { connection in
            var sql = SQL("""
                SELECT x.*, d.title AS d_title, d.publisher AS d_publisher, d.published AS d_published, d.url AS d_url,
                       d.kind AS d_kind, d.part AS d_part, d.text_hash AS d_text_hash, d.format AS d_format,
                       d.metadata->>'accession_number' AS d_accession,
                       (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS d_path
                FROM facts x JOIN documents d ON d.id = x.document_id
                WHERE TRUE
                """)
            if let concept = query.concept {
                if concept.contains(":") {
                    sql += " AND lower(x.concept) = lower(\(sql.bind(concept)))"
                } else {
                    sql += " AND x.concept ILIKE \(sql.bind("%:" + Self.escapeLike(concept)))"
                }
            }
            if let entity = query.entity {
                let pattern = "%" + Self.escapeLike(entity) + "%"
                sql += " AND (x.entity = \(sql.bind(entity)) OR d.publisher ILIKE \(sql.bind(pattern)) OR d.metadata::text ILIKE \(sql.bind(pattern)))"
            }
            if let period = query.period {
                sql += " AND (x.period LIKE \(sql.bind(Self.escapeLike(period) + "%")) OR x.period LIKE \(sql.bind("%/" + Self.escapeLike(period) + "%")))"
            }
            if let document = query.document { sql += " AND x.document_id = \(sql.bind(document))" }
            sql += " ORDER BY x.document_id, x.id"
            if query.limit < Int.max { sql += " LIMIT \(sql.bind(query.limit))" }
            if query.offset > 0 { sql += " OFFSET \(sql.bind(query.offset))" }
            return try await rows(sql, on: connection).map { row in
                let path: String? = try row.get("d_path")
                let part: String = try row.must("d_part")
                let source = ClaimSource(
                    document: try row.must("document_id"), title: try row.get("d_title"), publisher: try row.get("d_publisher"),
                    published: try row.get("d_published"), url: try row.get("d_url"),
                    location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" }, kind: DocumentKind(rawValue: try row.must("d_kind")) ?? .text,
                    textHash: try row.must("d_text_hash"), format: try row.get("d_format"), accession: try row.get("d_accession"))
                return StoredFact(id: try row.must("id"), fact: try Self.fact(row), source: source)
            }
        }
    }

    /// The fact in a row with the `facts` table's columns.
    static func fact(_ row: PostgresRandomAccessRow) throws -> Fact {
        let dimensionsJSON: String? = try row.get("dimensions")
        let dimensions = dimensionsJSON.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return Fact(concept: try row.must("concept"), value: try row.must("value"), unit: try row.get("unit"), period: try row.get("period"),
                    entity: try row.get("entity"), hasDimensions: try row.must("has_dimensions"), dimensions: dimensions,
                    decimals: try row.get("decimals"), context: try row.get("context"))
    }
}
