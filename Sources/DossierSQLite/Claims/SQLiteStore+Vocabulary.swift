internal import GRDB
import DossierStorage

extension SQLiteStore {
    /// Every metric a claim has (a short list: the extractor's metric names, through their index).
    public func metrics() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT metric FROM claims WHERE metric IS NOT NULL ORDER BY metric")
        }
    }

    /// Subjects whose normalised key starts like `key` (its first two characters), one written form
    /// each, at most `limit`: the candidates for "did you mean" when a subject matches nothing.
    public func subjects(startingLike key: String, limit: Int = 5000) throws -> [String] {
        let prefix = String(key.prefix(2))
        guard !prefix.isEmpty else { return [] }
        return try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT min(subject) FROM claims WHERE subject_key >= ? AND subject_key < ?
                GROUP BY subject_key LIMIT ?
                """, arguments: [prefix, prefix + "\u{10FFFF}", limit])
        }
    }
}
