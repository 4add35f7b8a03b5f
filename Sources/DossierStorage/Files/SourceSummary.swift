/// An import root with what it holds and how its last run went.
public struct SourceSummary: Sendable, Codable, Equatable {
    public var root: String
    /// The root's short name in citations (`name:relative/path`); nil until named (see `SourceNames`).
    public var name: String? = nil
    public var files: Int
    public var documents: Int
    public var failed: Int
    public var missing: Int
    public var addedAt: String
    public var lastRunAt: String?
    /// JSON counts of the last import or reindex.
    public var lastResult: String?
    /// Glob patterns of the files this root leaves out (`import --exclude`).
    public var excludes: [String]

    public init(root: String, name: String? = nil, files: Int, documents: Int, failed: Int, missing: Int, addedAt: String, lastRunAt: String? = nil, lastResult: String? = nil, excludes: [String]) {
        self.root = root
        self.name = name
        self.files = files
        self.documents = documents
        self.failed = failed
        self.missing = missing
        self.addedAt = addedAt
        self.lastRunAt = lastRunAt
        self.lastResult = lastResult
        self.excludes = excludes
    }
}
