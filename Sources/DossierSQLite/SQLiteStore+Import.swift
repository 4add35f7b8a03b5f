import Foundation
public import DossierStorage
import DossierModel
internal import GRDB

extension SQLiteStore {
    /// The recorded state of the file at `path`, if it was seen before.
    public func fileState(path: String) throws -> FileState? {
        try writer.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT path, size, mtime_ns, content_hash, status, error FROM files WHERE path = ?",
                arguments: [path]
            ).map {
                FileState(path: $0[0], size: $0[1], mtimeNanoseconds: $0[2], contentHash: $0[3], status: FileStatus(stored: $0[4]), error: $0[5])
            }
        }
    }

    /// Registers an import root (a folder or file given on the command line)
    /// and returns its id.
    public func registerSource(root: String) throws -> Int64 {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO sources (root, added_at) VALUES (?, ?) ON CONFLICT(root) DO NOTHING",
                arguments: [root, SQLiteStore.now()]
            )
            return try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE root = ?", arguments: [root]) ?? 0
        }
    }

    /// Records the end of a run on a source: when, and its summary (JSON).
    public func finishSource(id: Int64, summaryJSON: String) throws {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE sources SET last_run_at = ?, last_result = ? WHERE id = ?",
                arguments: [SQLiteStore.now(), summaryJSON, id]
            )
        }
    }

    /// Writes a batch of file outcomes in one transaction: a file's documents
    /// are stored whole or not at all, and a failure on one file does not lose
    /// the others.
    ///
    /// The batch is first written without a savepoint per file: savepoints
    /// make FTS5 write its pending terms out as a new segment each time. Only
    /// when that fails is the batch written again with a savepoint per file,
    /// so that the failing file alone is recorded as failed.
    public func write(_ outcomes: [FileOutcome], sourceID: Int64?, parserVersion: Int, extractorVersion: Int) throws -> [FileDisposition] {
        do {
            return try writer.write { db in
                var batch = BatchWrite(now: SQLiteStore.now(), sourceID: sourceID, parserVersion: parserVersion,
                                       extractorVersion: extractorVersion)
                let dispositions = try outcomes.map { try batch.write($0, db) }
                try batch.finish(db)
                return dispositions
            }
        } catch {
            return try writeIsolatingFailures(outcomes, sourceID: sourceID, parserVersion: parserVersion,
                                              extractorVersion: extractorVersion)
        }
    }

    /// The slow path of ``write(_:sourceID:parserVersion:extractorVersion:)``:
    /// each file inside its own savepoint, failures recorded per file.
    func writeIsolatingFailures(
        _ outcomes: [FileOutcome], sourceID: Int64?, parserVersion: Int, extractorVersion: Int
    ) throws -> [FileDisposition] {
        try writer.write { db in
            var batch = BatchWrite(now: SQLiteStore.now(), sourceID: sourceID, parserVersion: parserVersion,
                                   extractorVersion: extractorVersion)
            var dispositions: [FileDisposition] = []
            dispositions.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                let before = batch
                do {
                    var disposition = FileDisposition.failed
                    try db.inSavepoint {
                        disposition = try batch.write(outcome, db)
                        return .commit
                    }
                    dispositions.append(disposition)
                } catch {
                    // The savepoint took the file's rows back: forget their ids
                    // too, and record the failure outside the savepoint.
                    batch = before
                    // Its previous content goes unless another file holds it, as the other backend does.
                    if let previous = try Self.previousHash(of: outcome.path, db) { batch.replaced.append(previous) }
                    try Self.recordFile(outcome, contentHash: nil, status: "failed",
                                        error: "cannot store: \(SQLiteStore.reason(error))", sourceID: sourceID, container: nil,
                                        now: batch.now, db: db)
                    try batch.dropMembers(of: outcome.path, keeping: [], db)
                    dispositions.append(.failed)
                }
            }
            try batch.finish(db)
            return dispositions
        }
    }

    /// The content hash the file at `path` had when last stored well.
    /// Statements in the writer's per-file path are cached: compiling them
    /// again for every file cost more than running them.
    /// A file kept as missing counts: if it comes back changed, its old
    /// documents are replaced like any other file's.
    static func previousHash(of path: String, _ db: Database) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash FROM files WHERE path = ? AND status IN ('ok', 'missing')"),
            arguments: [path])
    }

    /// Whether a file other than `path` holds these bytes (so their documents must stay as they are).
    static func isHeld(contentHash: String, byAnyFileBut path: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM files WHERE content_hash = ? AND path <> ? AND status IN ('ok', 'missing'))
                """),
            arguments: [contentHash, path]) ?? false
    }

    /// Whether a file with these bytes is a container with members recorded (see `MemberInput`).
    static func isContainer(contentHash: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM files c JOIN files m ON m.container_id = c.id WHERE c.content_hash = ?)
                """),
            arguments: [contentHash]) ?? false
    }

    /// Files with the same bytes as the container at `path` but no members recorded (imported before
    /// members were recorded apart) hold the same members: they get them too, so the documents the
    /// container's members took over stay held by every copy.
    static func shareMembers(of path: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO files (path, source_id, size, mtime_ns, content_hash, status, error, seen_at, container_id)
            SELECT o.path || substr(m.path, length(c.path) + 1), o.source_id, m.size, o.mtime_ns, m.content_hash, o.status,
                   NULL, m.seen_at, o.id
            FROM files c JOIN files m ON m.container_id = c.id
            JOIN files o ON o.content_hash = c.content_hash AND o.id <> c.id AND o.container_id IS NULL
                         AND o.status IN ('ok', 'missing')
            WHERE c.path = ? AND NOT EXISTS (SELECT 1 FROM files x WHERE x.container_id = o.id)
            ON CONFLICT(path) DO NOTHING
            """, arguments: [path])
    }

    static func fileID(path: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM files WHERE path = ?"), arguments: [path])
    }

    static func hasDocuments(contentHash: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = ?)"),
                          arguments: [contentHash]) ?? false
    }

    static func recordFile(
        _ outcome: FileOutcome, contentHash: String?, status: String, error: String?, sourceID: Int64?, container: Int64?,
        now: String, db: Database
    ) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO files (path, source_id, size, mtime_ns, content_hash, status, error, seen_at, container_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET
                source_id = coalesce(excluded.source_id, files.source_id),
                size = excluded.size, mtime_ns = excluded.mtime_ns, content_hash = excluded.content_hash,
                status = excluded.status, error = excluded.error, seen_at = excluded.seen_at,
                container_id = excluded.container_id
            """)
        try statement.execute(arguments: [
            outcome.path, sourceID, outcome.size, outcome.mtimeNanoseconds, contentHash, status, error, now, container,
        ])
    }

    /// Deletes the documents of these contents when no file points at them
    /// any more (their file changed, failed or was removed). One statement for
    /// all: the delete triggers' index changes are then written out once, not
    /// once per file.
    static func removeOrphans(_ contentHashes: [String], _ db: Database) throws {
        guard !contentHashes.isEmpty else { return }
        let quoted = contentHashes.map {
            "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let list = "[" + quoted.joined(separator: ",") + "]"
        try db.execute(sql: """
            DELETE FROM documents WHERE content_hash IN (SELECT value FROM json_each(?))
              AND NOT EXISTS (SELECT 1 FROM files f WHERE f.content_hash = documents.content_hash
                              AND f.status IN ('ok', 'missing'))
            """, arguments: [list])
    }

    static func json(_ value: some Encodable) -> String { StorageFormats.json(value) }
}
