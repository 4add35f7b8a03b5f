import Foundation
import DossierStorage
internal import GRDB
internal import CFTSPrefix

/// The Dossier database: one SQLite file in WAL mode, so searches run while
/// an import writes. All SQL lives in this target.
///
/// `SQLiteStore` is `Sendable`: reads may run concurrently from any task; writes are
/// serialised by SQLite's single writer (GRDB's pool), and the import pipeline
/// funnels them through one task.
public final class SQLiteStore: Sendable {
    let writer: any DatabaseWriter
    /// The database path, or nil for an in-memory store.
    public let path: String?

    private init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// Opens (creating if needed) the database at `path` and brings its schema
    /// up to date.
    public static func open(path: String) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try Self.prepareSearch(db)
            // Durable enough for a re-buildable index, much faster than FULL:
            // in WAL mode NORMAL never corrupts, it may only lose the last
            // transactions on power loss, which the next import redoes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if !db.configuration.readonly {
                // The writer's batches touch many pages (documents, two FTS
                // indexes, claims): with SQLite's 2 MB default cache they are
                // spilled to the WAL and rewritten within one transaction.
                try db.execute(sql: "PRAGMA cache_size = -32768")
                // Savepoint journals (a failed batch is rewritten file by
                // file) stay in memory instead of temporary files.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StorageError("cannot open database \(path): \(Self.reason(error))")
        }
        let store = SQLiteStore(writer: pool, path: path)
        try store.migrate()
        return store
    }

    /// Every connection's porter tokenizer learns to leave marked query terms
    /// unstemmed (see `PrefixTerms`). The index is untouched by it.
    static func prepareSearch(_ db: Database) throws {
        let rc = dossier_fts_register_exact_terms(db.sqliteConnection)
        guard rc == 0 else { throw StorageError("cannot set up full-text search (SQLite error \(rc))") }  // 0: SQLITE_OK
    }

    /// Copies the write-ahead log into the database file, empties it, and
    /// closes the database. Commands that wrote call this before they return.
    ///
    /// SQLite does the same when the last connection closes, but only if that
    /// connection may write: the pool's readers are read-only, and when one of
    /// them closed last the log stayed behind, for the next opener to replay.
    public func close() throws {
        if writer is DatabasePool {
            // Best effort: a reader in another process may hold the log; it is then left for later.
            _ = try? writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        try writer.close()
    }

    /// Opens the database at `path` for reading only: searches and reports.
    ///
    /// A writable open costs a short command a write transaction and an
    /// `fsync` (GRDB makes sure the WAL exists by writing to it) and a
    /// checkpoint when it closes; a read-only connection does neither, and
    /// cannot change the archive by mistake. A database whose schema is older
    /// than this program is opened writable once, to bring it up to date.
    public static func openForReading(path: String) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StorageError("no database at \(path): import documents first (dossier import PATH --db \(path)), or point --db or DOSSIER_DB at an existing archive")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try Self.prepareSearch(db) }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StorageError("cannot open database \(path): \(Self.reason(error))")
        }
        let store = SQLiteStore(writer: queue, path: path)
        let applied: Set<String>
        do {
            applied = try queue.read { db in try Schema.migrator.appliedIdentifiers(db) }
        } catch {
            throw StorageError("cannot read database \(path): \(Self.reason(error))")
        }
        try Self.refuseNewerSchema(applied, path: path)
        if !applied.isSuperset(of: Schema.migrationNames) {
            return try open(path: path)
        }
        return store
    }

    /// Opens the existing database at `path` for a long-running reader (`dossier serve`): a pool of
    /// up to `readers` read-only connections, so concurrent requests read at once, each seeing one
    /// committed version of the archive (WAL snapshots) while an import or reindex writes.
    public static func openReadPool(path: String, readers: Int) throws -> SQLiteStore {
        let checked = try openForReading(path: path)  // refuses a missing or newer database, migrates an older one
        try checked.close()
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = max(1, readers)
        configuration.prepareDatabase { db in
            try Self.prepareSearch(db)
            // A server's readers share the file through memory-mapped pages (the kernel's page cache)
            // instead of each copying pages into a cache of its own; and each keeps more of them.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.serverMapBytes)")
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        do {
            return SQLiteStore(writer: try DatabasePool(path: path, configuration: configuration), path: path)
        } catch {
            throw StorageError("cannot open database \(path): \(Self.reason(error))")
        }
    }

    /// How much of the file a server's readers map into memory (address space, not resident memory).
    static let serverMapBytes = 1 << 32

    /// An in-memory store, for tests and `dossier parse`-style dry runs.
    public static func inMemory() throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try Self.prepareSearch(db) }
        let queue = try DatabaseQueue(configuration: configuration)
        let store = SQLiteStore(writer: queue, path: nil)
        try store.migrate()
        return store
    }

    private func migrate() throws {
        do {
            let applied = try writer.read { db in try Schema.migrator.appliedIdentifiers(db) }
            let known = Set(Schema.migrationNames)
            try Self.refuseNewerSchema(applied, path: path ?? ":memory:")
            // Up to date (every run after the first): skip the migrator, whose
            // write transaction is most of what opening costs a short command
            // like `dossier search`.
            if Set(applied).isSuperset(of: known) { return }
            try Schema.migrator.migrate(writer)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError("cannot prepare database \(path ?? ":memory:"): \(Self.reason(error))")
        }
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Schema.migrator.appliedIdentifiers(db).sorted() }
    }

    /// A database migrated by a newer Dossier is not touched: its schema has
    /// parts this program does not know.
    private static func refuseNewerSchema(_ applied: Set<String>, path: String) throws {
        if let unknown = applied.first(where: { !Schema.migrationNames.contains($0) }) {
            throw StorageError("the database \(path) was written by a newer Dossier (schema \(unknown)); upgrade dossier to use it")
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    /// An ISO 8601 UTC timestamp for `imported_at`-style columns.
    static func now() -> String { StorageFormats.now() }

    /// Now to the millisecond (see `StorageFormats.preciseNow`).
    static func preciseNow() -> String { StorageFormats.preciseNow() }
}
