internal import GRDB
public import DossierStorage

extension SQLiteStore {
    /// The facets of `query` (see `SearchFacets`), with at most `publishers` publishers.
    public func facets(_ query: SearchQuery, publishers: Int = 10) throws -> SearchFacets {
        try writer.read { db in try Self.facets(query, publishers: publishers, in: db) }
    }

    static func facets(_ query: SearchQuery, publishers: Int, in db: Database) throws -> SearchFacets {
        let (pattern, _) = try Self.pattern(for: query, db: db)
        // Without a kind or publisher filter, one pass over the matches counts both facets and the total.
        if query.kind == nil, query.publisher == nil {
            let statement = SearchStatement.facetPairs(query, pattern: pattern)
            var kinds: [String: Int] = [:], publishersCount: [String: Int] = [:]
            var total = 0
            for row in try Row.fetchAll(db, sql: statement.sql, arguments: statement.bound) {
                let n: Int = row[2]
                total += n
                if let kind: String = row[0], !kind.isEmpty { kinds[kind, default: 0] += n }
                if let publisher: String = row[1], !publisher.isEmpty { publishersCount[publisher, default: 0] += n }
            }
            func top(_ counts: [String: Int], _ limit: Int) -> [SearchFacets.Count] {
                counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { SearchFacets.Count(value: $0.key, documents: $0.value) }
            }
            return SearchFacets(total: total, kinds: top(kinds, 20), publishers: top(publishersCount, publishers))
        }
        let total = SearchStatement.count(query, pattern: pattern)
        var withoutKind = query
        withoutKind.kind = nil
        var withoutPublisher = query
        withoutPublisher.publisher = nil
        func counts(_ statement: SearchStatement) throws -> [SearchFacets.Count] {
            try Row.fetchAll(db, sql: statement.sql, arguments: statement.bound).compactMap { row in
                let value: String? = row[0]
                return value.map { SearchFacets.Count(value: $0, documents: row[1]) }
            }
        }
        return SearchFacets(
            total: try Int.fetchOne(db, sql: total.sql, arguments: total.bound) ?? 0,
            kinds: try counts(SearchStatement.facet("kind", withoutKind, pattern: pattern, limit: 20)),
            publishers: try counts(SearchStatement.facet("publisher", withoutPublisher, pattern: pattern, limit: publishers)))
    }
}

extension SearchStatement {
    /// Matching documents counted by one column of `documents` (`kind` or `publisher`), most first.
    static func facet(_ column: String, _ query: SearchQuery, pattern: String, limit: Int) -> SearchStatement {
        precondition(column == "kind" || column == "publisher", "facets are counted on known columns only")
        let filters = Self.filters(query)
        return SearchStatement(
            sql: """
                SELECT d.\(column), count(*) AS n FROM documents_fts JOIN documents d INDEXED BY documents_facets ON d.id = documents_fts.rowid
                WHERE documents_fts MATCH ?\(filters.sql) AND d.\(column) IS NOT NULL AND d.\(column) <> ''
                GROUP BY d.\(column) ORDER BY n DESC, d.\(column) LIMIT ?
                """,
            arguments: [.text(pattern)] + filters.arguments + [.integer(limit)])
    }

    /// Matches counted by (kind, publisher) in one pass, through the narrow `documents_facets` index
    /// (schema 0011) rather than the rows that hold each document's text.
    static func facetPairs(_ query: SearchQuery, pattern: String) -> SearchStatement {
        let filters = Self.filters(query)
        return SearchStatement(
            sql: """
                SELECT d.kind, d.publisher, count(*) FROM documents_fts JOIN documents d INDEXED BY documents_facets ON d.id = documents_fts.rowid
                WHERE documents_fts MATCH ?\(filters.sql) GROUP BY d.kind, d.publisher
                """,
            arguments: [.text(pattern)] + filters.arguments)
    }
}
