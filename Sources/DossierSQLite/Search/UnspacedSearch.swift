import Foundation
import DossierStorage
import DossierModel
internal import GRDB

/// Search for queries in scripts written without spaces (`商標`, `ข้อมูล`):
/// every word of the query must occur as a substring of the title or text,
/// answered from the trigram index of the documents holding such scripts
/// (schema/0013). Hits in the title come first, then the newest.
enum UnspacedSearch {
    static func words(_ text: String) -> [String] { UnspacedQuery.words(text) }

    /// The matching ids in order, with the query's filters.
    static func matches(_ query: SearchQuery, db: Database) throws -> [Int64] {
        let words = Self.words(query.text)
        guard let first = words.first else { throw SearchError("the query is empty") }
        var sql = "SELECT documents_cjk.rowid FROM documents_cjk JOIN documents d ON d.id = documents_cjk.rowid WHERE 1"
        var arguments: [any DatabaseValueConvertible] = []
        // Words of three characters or more are looked up in the trigram index; shorter ones (most
        // Chinese words are two characters) cannot be, and are matched by substring among those rows.
        let indexed = words.filter { $0.count >= 3 }
        if !indexed.isEmpty {
            sql += " AND documents_cjk MATCH ?"
            arguments.append(indexed.map { "\"" + $0 + "\"" }.joined(separator: " AND "))
        }
        for word in words where word.count < 3 {
            sql += " AND (documents_cjk.title LIKE ? OR documents_cjk.text LIKE ?)"
            arguments += ["%" + word + "%", "%" + word + "%"]
        }
        let filters = SearchStatement.filters(query)
        sql += filters.sql
        arguments += filters.arguments.map { argument -> any DatabaseValueConvertible in
            switch argument {
            case .text(let text): return text
            case .integer(let number): return number
            case .real(let number): return number
            }
        }
        sql += " ORDER BY (coalesce(documents_cjk.title, '') LIKE ?) DESC, d.published DESC, d.id"
        arguments.append("%" + first + "%")
        return try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }

    static func search(_ query: SearchQuery, db: Database) throws -> SearchResult {
        let ids = try matches(query, db: db)
        let page = Array(ids.dropFirst(query.offset).prefix(query.limit))
        let words = Self.words(query.text)
        var hits: [SearchHit] = []
        for (position, id) in page.enumerated() {
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.id, d.title, d.publisher, d.published, d.kind, d.url, d.part, d.text,
                       json_extract(d.metadata, '$.page_starts') AS page_starts,
                       (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok'
                        ORDER BY f.id LIMIT 1) AS path
                FROM documents d WHERE d.id = ?
                """, arguments: [id]) else { continue }
            let path: String? = row["path"]
            let part: String = row["part"]
            let text: String = row["text"]
            var hit = SearchHit(
                document: row["id"], title: row["title"], publisher: row["publisher"], published: row["published"],
                kind: DocumentKind(stored: row["kind"]), url: row["url"], location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                snippet: snippet(text, words: words, highlight: query.highlight),
                // No BM25 here: the rank is the hit's place, lower first, as with BM25.
                rank: Double(query.offset + position))
            // A PDF's hit cites the page of the first word found.
            if let starts: String = row["page_starts"], let first = words.lazy.compactMap({ text.range(of: $0) }).first {
                hit.page = PageStarts.page(at: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: first.lowerBound), in: starts)
            }
            hits.append(hit)
        }
        return SearchResult(hits: hits, note: nil)
    }

    /// Each facet counted without its own filter (the other filters apply), as the word search's facets are.
    static func facets(_ query: SearchQuery, publishers: Int, db: Database) throws -> SearchFacets {
        func counts(_ column: String, without facet: WritableKeyPath<SearchQuery, String?>?, kindless: Bool) throws -> [String: Int] {
            var unfiltered = query
            if let facet { unfiltered[keyPath: facet] = nil }
            if kindless { unfiltered.kind = nil }
            let all = try matches(unfiltered, db: db)
            var counts: [String: Int] = [:]
            for chunk in stride(from: 0, to: all.count, by: 500) {
                let ids = all[chunk..<min(all.count, chunk + 500)].map(String.init).joined(separator: ",")
                for value in try String?.fetchAll(db, sql: "SELECT \(column) FROM documents WHERE id IN (\(ids))") {
                    if let value, !value.isEmpty { counts[value, default: 0] += 1 }
                }
            }
            return counts
        }
        func top(_ counts: [String: Int], _ limit: Int) -> [SearchFacets.Count] {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map { SearchFacets.Count(value: $0.key, documents: $0.value) }
        }
        let kinds = try counts("kind", without: nil, kindless: true)
        let byPublisher = try counts("publisher", without: \.publisher, kindless: false)
        let total = try matches(query, db: db).count
        return SearchFacets(total: total, kinds: top(kinds, 20), publishers: top(byPublisher, publishers))
    }

    static func snippet(_ text: String, words: [String], highlight: (String, String)) -> String {
        UnspacedQuery.snippet(text, words: words, highlight: highlight)
    }
}
