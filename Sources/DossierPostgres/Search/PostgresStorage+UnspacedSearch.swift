import Foundation
import DossierStorage
import DossierModel
import PostgresNIO

/// Search for queries in scripts written without spaces (`商標`, `ข้อมูล`), as the SQLite backend
/// does it: every word of the query must occur as a substring of the title or text, among the
/// documents flagged `unspaced` (schema/postgres/0004), words of three characters or more through
/// the trigram index. Hits in the title come first, then the newest.
extension PostgresStorage {
    /// The title and text as the trigram index holds them.
    static let unspacedText = "(coalesce(d.title, '') || ' ' || d.text)"

    /// `FROM documents d WHERE …`: the matching documents, with the query's filters.
    static func unspacedMatches(_ query: SearchQuery, into sql: inout SQL, skipping facet: String? = nil) throws {
        let words = UnspacedQuery.words(query.text)
        guard !words.isEmpty else { throw SearchError("the query is empty") }
        sql += " FROM documents d WHERE d.unspaced"
        for word in words {
            // ILIKE: SQLite's LIKE and trigram index ignore case, and so does this search.
            sql += " AND \(unspacedText) ILIKE \(sql.bind("%" + escapeLike(word) + "%"))"
        }
        filters(query, into: &sql, skipping: facet)
    }

    func unspacedSearch(_ query: SearchQuery, on connection: PostgresConnection) async throws -> SearchResult {
        let words = UnspacedQuery.words(query.text)
        var sql = SQL()
        sql += """
            SELECT d.id, d.title, d.publisher, d.published, d.kind, d.url, d.part, d.text,
                   (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS path,
                   d.metadata->>'page_starts' AS page_starts
            """
        try Self.unspacedMatches(query, into: &sql)
        // No score here: the rank is the hit's place, lower first, as with the word search.
        sql += """
             ORDER BY (coalesce(d.title, '') ILIKE \(sql.bind("%" + Self.escapeLike(words.first ?? "") + "%"))) DESC,
                      d.published DESC NULLS LAST, d.id
             LIMIT \(sql.bind(query.limit)) OFFSET \(sql.bind(query.offset))
            """
        let open = query.highlight.0, close = query.highlight.1
        var hits: [SearchHit] = []
        for (position, row) in try await rows(sql, on: connection).enumerated() {
            let path: String? = try row.get("path")
            let part: String = try row.must("part")
            let text: String = try row.must("text")
            var hit = SearchHit(
                document: try row.must("id"), title: try row.get("title"), publisher: try row.get("publisher"),
                published: try row.get("published"), kind: DocumentKind(rawValue: try row.must("kind")) ?? .text,
                url: try row.get("url"), location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                snippet: UnspacedQuery.snippet(text, words: words, highlight: (open, close)),
                rank: Double(query.offset + position))
            if let starts: String = try row.get("page_starts"), let first = words.lazy.compactMap({ text.range(of: $0) }).first {
                hit.page = PageStarts.page(at: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: first.lowerBound), in: starts)
            }
            hits.append(hit)
        }
        return SearchResult(hits: hits)
    }

    func unspacedFacets(_ query: SearchQuery, publishers: Int, on connection: PostgresConnection) async throws -> SearchFacets {
        func counts(_ column: String, skipping facet: String, limit: Int) async throws -> [SearchFacets.Count] {
            var sql = SQL()
            sql += "SELECT d.\(column) AS value, count(*) AS n"
            try Self.unspacedMatches(query, into: &sql, skipping: facet)
            sql += " AND d.\(column) <> '' GROUP BY d.\(column) ORDER BY n DESC, d.\(column) COLLATE \"C\" LIMIT \(sql.bind(limit))"
            return try await rows(sql, on: connection).map {
                SearchFacets.Count(value: try $0.must("value"), documents: Int(try $0.must("n", as: Int64.self)))
            }
        }
        var total = SQL()
        total += "SELECT count(*) AS n"
        try Self.unspacedMatches(query, into: &total)
        let count = try await rows(total, on: connection).first?.must("n", as: Int64.self) ?? 0
        return SearchFacets(total: Int(count), kinds: try await counts("kind", skipping: "kind", limit: 20),
                            publishers: try await counts("publisher", skipping: "publisher", limit: publishers))
    }
}
