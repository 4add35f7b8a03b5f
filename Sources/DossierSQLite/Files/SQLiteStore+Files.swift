import Foundation
public import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// Every recorded file (optionally only those under `roots`) and the set
    /// of content hashes with current documents.
    public func knownFiles(under roots: [String]? = nil, parserVersion: Int, extractorVersion: Int) throws -> KnownFiles {
        try writer.read { db in
            var known = KnownFiles()
            // Members of containers are not on disk: their container stands for them.
            var sql = "SELECT path, size, mtime_ns, content_hash, status, error FROM files WHERE container_id IS NULL"
            var arguments = StatementArguments()
            if let roots, roots.isEmpty {
                sql += " AND 0"  // no roots: no files (never "all files")
            } else if let roots {
                sql += " AND (" + roots.map { _ in "(path = ? OR substr(path, 1, ?) = ?)" }.joined(separator: " OR ") + ")"
                for root in roots {
                    let prefix = root.hasSuffix("/") ? root : root + "/"
                    arguments += [root, prefix.count, prefix]
                }
            }
            // Sized up front: growing a 100,000-entry dictionary step by step
            // was a tenth of a no-op reindex.
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
            known.files.reserveCapacity(count)
            known.currentHashes.reserveCapacity(count)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let state = FileState(path: row[0], size: row[1], mtimeNanoseconds: row[2], contentHash: row[3],
                                      status: FileStatus(stored: row[4]), error: row[5])
                known.files[state.path] = state
            }
            let hashes = try String.fetchCursor(db, sql: """
                SELECT content_hash FROM documents GROUP BY content_hash
                HAVING min(parser_version) >= ? AND min(extractor_version) >= ?
                """, arguments: [parserVersion, extractorVersion])
            while let hash = try hashes.next() { known.currentHashes.insert(hash) }
            try Self.addContainers(to: &known, parserVersion: parserVersion, extractorVersion: extractorVersion, db)
            return known
        }
    }

    /// A container is current when its own documents and its members' are: then it need not be
    /// read (it may hold no document of its own), and otherwise it must be, even if its own are.
    static func addContainers(to known: inout KnownFiles, parserVersion: Int, extractorVersion: Int, _ db: Database) throws {
        // By content: the copies of one container hold the same members. Missing copies are left
        // out (they are not read, so they could never become current).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.content_hash, min(
                   NOT EXISTS (SELECT 1 FROM files m JOIN documents d ON d.content_hash = m.content_hash
                               WHERE m.container_id = c.id AND (d.parser_version < ? OR d.extractor_version < ?))
                   AND NOT EXISTS (SELECT 1 FROM files m WHERE m.container_id = c.id AND m.content_hash IS NULL)
                   AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = c.content_hash
                                   AND (d.parser_version < ? OR d.extractor_version < ?)))
            FROM files c
            WHERE c.container_id IS NULL AND c.content_hash IS NOT NULL AND c.status = 'ok'
              AND EXISTS (SELECT 1 FROM files m WHERE m.container_id = c.id)
            GROUP BY c.content_hash
            """, arguments: [parserVersion, extractorVersion, parserVersion, extractorVersion])
        while let row = try rows.next() {
            let hash: String = row[0]
            if row[1] as Bool { known.currentHashes.insert(hash) } else { known.currentHashes.remove(hash) }
        }
    }

    /// Records that a file was seen unchanged in content though its mtime
    /// moved (a `touch`): no re-import, just the new mtime.
    public func touch(path: String, size: Int64, mtimeNanoseconds: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE files SET size = ?, mtime_ns = ?, seen_at = ? WHERE path = ?",
                           arguments: [size, mtimeNanoseconds, SQLiteStore.now(), path])
        }
    }

    /// Forgets files that disappeared, with the documents only they held
    /// (claims and facts go with them); or, with `keepMissing`, marks them
    /// missing and keeps their documents searchable.
    @discardableResult
    public func removeFiles(_ paths: [String], keepMissing: Bool) throws -> Int {
        guard !paths.isEmpty else { return 0 }
        return try writer.write { db in
            var removed = 0
            var gone: [String] = []
            for path in paths {
                let id = try Self.fileID(path: path, db)
                if keepMissing {
                    try db.execute(sql: "UPDATE files SET status = 'missing', seen_at = ? WHERE path = ? AND status <> 'missing'",
                                   arguments: [SQLiteStore.now(), path])
                    removed += db.changesCount
                    try db.execute(sql: "UPDATE files SET status = 'missing' WHERE container_id = ?", arguments: [id])
                } else {
                    // The file and, for a container, its members.
                    gone += try String.fetchAll(db, sql: """
                        SELECT content_hash FROM files WHERE (id = ? OR container_id = ?) AND content_hash IS NOT NULL
                        """, arguments: [id, id])
                    try db.execute(sql: "DELETE FROM files WHERE container_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                    removed += db.changesCount
                }
            }
            try Self.removeOrphans(gone, db)
            return removed
        }
    }
}
