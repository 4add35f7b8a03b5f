import Foundation
public import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    public func facts(_ query: FactQuery) throws -> [StoredFact] {
        try writer.read { db in
            var sql = """
                SELECT x.*, d.title AS d_title, d.publisher AS d_publisher, d.published AS d_published, d.url AS d_url,
                       d.kind AS d_kind, d.part AS d_part, d.text_hash AS d_text_hash, d.format AS d_format,
                       json_extract(d.metadata, '$.accession_number') AS d_accession,
                       (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok'
                        ORDER BY f.id LIMIT 1) AS d_path
                FROM facts x JOIN documents d ON d.id = x.document_id
                WHERE 1
                """
            var arguments = StatementArguments()
            if let concept = query.concept {
                if concept.contains(":") {
                    sql += " AND x.concept = ? COLLATE NOCASE"
                    arguments += [concept]
                } else {
                    sql += " AND x.concept LIKE ? ESCAPE '\\'"
                    arguments += ["%:" + Self.escapeLike(concept)]
                }
            }
            if let entity = query.entity {
                sql += " AND (x.entity = ? OR d.publisher LIKE ? ESCAPE '\\' OR d.metadata LIKE ? ESCAPE '\\')"
                let pattern = "%" + Self.escapeLike(entity) + "%"
                arguments += [entity, pattern, pattern]
            }
            if let period = query.period {
                sql += " AND (x.period LIKE ? ESCAPE '\\' OR x.period LIKE ? ESCAPE '\\')"
                arguments += [Self.escapeLike(period) + "%", "%/" + Self.escapeLike(period) + "%"]
            }
            if let document = query.document { sql += " AND x.document_id = ?"; arguments += [document] }
            sql += " ORDER BY x.document_id, x.id LIMIT ? OFFSET ?"
            arguments += [query.limit, query.offset]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let fact = Self.fact(row)
                let path: String? = row["d_path"]
                let part: String = row["d_part"]
                let source = ClaimSource(
                    document: row["document_id"], title: row["d_title"], publisher: row["d_publisher"],
                    published: row["d_published"], url: row["d_url"],
                    location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" }, kind: DocumentKind(stored: row["d_kind"]), textHash: row["d_text_hash"],
                    format: row["d_format"], accession: row["d_accession"]
                )
                return StoredFact(id: row["id"], fact: fact, source: source)
            }
        }
    }

    /// The fact in a row with the `facts` table's columns (by name).
    static func fact(_ row: Row) -> Fact {
        let dimensionsJSON: String? = row["dimensions"]
        let dimensions = dimensionsJSON.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return Fact(concept: row["concept"], value: row["value"], unit: row["unit"], period: row["period"],
                    entity: row["entity"], hasDimensions: row["has_dimensions"], dimensions: dimensions,
                    decimals: row["decimals"], context: row["context"])
    }
}
