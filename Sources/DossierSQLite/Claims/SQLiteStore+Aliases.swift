import Foundation
public import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// Adds or replaces an alias.
    public func addAlias(_ alias: SubjectAlias) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO aliases (alias_key, alias, subject) VALUES (?, ?, ?)
                ON CONFLICT(alias_key) DO UPDATE SET alias = excluded.alias, subject = excluded.subject
                """, arguments: [alias.key, alias.alias, alias.subject])
        }
    }

    /// Every alias, by alias key.
    public func aliases() throws -> [SubjectAlias] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT alias_key, alias, subject FROM aliases ORDER BY alias_key").map {
                SubjectAlias(key: $0[0], alias: $0[1], subject: $0[2])
            }
        }
    }

    /// Removes the alias with this key. Returns false when there was none.
    @discardableResult
    public func removeAlias(key: String) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM aliases WHERE alias_key = ?", arguments: [key])
            return db.changesCount > 0
        }
    }
}
