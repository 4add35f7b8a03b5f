internal import GRDB
public import DossierStorage

/// The SQL of one search, with its arguments in order. `SQLiteStore.search` runs
/// it; the search benchmark runs the very same statement raw, to measure
/// what the store adds.
///
/// Two steps, because SQLite computes every result column of every matching
/// row before it sorts: the ranking step reads only the index (and, with
/// filters, the small leading columns of `documents`), and snippets, titles
/// and file paths are made for the page of hits alone. For a common word in
/// a large archive that is the difference between one snippet and thousands.
/// The second step is a `CROSS JOIN` so that SQLite keeps the page of hits as
/// the outer loop and asks FTS5 for each row by id; left to choose, it ran the
/// whole MATCH again and joined afterwards.
public struct SearchStatement: Sendable {
    /// A bound value.
    public enum Argument: Sendable, Equatable {
        case text(String)
        case integer(Int)
        case real(Double)
    }

    public var sql: String
    public var arguments: [Argument]

    /// BM25 weights of the FTS columns (title, text): a word in the title
    /// counts for ten in the body.
    public static let titleWeight = 10.0

    /// The statement for `query`, whose text has already been made into the
    /// validated FTS5 expression `pattern`.
    public init(_ query: SearchQuery, pattern: String) {
        let filters = Self.filters(query)
        // Filters read the narrow facets index (schema 0011), not the rows that hold the text.
        let join = filters.sql.isEmpty ? "" : " JOIN documents d INDEXED BY documents_facets ON d.id = documents_fts.rowid"
        sql = """
            WITH top AS MATERIALIZED (
                SELECT documents_fts.rowid AS id, bm25(documents_fts, ?, 1.0) AS rank
                FROM documents_fts\(join)
                WHERE documents_fts MATCH ?\(filters.sql)
                ORDER BY rank, documents_fts.rowid LIMIT ? OFFSET ?
            )
            SELECT d.id, d.title, d.publisher, d.published, d.kind, d.url, d.part,
                   (SELECT f.path FROM files f WHERE f.content_hash = d.content_hash AND f.status = 'ok'
                    ORDER BY f.id LIMIT 1) AS path,
                   snippet(documents_fts, 1, ?, ?, '…', 24) AS snippet,
                   top.rank AS rank, json_extract(d.metadata, '$.page_starts') AS page_starts
            FROM top
            CROSS JOIN documents_fts ON documents_fts.rowid = top.id
            JOIN documents d ON d.id = top.id
            WHERE documents_fts MATCH ?
            ORDER BY top.rank, top.id
            """
        arguments = [.real(Self.titleWeight), .text(pattern)] + filters.arguments
            + [.integer(query.limit), .integer(query.offset), .text(query.highlight.0), .text(query.highlight.1), .text(pattern)]
    }

    /// The statement counting every hit of `query` (for "20 of 1,234").
    public static func count(_ query: SearchQuery, pattern: String) -> SearchStatement {
        let filters = Self.filters(query)
        let join = filters.sql.isEmpty ? "" : " JOIN documents d INDEXED BY documents_facets ON d.id = documents_fts.rowid"
        return SearchStatement(
            sql: "SELECT count(*) FROM documents_fts\(join) WHERE documents_fts MATCH ?\(filters.sql)",
            arguments: [.text(pattern)] + filters.arguments)
    }

    init(sql: String, arguments: [Argument]) {
        self.sql = sql
        self.arguments = arguments
    }

    /// The query's filters as ` AND …` conditions on `documents d`.
    static func filters(_ query: SearchQuery) -> (sql: String, arguments: [Argument]) {
        var sql = ""
        var arguments: [Argument] = []
        if let kind = query.kind {
            sql += " AND d.kind = ?"
            arguments.append(.text(kind.rawValue))
        }
        if let since = query.since {
            sql += " AND d.published >= ?"
            arguments.append(.text(since))
        }
        if let until = query.until {
            // `until 2025-03` includes all of March: compare on the same prefix length.
            sql += " AND substr(d.published, 1, ?) <= ?"
            arguments += [.integer(until.count), .text(until)]
        }
        if let publisher = query.publisher {
            sql += " AND d.publisher LIKE ? ESCAPE '\\'"
            arguments.append(.text("%" + SQLiteStore.escapeLike(publisher) + "%"))
        }
        return (sql, arguments)
    }
}

extension SearchStatement {
    /// The arguments as GRDB binds them.
    var bound: StatementArguments {
        StatementArguments(arguments.map { argument -> any DatabaseValueConvertible in
            switch argument {
            case .text(let text): return text
            case .integer(let number): return number
            case .real(let number): return number
            }
        })
    }
}
