import Foundation
public import DossierStorage
import DossierModel
import PostgresNIO

extension PostgresStorage {
    /// Writes each file in its own transaction, so importers on other machines interleave file by
    /// file and a failure loses one file alone (recorded as failed, with the reason).
    public func write(_ outcomes: [FileOutcome], sourceID: Int64?, parserVersion: Int, extractorVersion: Int) async throws -> [FileDisposition] {
        var dispositions: [FileDisposition] = []
        dispositions.reserveCapacity(outcomes.count)
        let versions = FileWrite.Versions(parser: parserVersion, extractor: extractorVersion, sourceID: sourceID)
        for outcome in outcomes {
            try Task.checkCancellation()
            do {
                let disposition = try await client.withTransaction(logger: logger) { connection in
                    try await FileWrite(storage: self, connection: connection, versions: versions).write(outcome)
                }
                dispositions.append(disposition)
            } catch {
                let reason = "cannot store: \(explained(error))"
                do {
                    try await client.withTransaction(logger: logger) { connection in
                        let write = FileWrite(storage: self, connection: connection, versions: versions)
                        try await write.lock(path: outcome.path)
                        let previous = try await write.previousHash(of: outcome.path)
                        try await write.lock(contents: [previous])
                        try await write.record(outcome, hash: nil, status: .failed, error: reason)
                        if let previous { try await removeOrphans([previous], on: connection) }
                    }
                } catch {
                    throw explained(error)
                }
                dispositions.append(.failed)
            }
        }
        return dispositions
    }
}

/// One file's write, inside its transaction: the same decisions as the SQLite backend's batch
/// writer (`BatchWrite`), file by file.
struct FileWrite {
    struct Versions {
        var parser: Int
        var extractor: Int
        var sourceID: Int64?
    }

    let storage: PostgresStorage
    let connection: PostgresConnection
    let versions: Versions
    let now = PostgresStorage.now()

    func run(_ sql: SQL) async throws -> [PostgresRandomAccessRow] { try await storage.rows(sql, on: connection) }
    func execute(_ sql: SQL) async throws { try await storage.execute(sql, on: connection) }

    /// The file's path lock (first, and alone: a transaction waiting for it holds no other), after
    /// the archive lock shared (source removal and repair hold it exclusive).
    func lock(path: String) async throws {
        try await execute(SQL("SELECT pg_advisory_xact_lock_shared(\(PostgresStorage.archiveLock))"))
        var sql = SQL()
        sql += "SELECT pg_advisory_xact_lock(hashtextextended(\(sql.bind("file:" + path)), 0))"
        try await execute(sql)
    }

    /// Content locks in one order for every writer, so two writers never wait on each other in a circle.
    func lock(contents: [String?]) async throws {
        for hash in Set(contents.compactMap { $0 }).sorted() {
            var sql = SQL()
            sql += "SELECT pg_advisory_xact_lock(hashtextextended(\(sql.bind("content:" + hash)), 0))"
            try await execute(sql)
        }
    }

    func write(_ outcome: FileOutcome) async throws -> FileDisposition {
        try await lock(path: outcome.path)
        let previous = try await previousHash(of: outcome.path)
        switch outcome.result {
        case .failed(let hash, let reason):
            try await lock(contents: [previous])
            try await record(outcome, hash: hash, status: .failed, error: reason)
            if let previous { try await storage.removeOrphans([previous], on: connection) }
            return .failed

        case .known(let hash):
            try await lock(contents: [hash, previous])
            // Another file's revision (in this run or another importer's) may have taken these bytes'
            // documents over: then the file has to be read after all.
            if previous != hash, try await !hasDocuments(hash) { return .needsRead }
            return try await recordKnown(outcome, hash: hash, previous: previous)

        case .parsed(let hash, let documents, _):
            try await lock(contents: [hash, previous])
            let existing = try await storedVersions(hash)
            // Another importer may have stored the same bytes since this file was checked: keep those.
            if !existing.isEmpty, existing.allSatisfy({ $0.parserVersion >= versions.parser && $0.extractorVersion >= versions.extractor }) {
                return try await recordKnown(outcome, hash: hash, previous: previous)
            }
            // A changed file whose old bytes no other file holds: its documents are revised in place.
            var stored = existing
            var revisesPrevious = false
            if existing.isEmpty, let previous, previous != hash, try await !isHeld(previous, byAnyFileBut: outcome.path) {
                stored = try await storedVersions(previous)
                revisesPrevious = true
            }
            try await DocumentWrite(file: self).store(documents, contentHash: hash, previous: stored)
            try await record(outcome, hash: hash, status: .ok, error: nil)
            if let previous, previous != hash, !revisesPrevious { try await storage.removeOrphans([previous], on: connection) }
            return (existing.isEmpty && previous == nil) ? .imported : .updated
        }
    }

    private func recordKnown(_ outcome: FileOutcome, hash: String, previous: String?) async throws -> FileDisposition {
        try await record(outcome, hash: hash, status: .ok, error: nil)
        if let previous, previous != hash { try await storage.removeOrphans([previous], on: connection) }
        return previous == hash ? .unchanged : .duplicate
    }

    func previousHash(of path: String) async throws -> String? {
        var sql = SQL()
        sql += "SELECT content_hash FROM files WHERE path = \(sql.bind(path)) AND status IN ('ok', 'missing')"
        return try await run(sql).first?.get("content_hash")
    }

    func isHeld(_ hash: String, byAnyFileBut path: String) async throws -> Bool {
        var sql = SQL()
        sql += """
            SELECT EXISTS (SELECT 1 FROM files WHERE content_hash = \(sql.bind(hash)) AND path <> \(sql.bind(path))
                           AND status IN ('ok', 'missing')) AS held
            """
        return try await run(sql).first?.must("held") ?? false
    }

    func hasDocuments(_ hash: String) async throws -> Bool {
        var sql = SQL()
        sql += "SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = \(sql.bind(hash))) AS found"
        return try await run(sql).first?.must("found") ?? false
    }

    func record(_ outcome: FileOutcome, hash: String?, status: FileStatus, error: String?) async throws {
        var sql = SQL()
        sql += """
            INSERT INTO files (path, source_id, size, mtime_ns, content_hash, status, error, seen_at)
            VALUES (\(sql.bind(outcome.path)), \(sql.bind(versions.sourceID)), \(sql.bind(outcome.size)), \(sql.bind(outcome.mtimeNanoseconds)),
                    \(sql.bind(hash)), \(sql.bind(status.rawValue)), \(sql.bind(error)), \(sql.bind(now)))
            ON CONFLICT (path) DO UPDATE SET
                source_id = coalesce(excluded.source_id, files.source_id),
                size = excluded.size, mtime_ns = excluded.mtime_ns, content_hash = excluded.content_hash,
                status = excluded.status, error = excluded.error, seen_at = excluded.seen_at
            """
        try await execute(sql)
    }

    /// The stored documents of these bytes, without their text.
    func storedVersions(_ hash: String) async throws -> [StoredVersion] {
        var sql = SQL()
        sql += """
            SELECT id, content_hash, part, text_hash, kind, format, title, byline, publisher, published, url, language,
                   metadata::text AS metadata, parser_version, extractor_version
            FROM documents WHERE content_hash = \(sql.bind(hash)) ORDER BY id
            """
        return try await run(sql).map(StoredVersion.init)
    }
}

/// A stored document as a revision compares it (no text).
struct StoredVersion {
    var id: Int64
    var contentHash: String
    var part: String
    var textHash: String
    var title: String?
    var parserVersion: Int
    var extractorVersion: Int

    init(_ row: PostgresRandomAccessRow) throws {
        id = try row.must("id")
        contentHash = try row.must("content_hash")
        part = try row.must("part")
        textHash = try row.must("text_hash")
        title = try row.get("title")
        parserVersion = Int(try row.must("parser_version", as: Int32.self))
        extractorVersion = Int(try row.must("extractor_version", as: Int32.self))
    }
}
