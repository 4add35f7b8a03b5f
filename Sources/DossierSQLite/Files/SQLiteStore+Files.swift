import Foundation
public import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// Every recorded file (optionally only those under `roots`) and the set
    /// of content hashes with current documents.
    public func knownFiles(under roots: [String]? = nil, parserVersion: Int, extractorVersion: Int) throws -> KnownFiles {
        try writer.read { db in
            var known = KnownFiles()
            var sql = "SELECT path, size, mtime_ns, content_hash, status, error FROM files"
            var arguments = StatementArguments()
            if let roots, roots.isEmpty {
                sql += " WHERE 0"  // no roots: no files (never "all files")
            } else if let roots {
                sql += " WHERE " + roots.map { _ in "(path = ? OR substr(path, 1, ?) = ?)" }.joined(separator: " OR ")
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
            return known
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
                if keepMissing {
                    try db.execute(sql: "UPDATE files SET status = 'missing', seen_at = ? WHERE path = ? AND status <> 'missing'",
                                   arguments: [SQLiteStore.now(), path])
                    removed += db.changesCount
                } else {
                    let hash = try String.fetchOne(db, sql: "SELECT content_hash FROM files WHERE path = ?", arguments: [path])
                    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                    removed += db.changesCount
                    if let hash { gone.append(hash) }
                }
            }
            try Self.removeOrphans(gone, db)
            return removed
        }
    }
}
