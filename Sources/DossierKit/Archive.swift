import Foundation
import Synchronization
public import DossierModel
public import DossierStorage
import DossierSQLite
import DossierIngest
import DossierClaims

/// A Dossier archive: the facade the command line (and any other front end)
/// uses. It composes ingest, claims extraction, the store and the queries.
///
/// Reads are `async` and run off Swift's cooperative threads (see `ReadQueue`); errors a front
/// end should tell apart arrive as `ArchiveError`. The SQLite store itself stays inside.
public final class Archive: Sendable {
    let storage: any ArchiveStorage
    /// The writer lease this archive holds, when opened with `openForWriting`, until closed.
    private let lease: Mutex<WriterLease?>

    /// The database file, or nil for an in-memory archive or a server's database.
    public var path: String? { (storage as? SQLiteStorage)?.path }

    /// What the archive is, for messages: a file path, or a server URL without its password.
    public var description: String { storage.description }

    /// The database path chosen by `--db`, else `DOSSIER_DB`, else
    /// `dossier.sqlite` in the current folder.
    public static func defaultPath(environment: [String: String]? = nil) -> String {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let path = environment["DOSSIER_DB"], !path.isEmpty { return path }
        return "dossier.sqlite"
    }

    /// An archive over any backend (the conformance suite, a PostgreSQL server).
    public init(storage: any ArchiveStorage, lease: WriterLease? = nil) {
        self.storage = storage
        self.lease = Mutex(lease)
    }

    /// An empty archive in memory (tests, dry runs).
    public static func inMemory() throws -> Archive {
        Archive(storage: SQLiteStorage(try SQLiteStore.inMemory()))
    }

    /// Opens (or creates) the archive at `path`. Writers that may run beside
    /// others (import, reindex) use `openForWriting`, which takes the lock.
    public static func open(path: String) throws -> Archive {
        do { return Archive(storage: SQLiteStorage(try SQLiteStore.open(path: path))) } catch { throw ArchiveError.wrapping(error) }
    }

    /// Takes the database's single-writer lock (waiting up to `wait` seconds
    /// for another import or reindex), then opens the archive. The lock is
    /// held as long as the archive is (the kernel drops it when the process ends).
    public static func openForWriting(path: String, wait: Double) throws -> Archive {
        do {
            let (storage, lease) = try SQLiteStorage.openForWriting(path: path, wait: wait)
            return Archive(storage: storage, lease: lease)
        } catch {
            throw ArchiveError.wrapping(error)
        }
    }

    /// Opens the existing archive at `path` for reading: searches, claims,
    /// reports and exports. Fails with a clear message when there is none.
    public static func openForReading(path: String) throws -> Archive {
        do { return Archive(storage: SQLiteStorage(try SQLiteStore.openForReading(path: path))) } catch { throw ArchiveError.wrapping(error) }
    }

    /// Opens the existing archive at `path` for a server: up to `readers`
    /// read-only connections answer requests side by side, each request
    /// seeing one committed version while an import or reindex writes.
    public static func openForServing(path: String, readers: Int = 4) throws -> Archive {
        do {
            return Archive(storage: SQLiteStorage(try SQLiteStore.openReadPool(path: path, readers: readers), readers: readers))
        } catch {
            throw ArchiveError.wrapping(error)
        }
    }

    /// Runs `body` holding the lock `purpose` needs, waiting up to `wait` seconds for it (an
    /// archive opened for writing holds its lock already). A server that writes takes it per request.
    public func whileLocked<T: Sendable>(_ purpose: WritePurpose = .judging, wait: Double,
                                         _ body: @Sendable () async throws -> T) async throws -> T {
        guard lease.withLock({ $0 == nil }) else { return try await body() }
        let held: WriterLease
        do { held = try await storage.lease(purpose, wait: wait) } catch { throw ArchiveError.wrapping(error) }
        defer { withExtendedLifetime(held) {} }
        return try await body()
    }

    /// Closes the archive's database and lets go of its writer lock.
    public func close() async throws {
        lease.withLock { $0 = nil }
        try await storage.close()
    }

    /// Imports files and folders. Problems with individual paths are reported
    /// in the summary; the rest of the import goes on.
    public func importPaths(
        _ paths: [String],
        options: ImportOptions = ImportOptions(),
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> ImportSummary {
        let stored = try await storage.sourceExcludes()
        let (walked, problems) = FileWalker.walk(paths) { root in
            options.excludes.map { ExcludeRules(base: root, patterns: $0) } ?? ExcludeRules.stored(for: root, in: stored)
        }
        let files = withoutOwnFiles(walked)
        let sourceIDs = try await registerSources(for: Set(files.map(\.root)))
        if let excludes = options.excludes {
            // Remembered with each folder given that is a source of its own, for `reindex`.
            let registered = Set(try await storage.sourceRoots())
            for root in Set(paths.map(FileWalker.absolutePath)) where registered.contains(root) && Self.isFolder(root) {
                try await storage.setExcludes(excludes, root: root)
            }
        }
        let known = try await storage.knownFiles(under: nil, parserVersion: Ingest.parserVersion, extractorVersion: ClaimExtractor.version)
        let started = try await storage.runStarted()
        var summary = await ImportPipeline(storage: storage, options: options)
            .run(files: files, known: known, sourceIDs: sourceIDs, progress: progress)
        let detached = (try? await storage.detachedCorrections(since: started)) ?? []
        summary.detachedCorrections = detached.count
        summary.warnings += ImportSummary.warnings(for: detached)
        for problem in problems {
            summary.failed += 1
            summary.failures.append(.init(path: problem.path, reason: problem.reason))
        }
        let zero = ["imported": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "failed": 0, "documents": 0]
        for id in Set(sourceIDs.values) {
            await recordRun(sourceID: id, counts: zero.merging(summary.bySource[id] ?? [:]) { $1 }, command: "import")
        }
        return summary
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The archive's own files (the database, its WAL, shared memory, journal
    /// and lock) are never documents, even when the database lives inside a
    /// folder being imported (as `dossier.sqlite`, the default, does when a
    /// person imports the current folder).
    func withoutOwnFiles(_ files: [FoundFile]) -> [FoundFile] {
        guard let path else { return files }
        let base = FileWalker.absolutePath(path)
        let own = Set(["", "-wal", "-shm", "-journal", ".lock"].map { base + $0 })
        guard files.contains(where: { own.contains($0.path) }) else { return files }
        return files.filter { !own.contains($0.path) }
    }

    /// The source id for each walked root: a root inside an already
    /// registered one belongs to it; anything else becomes a new source.
    func registerSources(for roots: Set<String>) async throws -> [String: Int64] {
        let registered = try await storage.sourceRoots()
        var ids: [String: Int64] = [:]
        for root in roots {
            let owner = registered.first { root == $0 || root.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } ?? root
            ids[root] = try await storage.registerSource(root: owner)
        }
        // Every root gets a name (those registered before names existed too), unique in the archive.
        await nameNewSources(Set(registered).union(roots.map { root in
            registered.first { root == $0 || root.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } ?? root
        }))
        return ids
    }

    /// Stores when a run ended and that source's own counts.
    func recordRun(sourceID: Int64, counts: [String: Int], command: String) async {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        struct Run: Encodable { var command: String; var counts: [String: Int] }
        let json = (try? encoder.encode(Run(command: command, counts: counts))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        try? await storage.finishSource(id: sourceID, summaryJSON: json)
    }

    /// Full-text search (`ArchiveError.invalidRequest` for a query that cannot be read).
    public func search(_ query: SearchQuery) async throws -> SearchResult {
        try await answer { Self.cited(try await storage.search(query), try await sourceNames()) }
    }

    /// What the importer would store for one file, without storing it.
    /// `-` reads standard input (`zcat page.html.gz | dossier parse -`).
    public static func parse(path: String, maxSize: Int? = nil) throws -> ParsedFile {
        var options = ImportOptions()
        options.maxSize = maxSize ?? Ingest.defaultMaxSize
        let readOptions = options.readOptions
        if path == "-" {
            let bytes: [UInt8]
            do { bytes = try StandardInput.read(limit: options.maxSize) } catch {
                throw ParseFailure(path: "-", reason: error.description)
            }
            do {
                let result = try Ingest.read(bytes, fileName: "-", options: readOptions)
                return ParsedFile(path: "-", contentHash: ContentHash.sha256(bytes), documents: result.documents,
                                  warnings: result.warnings, failures: result.failures.map { .init(path: "-#" + $0.part, reason: $0.reason) })
            } catch {
                throw ParseFailure(path: "-", reason: error.description)
            }
        }
        let absolute = FileWalker.absolutePath(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int64) ?? 0
        let source: FileBytes
        do { source = try FileBytes.read(absolute, size: size, limit: options.maxSize) } catch {
            throw ParseFailure(path: path, reason: error.reason)
        }
        do {
            let result = try source.ingest(fileName: absolute, options: readOptions)
            var warnings = result.warnings
            if !result.skipped.isEmpty { warnings.append("skipped \(Ingest.describe(skipped: result.skipped)) (not documents)") }
            return ParsedFile(path: absolute, contentHash: source.contentHash, documents: result.documents, warnings: warnings,
                              failures: result.failures.map { .init(path: absolute + "#" + $0.part, reason: $0.reason) })
        } catch {
            throw ParseFailure(path: path, reason: error.description)
        }
    }
}

/// Standard input read whole, up to a limit.
enum StandardInput {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > limit { throw Failure(description: IngestError.tooLarge(size: bytes.count, limit: limit).description) }
        }
        return bytes
    }
}

/// The documents one file holds, as `dossier parse` shows them.
public struct ParsedFile: Sendable {
    public var path: String
    public var contentHash: String
    public var documents: [ParsedDocument]
    public var warnings: [String]
    /// Members, records or messages that failed while the rest was read (`path#part`).
    public var failures: [ImportSummary.Failure] = []
}

/// A file that could not be parsed: its path and the reason.
public struct ParseFailure: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

extension Archive {
    /// Runs `body`, then closes the archive whether it succeeded or threw (a command's whole use of it).
    public func closing<T>(_ body: (Archive) async throws -> T) async throws -> T {
        let value: T
        do { value = try await body(self) } catch {
            try? await close()
            throw error
        }
        try? await close()
        return value
    }
}
