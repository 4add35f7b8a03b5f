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
                        let members = try await write.members(of: outcome.path)
                        try await write.lock(contents: [previous] + members.map(\.hash))
                        try await write.record(outcome, hash: nil, status: .failed, error: reason)
                        var orphans = previous.map { [$0] } ?? []
                        try await write.drop(members, orphans: &orphans)
                        try await removeOrphans(orphans, on: connection)
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

    /// Content locks, by bucket (see `ContentLockBuckets`), in one order for every writer so two
    /// writers never wait on each other in a circle; one statement, however many.
    func lock(contents: [String?]) async throws {
        let buckets = Set(contents.compactMap { $0 }.map(ContentLockBuckets.bucket(of:))).sorted()
        guard !buckets.isEmpty else { return }
        var sql = SQL()
        // The subquery hands the buckets over in order; each is locked as its row is read.
        sql += """
            SELECT count(pg_advisory_xact_lock(\(ContentLockBuckets.namespace), b)) AS n
            FROM (SELECT b::int4 AS b FROM unnest(\(sql.bind(buckets.map(Int64.init)))::int8[]) AS b ORDER BY b) AS ordered
            """
        try await execute(sql)
    }

    func write(_ outcome: FileOutcome) async throws -> FileDisposition {
        try await lock(path: outcome.path)
        // Content no file may hold any more is removed at the end, once every member is written (a
        // re-packed archive may move a content from one member to another).
        var orphans: [String] = []
        let disposition = try await write(outcome, container: nil, adopting: [], orphans: &orphans)
        try await storage.removeOrphans(orphans, on: connection)
        return disposition
    }

    /// One file, or (with `container`) one member of a container, recorded as a file at
    /// `container#member` so that its documents are held, found and revised like a file's.
    /// `adopting`: for a member new at its location, the documents its container stored for it
    /// under its own bytes (before members were recorded apart), to be revised into it.
    private func write(_ outcome: FileOutcome, container: Int64?, adopting: [StoredVersion],
                       orphans: inout [String]) async throws -> FileDisposition {
        let previous = try await previousHash(of: outcome.path)
        switch outcome.result {
        case .failed(let hash, let reason):
            let recorded = try await lockWithMembers(of: outcome.path, [previous])
            try await record(outcome, hash: hash, status: .failed, error: reason, container: container)
            try await drop(recorded, orphans: &orphans)
            if let previous { orphans.append(previous) }
            return .failed

        case .known(let hash):
            // Members are looked up only when there may be some to drop (the bytes changed).
            var recorded: [(path: String, hash: String?)] = []
            if previous == nil || previous == hash {
                try await lock(contents: [hash, previous])
            } else {
                recorded = try await lockWithMembers(of: outcome.path, [hash, previous])
            }
            // Another file's revision (in this run or another importer's) may have taken these bytes'
            // documents over: then the file has to be read after all. A copy of a container is read
            // too: its members are recorded from what it holds.
            if previous != hash {
                let stored = try await hasDocuments(hash)
                if !stored { return .needsRead }
                if try await isContainer(hash) { return .needsRead }
            }
            return try await recordKnown(outcome, hash: hash, previous: previous, container: container, recorded: recorded,
                                         orphans: &orphans)

        case .parsed(let hash, let documents, _):
            var recorded: [(path: String, hash: String?)] = []
            if previous == nil && outcome.members.isEmpty {
                try await lock(contents: [hash])
            } else {
                recorded = try await lockWithMembers(of: outcome.path, [hash, previous] + outcome.members.map(\.contentHash))
            }
            let existing = try await storedVersions(hash)
            // Another importer may have stored the same bytes since this file was checked: keep those.
            // (A container goes on: its members are recorded under its own path.)
            if outcome.members.isEmpty, !existing.isEmpty,
               existing.allSatisfy({ $0.parserVersion >= versions.parser && $0.extractorVersion >= versions.extractor }) {
                return try await recordKnown(outcome, hash: hash, previous: previous, container: container, recorded: recorded,
                                             orphans: &orphans)
            }
            // A changed file whose old bytes no other file holds: its documents are revised in place.
            var stored = existing
            var revisesPrevious = false
            if existing.isEmpty, let previous, previous != hash, try await !isHeld(previous, byAnyFileBut: outcome.path) {
                stored = try await storedVersions(previous)
                revisesPrevious = true
            } else if existing.isEmpty, previous == nil, !adopting.isEmpty {
                stored = adopting
            }
            // A container's documents stored under its own bytes that belong to a member go to it.
            let legacy = outcome.members.isEmpty ? [] : stored.filter { MemberInput.belongs($0.part, to: outcome.members) }
            if !legacy.isEmpty { stored.removeAll { MemberInput.belongs($0.part, to: outcome.members) } }
            try await DocumentWrite(file: self).store(documents, contentHash: hash, previous: stored)
            try await record(outcome, hash: hash, status: .ok, error: nil, container: container)
            if let previous, previous != hash, !revisesPrevious { orphans.append(previous) }
            if !outcome.members.isEmpty || !recorded.isEmpty {
                try await writeMembers(of: outcome, recorded: recorded, adopting: legacy, orphans: &orphans)
            }
            return (existing.isEmpty && previous == nil) ? .imported : .updated
        }
    }

    /// A container's members, each as a file at `container#member`; members it no longer holds are
    /// dropped. Inside the container's transaction, path lock and content locks (its members' taken
    /// with its own).
    /// `legacy`: the container's documents stored under its own bytes for its members; each member
    /// new at its location takes its own, and those no member took are removed.
    private func writeMembers(of outcome: FileOutcome, recorded: [(path: String, hash: String?)], adopting legacy: [StoredVersion],
                              orphans: inout [String]) async throws {
        guard let id = try await fileID(outcome.path) else { return }
        // Each old document goes to the innermost member it was read from.
        var owned: [Int: [StoredVersion]] = [:]
        for stored in legacy {
            guard let (owner, relative) = MemberInput.owner(of: stored.part, among: outcome.members) else { continue }
            var moved = stored
            moved.matchingPart = relative
            owned[owner, default: []].append(moved)
        }
        var kept: Set<String> = []
        for (index, member) in outcome.members.enumerated() {
            let file = member.outcome(in: outcome)
            guard kept.insert(file.path).inserted else { continue }
            _ = try await write(file, container: id, adopting: owned[index] ?? [], orphans: &orphans)
        }
        try await drop(recorded.filter { !kept.contains($0.path) }, orphans: &orphans)
        try await shareMembers(of: outcome.path)
        // Taken documents moved to their member's bytes (a revision sets content_hash); the rest go,
        // their people's corrections first handed to the document their member's bytes already have.
        for stored in legacy {
            guard let (owner, relative) = MemberInput.owner(of: stored.part, among: outcome.members) else { continue }
            var sql = SQL()
            let from = sql.bind(stored.id), was = sql.bind(stored.contentHash)
            sql += """
                UPDATE claim_corrections SET document_id = d.id
                FROM (SELECT id FROM documents WHERE content_hash = \(sql.bind(outcome.members[owner].contentHash))
                      AND part = \(sql.bind(relative))) AS d
                WHERE claim_corrections.document_id = \(from)
                  AND EXISTS (SELECT 1 FROM documents o WHERE o.id = \(from) AND o.content_hash = \(was))
                  AND NOT EXISTS (SELECT 1 FROM claim_corrections c WHERE c.document_id = d.id
                                  AND c.start = claim_corrections.start AND c."end" = claim_corrections."end")
                """
            try await execute(sql)
        }
        if !legacy.isEmpty {
            var sql = SQL()
            sql += """
                DELETE FROM documents d USING unnest(\(sql.bind(legacy.map(\.id))), \(sql.bind(legacy.map(\.contentHash)))) AS l(id, hash)
                WHERE d.id = l.id AND d.content_hash = l.hash
                """
            try await execute(sql)
        }
    }

    /// Files with the same bytes as the container at `path` but no members recorded (imported before
    /// members were recorded apart) hold the same members: they get them too (see the SQLite backend).
    private func shareMembers(of path: String) async throws {
        var sql = SQL()
        sql += """
            INSERT INTO files (path, source_id, size, mtime_ns, content_hash, status, error, seen_at, container_id)
            SELECT o.path || substr(m.path, length(c.path) + 1), o.source_id, m.size, o.mtime_ns, m.content_hash, o.status,
                   NULL, m.seen_at, o.id
            FROM files c JOIN files m ON m.container_id = c.id
            JOIN files o ON o.content_hash = c.content_hash AND o.id <> c.id AND o.container_id IS NULL
                         AND o.status IN ('ok', 'missing')
            WHERE c.path = \(sql.bind(path)) AND NOT EXISTS (SELECT 1 FROM files x WHERE x.container_id = o.id)
            ON CONFLICT (path) DO NOTHING
            """
        try await execute(sql)
    }

    /// Locks these contents and those of the members recorded for the container at `path`, in the
    /// one order, and returns the members as they stand once the locks are held (another writer
    /// sharing members with this file, see `shareMembers`, may have added some meanwhile: their
    /// contents are then locked too).
    private func lockWithMembers(of path: String, _ contents: [String?]) async throws -> [(path: String, hash: String?)] {
        let seen = try await members(of: path)
        try await lock(contents: contents + seen.map(\.hash))
        let recorded = try await members(of: path)
        let late = Set(recorded.compactMap(\.hash)).subtracting(seen.compactMap(\.hash))
        if !late.isEmpty { try await lock(contents: Array(late)) }
        return recorded
    }

    /// The members recorded for the container at `path`.
    func members(of path: String) async throws -> [(path: String, hash: String?)] {
        var sql = SQL()
        sql += """
            SELECT m.path, m.content_hash FROM files m JOIN files c ON c.id = m.container_id
            WHERE c.path = \(sql.bind(path))
            """
        return try await run(sql).map { (try $0.must("path"), try $0.get("content_hash")) }
    }

    /// Forgets these members; their documents go at the end unless another file holds them.
    func drop(_ members: [(path: String, hash: String?)], orphans: inout [String]) async throws {
        guard !members.isEmpty else { return }
        var sql = SQL()
        sql += "DELETE FROM files WHERE path = ANY(\(sql.bind(members.map(\.path))))"
        try await execute(sql)
        orphans += members.compactMap(\.hash)
    }

    private func recordKnown(_ outcome: FileOutcome, hash: String, previous: String?, container: Int64?,
                             recorded: [(path: String, hash: String?)], orphans: inout [String]) async throws -> FileDisposition {
        try await record(outcome, hash: hash, status: .ok, error: nil, container: container)
        if let previous, previous != hash {
            orphans.append(previous)
            // A container whose bytes became another file's: what it held is no longer there.
            try await drop(recorded, orphans: &orphans)
        }
        // A container kept as missing that is back: its members are back with it.
        if container == nil {
            var sql = SQL()
            sql += """
                UPDATE files SET status = 'ok', seen_at = \(sql.bind(now))
                WHERE container_id = (SELECT id FROM files WHERE path = \(sql.bind(outcome.path))) AND status = 'missing'
                """
            try await execute(sql)
        }
        return previous == hash ? .unchanged : .duplicate
    }

    func fileID(_ path: String) async throws -> Int64? {
        var sql = SQL()
        sql += "SELECT id FROM files WHERE path = \(sql.bind(path))"
        return try await run(sql).first?.get("id")
    }

    /// Whether a file with these bytes is a container with members recorded.
    func isContainer(_ hash: String) async throws -> Bool {
        var sql = SQL()
        sql += """
            SELECT EXISTS (SELECT 1 FROM files c JOIN files m ON m.container_id = c.id WHERE c.content_hash = \(sql.bind(hash))) AS found
            """
        return try await run(sql).first?.must("found") ?? false
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

    func record(_ outcome: FileOutcome, hash: String?, status: FileStatus, error: String?, container: Int64? = nil) async throws {
        var sql = SQL()
        sql += """
            INSERT INTO files (path, source_id, size, mtime_ns, content_hash, status, error, seen_at, container_id)
            VALUES (\(sql.bind(outcome.path)), \(sql.bind(versions.sourceID)), \(sql.bind(outcome.size)), \(sql.bind(outcome.mtimeNanoseconds)),
                    \(sql.bind(hash)), \(sql.bind(status.rawValue)), \(sql.bind(error)), \(sql.bind(now)), \(sql.bind(container)))
            ON CONFLICT (path) DO UPDATE SET
                source_id = coalesce(excluded.source_id, files.source_id),
                size = excluded.size, mtime_ns = excluded.mtime_ns, content_hash = excluded.content_hash,
                status = excluded.status, error = excluded.error, seen_at = excluded.seen_at,
                container_id = excluded.container_id
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
    /// The part a new parse is matched on: the stored part, or for a document a container stored
    /// for one of its members (see `MemberInput`), its part relative to that member.
    var matchingPart: String
    var textHash: String
    var title: String?
    var parserVersion: Int
    var extractorVersion: Int

    init(_ row: PostgresRandomAccessRow) throws {
        id = try row.must("id")
        contentHash = try row.must("content_hash")
        part = try row.must("part")
        matchingPart = part
        textHash = try row.must("text_hash")
        title = try row.get("title")
        parserVersion = Int(try row.must("parser_version", as: Int32.self))
        extractorVersion = Int(try row.must("extractor_version", as: Int32.self))
    }
}
