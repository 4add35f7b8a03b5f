import Foundation
public import DossierStorage
import PostgresNIO

extension PostgresStorage {
    public func registerSource(root: String) async throws -> Int64 {
        try await connected { connection in
            var sql = SQL()
            let r = sql.bind(root), now = sql.bind(Self.now())
            // DO UPDATE, not DO NOTHING: it waits for another importer registering the same root and
            // returns its row, where a SELECT in the same statement would not see it yet.
            sql += """
                INSERT INTO sources (root, added_at) VALUES (\(r), \(now))
                ON CONFLICT (root) DO UPDATE SET root = excluded.root RETURNING id
                """
            guard let id = try await rows(sql, on: connection).first?.get("id", as: Int64.self) else {
                throw StorageError("could not register the source \(root)")
            }
            return id
        }
    }

    public func finishSource(id: Int64, summaryJSON: String) async throws {
        try await connected { connection in
            var sql = SQL()
            sql += "UPDATE sources SET last_run_at = \(sql.bind(Self.now())), last_result = \(sql.bind(summaryJSON)) WHERE id = \(sql.bind(id))"
            try await execute(sql, on: connection)
        }
    }

    public func sources() async throws -> [SourceSummary] {
        try await connected { connection in
            try await rows(SQL("""
                SELECT s.root, s.name, s.added_at, s.last_run_at, s.last_result, s.excludes,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'ok' AND f.container_id IS NULL) AS files,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'failed' AND f.container_id IS NULL) AS failed,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'missing' AND f.container_id IS NULL) AS missing,
                       (SELECT count(*) FROM documents d WHERE d.content_hash IN
                           (SELECT f.content_hash FROM files f WHERE f.source_id = s.id AND f.status IN ('ok', 'missing'))) AS documents
                FROM sources s ORDER BY s.root COLLATE "C"
                """), on: connection).map { row in
                SourceSummary(root: try row.must("root"), name: try row.get("name"), files: Int(try row.must("files", as: Int64.self)),
                              documents: Int(try row.must("documents", as: Int64.self)), failed: Int(try row.must("failed", as: Int64.self)),
                              missing: Int(try row.must("missing", as: Int64.self)), addedAt: try row.must("added_at"),
                              lastRunAt: try row.get("last_run_at"), lastResult: try row.get("last_result"),
                              excludes: Self.patterns(try row.get("excludes", as: String.self)))
            }
        }
    }

    static func patterns(_ json: String?) -> [String] {
        guard let data = json?.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    public func sourceRoots() async throws -> [String] {
        try await connected { connection in
            try await rows(SQL("SELECT root FROM sources ORDER BY root COLLATE \"C\""), on: connection).map { try $0.must("root") }
        }
    }

    public func sourceExcludes() async throws -> [String: [String]] {
        try await connected { connection in
            var out: [String: [String]] = [:]
            for row in try await rows(SQL("SELECT root, excludes FROM sources"), on: connection) {
                let patterns = Self.patterns(try row.get("excludes", as: String.self))
                if !patterns.isEmpty { out[try row.must("root")] = patterns }
            }
            return out
        }
    }

    public func setExcludes(_ patterns: [String], root: String) async throws {
        try await connected { connection in
            var sql = SQL()
            sql += "UPDATE sources SET excludes = \(sql.bind(Self.json(patterns))) WHERE root = \(sql.bind(root))"
            try await execute(sql, on: connection)
        }
    }

    /// Under the archive's exclusive lock: no import writes while a source's files go.
    public func removeSource(root: String) async throws -> Int? {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await execute(SQL("SELECT pg_advisory_xact_lock(\(Self.archiveLock))"), on: connection)
                var find = SQL()
                find += "SELECT id FROM sources WHERE root = \(find.bind(root))"
                guard let id = try await rows(find, on: connection).first?.must("id", as: Int64.self) else { return nil }
                var hashes = SQL()
                let i = hashes.bind(id)
                // The root's files and the members of its containers.
                hashes += """
                    SELECT DISTINCT content_hash FROM files
                    WHERE (source_id = \(i) OR container_id IN (SELECT id FROM files WHERE source_id = \(i))) AND content_hash IS NOT NULL
                    """
                let gone: [String] = try await rows(hashes, on: connection).map { try $0.must("content_hash") }
                var members = SQL()
                members += "DELETE FROM files WHERE container_id IN (SELECT id FROM files WHERE source_id = \(members.bind(id)))"
                try await execute(members, on: connection)
                var delete = SQL()
                delete += "WITH gone AS (DELETE FROM files WHERE source_id = \(delete.bind(id)) RETURNING 1) SELECT count(*) AS n FROM gone"
                let removed = try await rows(delete, on: connection).first?.must("n", as: Int64.self) ?? 0
                var source = SQL()
                source += "DELETE FROM sources WHERE id = \(source.bind(id))"
                try await execute(source, on: connection)
                try await removeOrphans(gone, on: connection)
                return Int(removed)
            }
        } catch {
            throw explained(error)
        }
    }

    /// Deletes the documents of these contents when no file holds them any more.
    func removeOrphans(_ hashes: [String], on connection: PostgresConnection) async throws {
        guard !hashes.isEmpty else { return }
        var sql = SQL()
        sql += """
            DELETE FROM documents WHERE content_hash = ANY(\(sql.bind(hashes)))
              AND NOT EXISTS (SELECT 1 FROM files f WHERE f.content_hash = documents.content_hash AND f.status IN ('ok', 'missing'))
            """
        try await execute(sql, on: connection)
    }

    public func knownFiles(under roots: [String]?, parserVersion: Int, extractorVersion: Int) async throws -> KnownFiles {
        try await connected { connection in
            var known = KnownFiles()
            // Members of containers are not on disk: their container stands for them.
            var sql = SQL("SELECT path, size, mtime_ns, content_hash, status, error FROM files WHERE container_id IS NULL")
            if let roots, roots.isEmpty {
                sql += " AND FALSE"
            } else if let roots {
                var conditions: [String] = []
                for root in roots {
                    let prefix = root.hasSuffix("/") ? root : root + "/"
                    conditions.append("(path = \(sql.bind(root)) OR starts_with(path, \(sql.bind(prefix))))")
                }
                sql += " AND (" + conditions.joined(separator: " OR ") + ")"
            }
            for try await (path, size, mtime, hash, status, error) in try await connection.query(sql.query, logger: logger)
                .decode((String, Int64, Int64, String?, String, String?).self) {
                known.files[path] = FileState(path: path, size: size, mtimeNanoseconds: mtime, contentHash: hash,
                                              status: FileStatus(rawValue: status) ?? .failed, error: error)
            }
            var current = SQL()
            current += """
                SELECT content_hash FROM documents GROUP BY content_hash
                HAVING min(parser_version) >= \(current.bind(parserVersion)) AND min(extractor_version) >= \(current.bind(extractorVersion))
                """
            for try await hash in try await connection.query(current.query, logger: logger).decode(String.self) {
                known.currentHashes.insert(hash)
            }
            // A container is current when its own documents and its members' are (see the SQLite backend).
            var containers = SQL()
            let p = containers.bind(parserVersion), e = containers.bind(extractorVersion)
            containers += """
                SELECT c.content_hash, bool_and(
                       NOT EXISTS (SELECT 1 FROM files m JOIN documents d ON d.content_hash = m.content_hash
                                   WHERE m.container_id = c.id AND (d.parser_version < \(p) OR d.extractor_version < \(e)))
                       AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = c.id AND m.content_hash IS NULL)
                       AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = c.content_hash
                                       AND (d.parser_version < \(p) OR d.extractor_version < \(e)))) AS current
                FROM files c
                WHERE c.container_id IS NULL AND c.content_hash IS NOT NULL AND c.status = 'ok'
                  AND EXISTS (SELECT 1 FROM files m WHERE m.container_id = c.id)
                GROUP BY c.content_hash
                """
            for try await (hash, current) in try await connection.query(containers.query, logger: logger).decode((String, Bool).self) {
                if current { known.currentHashes.insert(hash) } else { known.currentHashes.remove(hash) }
            }
            return known
        }
    }

    /// One file at a time, each in its own transaction under its path lock and then its content's
    /// lock, as an import writes: a file another importer is recording with the same bytes keeps
    /// those documents.
    public func removeFiles(_ paths: [String], keepMissing: Bool) async throws -> Int {
        var removed = 0
        for path in paths {
            try Task.checkCancellation()
            do {
                removed += try await client.withTransaction(logger: logger) { connection in
                    let file = FileWrite(storage: self, connection: connection, versions: .init(parser: 0, extractor: 0, sourceID: nil))
                    try await file.lock(path: path)
                    var find = SQL()
                    find += "SELECT id, content_hash, status FROM files WHERE path = \(find.bind(path))"
                    guard let row = try await rows(find, on: connection).first else { return 0 }
                    let id: Int64 = try row.must("id")
                    if keepMissing {
                        guard try row.must("status", as: String.self) != FileStatus.missing.rawValue else { return 0 }
                        var mark = SQL()
                        let i = mark.bind(id)
                        mark += "UPDATE files SET status = 'missing', seen_at = \(mark.bind(Self.now())) WHERE id = \(i) OR container_id = \(i)"
                        try await execute(mark, on: connection)
                        return 1
                    }
                    // The file and, for a container, its members.
                    var held = SQL()
                    let i = held.bind(id)
                    held += "SELECT content_hash FROM files WHERE (id = \(i) OR container_id = \(i)) AND content_hash IS NOT NULL"
                    let hashes: [String] = try await rows(held, on: connection).map { try $0.must("content_hash") }
                    try await file.lock(contents: hashes)
                    var delete = SQL()
                    let d = delete.bind(id)
                    delete += "DELETE FROM files WHERE container_id = \(d) OR id = \(d)"
                    try await execute(delete, on: connection)
                    try await removeOrphans(hashes, on: connection)
                    return 1
                }
            } catch {
                throw explained(error)
            }
        }
        return removed
    }
}

extension PostgresStorage {
    public func sourceNames() async throws -> [String: String?] {
        try await connected { connection in
            var out: [String: String?] = [:]
            for row in try await rows(SQL("SELECT root, name FROM sources"), on: connection) {
                out[try row.must("root")] = .some(try row.get("name", as: String.self))
            }
            return out
        }
    }

    public func renameSource(root: String, name: String) async throws -> Bool {
        if let problem = SourceNames.problem(with: name) { throw StorageError(problem) }
        return try await connected { connection in
            var taken = SQL()
            taken += "SELECT root FROM sources WHERE name = \(taken.bind(name)) AND root <> \(taken.bind(root))"
            if let holder = try await rows(taken, on: connection).first?.get("root", as: String.self) {
                throw StorageError("the name \(name) is taken by \(holder); choose another")
            }
            var sql = SQL()
            sql += "WITH named AS (UPDATE sources SET name = \(sql.bind(name)) WHERE root = \(sql.bind(root)) RETURNING 1) SELECT count(*) AS n FROM named"
            return try await rows(sql, on: connection).first?.must("n", as: Int64.self) ?? 0 > 0
        }
    }

    /// Under the archive's exclusive lock: no import records a path under the old root meanwhile.
    public func moveSource(from: String, to: String) async throws -> Int? {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await execute(SQL("SELECT pg_advisory_xact_lock(\(Self.archiveLock))"), on: connection)
                var find = SQL()
                find += "SELECT id FROM sources WHERE root = \(find.bind(from))"
                guard let id = try await rows(find, on: connection).first?.must("id", as: Int64.self) else { return nil }
                var clash = SQL()
                clash += "SELECT 1 AS x FROM sources WHERE root = \(clash.bind(to))"
                guard try await rows(clash, on: connection).isEmpty else {
                    throw StorageError("\(to) is already a source of its own; remove it first (dossier sources remove)")
                }
                var root = SQL()
                root += "UPDATE sources SET root = \(root.bind(to)) WHERE id = \(root.bind(id))"
                try await execute(root, on: connection)
                var files = SQL()
                let f = files.bind(from), t = files.bind(to), under = files.bind(from + "/")
                // The root itself, the members of a root that is a container, and every path under it.
                files += """
                    WITH moved AS (UPDATE files SET path = \(t) || substr(path, length(\(f)) + 1)
                                   WHERE path = \(f) OR starts_with(path, \(under))
                                      OR container_id = (SELECT id FROM files WHERE path = \(f))
                                   RETURNING container_id)
                    SELECT count(*) FILTER (WHERE container_id IS NULL) AS n FROM moved
                    """
                return Int(try await rows(files, on: connection).first?.must("n", as: Int64.self) ?? 0)
            }
        } catch {
            throw explained(error)
        }
    }
}
