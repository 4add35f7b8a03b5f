import Foundation
public import DossierStorage
internal import GRDB
import DossierModel

extension SQLiteStore {
    /// Runs a full-text search: BM25-ranked hits with highlighted snippets.
    ///
    /// The query never reaches SQLite as raw user text: it is rewritten by
    /// ``SearchPattern``, validated by FTS5's own parser, and when it is still
    /// not valid syntax it is searched as literal words with a note saying so.
    public func search(_ query: SearchQuery) throws -> SearchResult {
        try writer.read { db in try Self.search(query, in: db) }
    }

    /// A page of hits and the facets of every match, from one snapshot of the archive (an import
    /// committing in between cannot make the two disagree).
    public func searchWithFacets(_ query: SearchQuery, publishers: Int = 10) throws -> (SearchResult, SearchFacets) {
        try writer.read { db in
            if ScriptsWithoutSpaces.occurs(in: query.text) {
                return (try UnspacedSearch.search(query, db: db), try UnspacedSearch.facets(query, publishers: publishers, db: db))
            }
            return (try Self.search(query, in: db), try Self.facets(query, publishers: publishers, in: db))
        }
    }

    static func search(_ query: SearchQuery, in db: Database) throws -> SearchResult {
        // Chinese, Japanese, Thai… have no spaces to split words at: searched by substring instead.
        if ScriptsWithoutSpaces.occurs(in: query.text) { return try UnspacedSearch.search(query, db: db) }
        let (pattern, note) = try Self.pattern(for: query, db: db)
        let statement = SearchStatement(query, pattern: pattern)
        let hits = try Row.fetchAll(db, sql: statement.sql, arguments: statement.bound).map { row -> SearchHit in
            let path: String? = row["path"]
            let part: String = row["part"]
            var hit = SearchHit(
                document: row["id"], title: row["title"], publisher: row["publisher"], published: row["published"],
                kind: DocumentKind(stored: row["kind"]), url: row["url"],
                location: path.map { part.isEmpty ? $0 : "\($0)#\(part)" },
                snippet: row["snippet"] ?? "", rank: row["rank"]
            )
            if let starts: String = row["page_starts"] {
                hit.page = try Self.page(of: hit.snippet, document: hit.document, pageStarts: starts, highlight: query.highlight, db: db)
            }
            return hit
        }
        return SearchResult(hits: hits, note: note)
    }

    /// The page of a paged document (a PDF) that a snippet's first match stands on: the snippet's
    /// piece holding that match is found in the text, and the match's offset looked up. Read only for
    /// the page of hits shown, and only for documents with pages.
    static func page(of snippet: String, document: Int64, pageStarts: String, highlight: (String, String), db: Database) throws -> Int? {
        guard let probe = SnippetProbe(snippet: snippet, highlight: highlight) else { return nil }
        // `instr` counts characters as code points, as page starts do; the text is never fetched.
        guard let position = try Int.fetchOne(db, sql: "SELECT instr(text, ?) FROM documents WHERE id = ?", arguments: [probe.text, document]),
              position > 0 else { return nil }
        return PageStarts.page(at: position - 1 + probe.matchOffset, in: pageStarts)
    }

    /// Counts all matches of a search (for "showing 20 of 1,234").
    public func count(_ query: SearchQuery) throws -> Int {
        try writer.read { db in
            if ScriptsWithoutSpaces.occurs(in: query.text) { return try UnspacedSearch.matches(query, db: db).count }
            let (pattern, _) = try Self.pattern(for: query, db: db)
            let statement = SearchStatement.count(query, pattern: pattern)
            return try Int.fetchOne(db, sql: statement.sql, arguments: statement.bound) ?? 0
        }
    }

    static func escapeLike(_ s: String) -> String { StorageFormats.escapeLike(s) }

    /// The validated FTS5 expression for a query, and a note when it had to
    /// fall back to literal words.
    static func pattern(for query: SearchQuery, db: Database, table: String = "documents_fts") throws -> (String, String?) {
        // Control characters (a NUL would cut the pattern short inside SQLite)
        // are never part of a search.
        let cleaned = String(String.UnicodeScalarView(query.text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
        let trimmed = cleaned.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw SearchError("the query is empty") }
        if !query.literal, let lenient = SearchPattern.lenient(trimmed, widenPrefixes: true),
           (try? db.makeFTS5Pattern(rawPattern: lenient.expression, forTable: table)) != nil {
            return (lenient.expression, nil)
        }
        guard let literal = SearchPattern.literal(trimmed) else {
            throw SearchError("the query \"\(trimmed)\" has no words to search for")
        }
        let note = query.literal
            ? nil
            : "note: \"\(trimmed)\" is not valid search syntax; searched for the words as typed (quote a \"phrase\", use AND/OR/NOT in capitals)"
        return (literal.expression, note)
    }
}

