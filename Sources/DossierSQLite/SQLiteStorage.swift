import Foundation
public import DossierStorage

/// The embedded backend: `ArchiveStorage` over one SQLite file (or memory).
///
/// `SQLiteStore` is the synchronous GRDB code; this type runs its calls off Swift's cooperative
/// threads (see `ReadQueue`) and takes SQLite's one-writer-per-database lock, a `flock` on
/// `DATABASE.lock` that also keeps two processes from importing at once.
public final class SQLiteStorage: ArchiveStorage {
    /// The synchronous store, for the SQLite backend's own tests and benchmarks.
    public let store: SQLiteStore
    private let calls: ReadQueue

    /// Wraps an open store; with `readers` (a server's read-only pool), at most that many reads run at once.
    public init(_ store: SQLiteStore, readers: Int? = nil) {
        self.store = store
        calls = ReadQueue(slots: readers)
    }

    public var description: String { store.path ?? "memory" }

    /// The database file, or nil in memory.
    public var path: String? { store.path }

    /// The sizes and modification times of the database file and its write-ahead log: every
    /// commit grows the log, and a checkpoint rewrites the file.
    public func changeStamp() async -> String {
        guard let path = store.path else { return "memory" }
        return [path, path + "-wal"].map { file -> String in
            var info = stat()
            guard stat(file, &info) == 0 else { return "-" }
            return "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: "|")
    }

    public func close() async throws { try await calls.write { [store] in try store.close() } }

    /// SQLite has one writer: every purpose takes the file lock (none in memory).
    public func lease(_ purpose: WritePurpose, wait: Double) async throws -> WriterLease {
        guard let path = store.path else { return .none }
        let lock = try await calls.write { try WriterLock.acquire(databasePath: path, wait: wait) }
        return WriterLease { withExtendedLifetime(lock) {} }
    }

    /// Takes the file lock (waiting up to `wait` seconds for another writer), then opens the
    /// database, so migrations too run under the lock. The lease holds it until dropped.
    public static func openForWriting(path: String, wait: Double) throws -> (SQLiteStorage, WriterLease) {
        let lock = try WriterLock.acquire(databasePath: path, wait: wait)
        let storage = SQLiteStorage(try SQLiteStore.open(path: path))
        return (storage, WriterLease { withExtendedLifetime(lock) {} })
    }

    public func registerSource(root: String) async throws -> Int64 {
        try await calls.write { [store] in try store.registerSource(root: root) }
    }

    public func finishSource(id: Int64, summaryJSON: String) async throws {
        try await calls.write { [store] in try store.finishSource(id: id, summaryJSON: summaryJSON) }
    }

    public func knownFiles(under roots: [String]?, parserVersion: Int, extractorVersion: Int) async throws -> KnownFiles {
        try await calls.run { [store] in
            try store.knownFiles(under: roots, parserVersion: parserVersion, extractorVersion: extractorVersion)
        }
    }

    public func write(_ outcomes: [FileOutcome], sourceID: Int64?, parserVersion: Int, extractorVersion: Int) async throws -> [FileDisposition] {
        try await calls.write { [store] in
            try store.write(outcomes, sourceID: sourceID, parserVersion: parserVersion, extractorVersion: extractorVersion)
        }
    }

    public func removeFiles(_ paths: [String], keepMissing: Bool) async throws -> Int {
        try await calls.write { [store] in try store.removeFiles(paths, keepMissing: keepMissing) }
    }

    public func runStarted() async throws -> String { SQLiteStore.runStarted() }

    public func detachedCorrections(since: String) async throws -> [DetachedCorrection] {
        try await calls.run { [store] in try store.detachedCorrections(since: since) }
    }

    public func sources() async throws -> [SourceSummary] { try await calls.run { [store] in try store.sources() } }
    public func sourceRoots() async throws -> [String] { try await calls.run { [store] in try store.sourceRoots() } }
    public func sourceExcludes() async throws -> [String: [String]] { try await calls.run { [store] in try store.sourceExcludes() } }

    public func setExcludes(_ patterns: [String], root: String) async throws {
        try await calls.write { [store] in try store.setExcludes(patterns, root: root) }
    }

    public func removeSource(root: String) async throws -> Int? {
        try await calls.write { [store] in try store.removeSource(root: root) }
    }

    public func sourceNames() async throws -> [String: String?] { try await calls.run { [store] in try store.sourceNames() } }

    public func renameSource(root: String, name: String) async throws -> Bool {
        try await calls.write { [store] in try store.renameSource(root: root, name: name) }
    }

    public func moveSource(from: String, to: String) async throws -> Int? {
        try await calls.write { [store] in try store.moveSource(from: from, to: to) }
    }

    public func search(_ query: SearchQuery) async throws -> SearchResult {
        try await calls.run { [store] in try store.search(query) }
    }

    public func searchWithFacets(_ query: SearchQuery, publishers: Int) async throws -> (SearchResult, SearchFacets) {
        let (result, facets) = try await calls.run { [store] in
            let (result, facets) = try store.searchWithFacets(query, publishers: publishers)
            return Pair(result: result, facets: facets)
        }.unpacked
        return (result, facets)
    }

    public func document(id: Int64) async throws -> StoredDocument? { try await calls.run { [store] in try store.document(id: id) } }
    public func documentIDs(path: String) async throws -> [Int64] { try await calls.run { [store] in try store.documentIDs(path: path) } }
    public func claims(_ query: ClaimQuery) async throws -> [StoredClaim] { try await calls.run { [store] in try store.claims(query) } }
    public func claim(id: Int64) async throws -> StoredClaim? { try await calls.run { [store] in try store.claim(id: id) } }
    public func facts(_ query: FactQuery) async throws -> [StoredFact] { try await calls.run { [store] in try store.facts(query) } }
    public func metrics() async throws -> [String] { try await calls.run { [store] in try store.metrics() } }

    public func subjects(startingLike key: String, limit: Int) async throws -> [String] {
        try await calls.run { [store] in try store.subjects(startingLike: key, limit: limit) }
    }

    public func reject(claim id: Int64, reason: String?, author: String?) async throws -> Bool {
        try await calls.write { [store] in try store.reject(claim: id, reason: reason, author: author) }
    }

    public func correct(claim id: Int64, _ correction: CorrectionInput) async throws -> Bool {
        try await calls.write { [store] in try store.correct(claim: id, correction) }
    }

    public func aliases() async throws -> [SubjectAlias] { try await calls.run { [store] in try store.aliases() } }
    public func addAlias(_ alias: SubjectAlias) async throws { try await calls.write { [store] in try store.addAlias(alias) } }
    public func removeAlias(key: String) async throws -> Bool { try await calls.write { [store] in try store.removeAlias(key: key) } }

    public func exportRows(_ table: ArchiveTable, after: Int64, limit: Int) async throws -> [ArchiveRow] {
        try await calls.run { [store] in try store.exportRows(table, after: after, limit: limit) }
    }

    public func importRows(_ table: ArchiveTable, _ rows: [ArchiveRow]) async throws -> Int {
        try await calls.write { [store] in try store.importRows(table, rows) }
    }

    public func lastID(_ table: ArchiveTable) async throws -> Int64 { try await calls.run { [store] in try store.lastID(table) } }
    public func finishCopy() async throws { try await calls.write { [store] in try store.finishCopy() } }

    public func check() async throws -> CheckReport { try await calls.run { [store] in try store.check() } }
    public func repair() async throws -> CheckReport { try await calls.write { [store] in try store.repair() } }
}

/// A tuple is not `Sendable` across the queue; this pair is.
private struct Pair: Sendable {
    var result: SearchResult
    var facets: SearchFacets
    var unpacked: (SearchResult, SearchFacets) { (result, facets) }
}
