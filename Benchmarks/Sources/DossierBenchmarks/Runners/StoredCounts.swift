internal import GRDB

/// Counts read back from a database after a run, to check the run did the work.
enum StoredCounts {
    static func documents(in path: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
    }
}
