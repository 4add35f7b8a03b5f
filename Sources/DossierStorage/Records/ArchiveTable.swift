/// The archive's tables as `dossier copy` moves them between backends: the same columns, with the
/// same meaning, in both schemas. Derived data (full-text indexes) is not copied but made again.
public enum ArchiveTable: String, Sendable, CaseIterable {
    case sources, files, documents, facts, claims
    case corrections = "claim_corrections"
    case aliases

    /// The portable columns, the id first (aliases are keyed by `alias_key` and have no id).
    public var columns: [String] {
        switch self {
        case .sources: ["id", "root", "added_at", "last_run_at", "last_result", "excludes", "name"]
        case .files: ["id", "path", "source_id", "size", "mtime_ns", "content_hash", "status", "error", "seen_at", "container_id"]
        case .documents:
            ["id", "content_hash", "part", "text_hash", "kind", "format", "title", "byline", "publisher", "published", "url",
             "language", "text", "metadata", "imported_at", "parser_version", "extractor_version"]
        case .facts: ["id", "document_id", "concept", "value", "unit", "period", "entity", "has_dimensions", "dimensions", "decimals", "context"]
        case .claims:
            ["id", "document_id", "origin", "kind", "text", "start", "end", "value", "low", "high", "currency", "unit", "date",
             "qualifier", "metric", "subject", "subject_key", "attribution", "sentence", "fact_id", "extractor_version",
             "measure", "period", "direction", "as_of", "per"]
        case .corrections:
            ["id", "document_id", "start", "end", "kind", "action", "value", "low", "high", "metric", "subject", "reason",
             "created_at", "author", "detached_at", "detached_figure"]
        case .aliases: ["alias_key", "alias", "subject"]
        }
    }

    /// Whether rows are ordered and resumed by an integer `id`.
    public var hasID: Bool { self != .aliases }
}

/// One stored value, as both engines hold it.
public enum StoredValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// One row of an `ArchiveTable`, its values in the order of `ArchiveTable.columns`.
public struct ArchiveRow: Sendable, Equatable {
    public var values: [StoredValue]

    public init(_ values: [StoredValue]) { self.values = values }

    /// The row's id (the first column), 0 for a table without ids.
    public var id: Int64 {
        if case .integer(let id)? = values.first { return id }
        return 0
    }
}
