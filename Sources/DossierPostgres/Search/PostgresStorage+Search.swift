import Foundation
public import DossierStorage
import DossierModel
import PostgresNIO

extension PostgresStorage {
    /// How much more a title word weighs than a body word, as `ts_rank_cd` weights {D, C, B, A}.
    static let rankWeights = "'{0.1, 0.2, 0.1, 1.0}'"

    public func search(_ query: SearchQuery) async throws -> SearchResult {
        try await connected { connection in try await search(query, on: connection) }
    }

    public func searchWithFacets(_ query: SearchQuery, publishers: Int) async throws -> (SearchResult, SearchFacets) {
        try await connected { connection in
            (try await search(query, on: connection), try await facets(query, publishers: publishers, on: connection))
        }
    }

    /// The expression for a query's text.
    static func expression(for query: SearchQuery) throws -> SearchExpression {
        let cleaned = String(String.UnicodeScalarView(query.text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        })).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { throw SearchError("the query is empty") }
        let parsed = query.literal ? SearchSyntax.literal(cleaned) : SearchSyntax.parse(cleaned)
        guard let parsed else { throw SearchError("the query \"\(cleaned)\" has no words to search for") }
        return parsed
    }

    /// `WITH q AS (…), hits AS (…)`: the matching documents and their best chunk's score.
    static func matches(_ expression: SearchExpression, into sql: inout SQL) {
        let q = TSQuery().render(expression, into: &sql)
        sql += """
            WITH q AS MATERIALIZED (SELECT \(q) AS q),
            hits AS (
                SELECT c.document_id AS id, max(ts_rank_cd(\(rankWeights), c.search, q.q)) AS score
                FROM document_chunks c, q WHERE c.search @@ q.q GROUP BY c.document_id
            )
            """
    }

    static func filters(_ query: SearchQuery, into sql: inout SQL, skipping facet: String? = nil) {
        if let kind = query.kind, facet != "kind" { sql += " AND d.kind = \(sql.bind(kind.rawValue))" }
        if let since = query.since { sql += " AND d.published >= \(sql.bind(since))" }
        if let until = query.until { sql += " AND substr(d.published, 1, \(sql.bind(until.count))::int) <= \(sql.bind(until))" }
        if let publisher = query.publisher, facet != "publisher" {
            sql += " AND d.publisher ILIKE \(sql.bind("%" + escapeLike(publisher) + "%"))"
        }
    }

    /// Characters of text around the first match that the snippet is made from: `ts_headline`
    /// parses all the text it is given, and a whole long document cost milliseconds per hit.
    static let snippetWindow = 1600

    /// A lower-case stem-ish piece of the query's first word, found in the text with `strpos` to
    /// place the snippet's window (`regulators` → `regulat`, which also finds "regulation").
    static func anchor(of expression: SearchExpression) -> String {
        let first: String
        switch expression.terms.first {
        case .word(let word, _)?: first = word
        case .phrase(let phrase, _)?: first = phrase.split(separator: " ").first.map(String.init) ?? phrase
        default: first = ""
        }
        let lower = first.lowercased()
        return String(lower.prefix(max(3, lower.count - 2)))
    }

    func search(_ query: SearchQuery, on connection: PostgresConnection) async throws -> SearchResult {
        if ScriptsWithoutSpaces.occurs(in: query.text) { return try await unspacedSearch(query, on: connection) }
        var sql = SQL()
        let expression = try Self.expression(for: query)
        Self.matches(expression, into: &sql)
        let anchor = Self.anchor(of: expression)
        let open = query.highlight.0.replacingOccurrences(of: "\"", with: "")
        let close = query.highlight.1.replacingOccurrences(of: "\"", with: "")
        sql += """
            , top AS (
                SELECT hits.id, hits.score FROM hits JOIN documents d ON d.id = hits.id WHERE TRUE
            """
        Self.filters(query, into: &sql)
        sql += """
                ORDER BY hits.score DESC, hits.id LIMIT \(sql.bind(query.limit)) OFFSET \(sql.bind(query.offset))
            )
            SELECT d.id, d.title, d.publisher, d.published, d.kind, d.url, d.part,
                   (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok' ORDER BY f.id LIMIT 1) AS path,
                   ts_headline('dossier',
                               substr(d.text, greatest(1, strpos(lower(d.text), \(sql.bind(anchor))) - \(Self.snippetWindow / 4)), \(Self.snippetWindow)),
                               q.q, format('StartSel="%s", StopSel="%s", MaxWords=30, MinWords=12, MaxFragments=1',
                               \(sql.bind(open)), \(sql.bind(close)))) AS snippet,
                   (-top.score)::float8 AS rank, d.metadata->>'page_starts' AS page_starts
            FROM top JOIN documents d ON d.id = top.id, q
            ORDER BY top.score DESC, top.id
            """
        var hits: [SearchHit] = []
        for try await row in try await connection.query(sql.query, logger: logger) {
            let row = row.makeRandomAccess()
            let path: String? = try row.get("path")
            let part: String = try row.must("part")
            var hit = SearchHit(
                document: try row.must("id"), title: try row.get("title"), publisher: try row.get("publisher"),
                published: try row.get("published"), kind: DocumentKind(rawValue: try row.must("kind")) ?? .text,
                url: try row.get("url"), location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                snippet: "…" + (try row.get("snippet", as: String.self) ?? "") + "…", rank: try row.must("rank"))
            if let starts: String = try row.get("page_starts") {
                hit.page = try await page(of: hit.snippet, document: hit.document, pageStarts: starts, highlight: (open, close), on: connection)
            }
            hits.append(hit)
        }
        return SearchResult(hits: hits)
    }

    /// The page a snippet's first match stands on, found by the snippet's text in the document.
    func page(of snippet: String, document: Int64, pageStarts: String, highlight: (String, String), on connection: PostgresConnection) async throws -> Int? {
        guard let probe = SnippetProbe(snippet: snippet, highlight: highlight) else { return nil }
        var sql = SQL()
        sql += "SELECT strpos(text, \(sql.bind(probe.text))) AS at FROM documents WHERE id = \(sql.bind(document))"
        guard let position = try await rows(sql, on: connection).first?.get("at", as: Int32.self), position > 0 else { return nil }
        return PageStarts.page(at: Int(position) - 1 + probe.matchOffset, in: pageStarts)
    }

    func facets(_ query: SearchQuery, publishers: Int, on connection: PostgresConnection) async throws -> SearchFacets {
        if ScriptsWithoutSpaces.occurs(in: query.text) { return try await unspacedFacets(query, publishers: publishers, on: connection) }
        let expression = try Self.expression(for: query)
        func counts(_ column: String, skipping facet: String, limit: Int) async throws -> [SearchFacets.Count] {
            var sql = SQL()
            Self.matches(expression, into: &sql)
            sql += " SELECT d.\(column) AS value, count(*) AS n FROM hits JOIN documents d ON d.id = hits.id WHERE d.\(column) <> ''"
            Self.filters(query, into: &sql, skipping: facet)
            sql += " GROUP BY d.\(column) ORDER BY n DESC, d.\(column) COLLATE \"C\" LIMIT \(sql.bind(limit))"
            return try await rows(sql, on: connection).map {
                SearchFacets.Count(value: try $0.must("value"), documents: Int(try $0.must("n", as: Int64.self)))
            }
        }
        var total = SQL()
        Self.matches(expression, into: &total)
        total += " SELECT count(*) AS n FROM hits JOIN documents d ON d.id = hits.id WHERE TRUE"
        Self.filters(query, into: &total)
        let count = try await rows(total, on: connection).first?.must("n", as: Int64.self) ?? 0
        return SearchFacets(total: Int(count), kinds: try await counts("kind", skipping: "kind", limit: 20),
                            publishers: try await counts("publisher", skipping: "publisher", limit: publishers))
    }
}
