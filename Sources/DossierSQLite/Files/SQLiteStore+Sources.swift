import Foundation
public import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// Every import root, with its counts.
    public func sources() throws -> [SourceSummary] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.root, s.name, s.added_at, s.last_run_at, s.last_result, s.excludes,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'ok' AND f.container_id IS NULL) AS files,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'failed' AND f.container_id IS NULL) AS failed,
                       (SELECT count(*) FROM files f WHERE f.source_id = s.id AND f.status = 'missing' AND f.container_id IS NULL) AS missing,
                       (SELECT count(*) FROM documents d WHERE d.content_hash IN
                            (SELECT content_hash FROM files f WHERE f.source_id = s.id AND f.status IN ('ok', 'missing'))) AS documents
                FROM sources s ORDER BY s.root
                """).map { row in
                SourceSummary(root: row["root"], name: row["name"], files: row["files"], documents: row["documents"], failed: row["failed"],
                              missing: row["missing"], addedAt: row["added_at"], lastRunAt: row["last_run_at"],
                              lastResult: row["last_result"], excludes: Self.patterns(row["excludes"]))
            }
        }
    }

    /// The exclude patterns of every source that has some, by root.
    public func sourceExcludes() throws -> [String: [String]] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT root, excludes FROM sources WHERE excludes <> '[]'")
                .reduce(into: [:]) { $0[$1[0] as String] = Self.patterns($1[1]) }
        }
    }

    /// Sets the patterns a source leaves out (registering the root if new).
    public func setExcludes(_ patterns: [String], root: String) throws {
        _ = try registerSource(root: root)
        try writer.write { db in
            try db.execute(sql: "UPDATE sources SET excludes = ? WHERE root = ?", arguments: [Self.json(patterns), root])
        }
    }

    static func patterns(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// The roots of every source, for a reindex of everything.
    public func sourceRoots() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT root FROM sources ORDER BY root") }
    }

    /// Drops a root: its files, the documents only they held, and the root.
    /// Returns the number of files dropped, or nil when the root is unknown.
    public func removeSource(root: String) throws -> Int? {
        try writer.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE root = ?", arguments: [root]) else { return nil }
            // The root's files and the members of its containers.
            let hashes = try String.fetchAll(db, sql: """
                SELECT DISTINCT content_hash FROM files
                WHERE (source_id = ? OR container_id IN (SELECT id FROM files WHERE source_id = ?)) AND content_hash IS NOT NULL
                """, arguments: [id, id])
            let dropped = try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE source_id = ? AND container_id IS NULL",
                                           arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM files WHERE container_id IN (SELECT id FROM files WHERE source_id = ?)", arguments: [id])
            try db.execute(sql: "DELETE FROM files WHERE source_id = ?", arguments: [id])
            try Self.removeOrphans(hashes, db)
            try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
            return dropped
        }
    }
}

extension SQLiteStore {
    public func sourceNames() throws -> [String: String?] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT root, name FROM sources").reduce(into: [:]) { $0[$1[0] as String] = .some($1[1] as String?) }
        }
    }

    public func renameSource(root: String, name: String) throws -> Bool {
        if let problem = SourceNames.problem(with: name) { throw StorageError(problem) }
        return try writer.write { db in
            if let holder = try String.fetchOne(db, sql: "SELECT root FROM sources WHERE name = ? AND root <> ?", arguments: [name, root]) {
                throw StorageError("the name \(name) is taken by \(holder); choose another")
            }
            try db.execute(sql: "UPDATE sources SET name = ? WHERE root = ?", arguments: [name, root])
            return db.changesCount > 0
        }
    }

    public func moveSource(from: String, to: String) throws -> Int? {
        try writer.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE root = ?", arguments: [from]) else { return nil }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE root = ?)", arguments: [to]) == true {
                throw StorageError("\(to) is already a source of its own; remove it first (dossier sources remove)")
            }
            try db.execute(sql: "UPDATE sources SET root = ? WHERE id = ?", arguments: [to, id])
            // The root itself (a file given to import), the members of a root that is a container, and every path under it.
            let moved = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM files WHERE (path = ? OR substr(path, 1, length(?) + 1) = ? || '/') AND container_id IS NULL
                """, arguments: [from, from, from]) ?? 0
            try db.execute(sql: """
                UPDATE files SET path = ? || substr(path, length(?) + 1)
                WHERE path = ? OR substr(path, 1, length(?) + 1) = ? || '/'
                   OR container_id = (SELECT id FROM files WHERE path = ?)
                """, arguments: [to, from, from, from, from, from])
            return moved
        }
    }
}
