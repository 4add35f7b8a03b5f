import Foundation
import PostgresNIO
import Logging
import DossierStorage

/// The PostgreSQL schema's migrations (schema/postgres/, embedded by scripts/embed-schema.sh).
enum PostgresSchema {
    /// Any number, fixed: the advisory lock every migrating process takes, so two importers starting
    /// together on a new database do not both create it.
    static let migrationLock: Int64 = 0x646F_7373_6965_7201  // "dossier" + 1

    static var migrationNames: [String] { migrations.map(\.name) }

    /// Brings the database up to date under the migration lock. A database migrated by a newer
    /// Dossier (a migration this build does not know) is refused, never written.
    static func migrate(_ connection: PostgresConnection, logger: Logger, readOnly: Bool) async throws {
        let applied = try await appliedMigrations(connection, logger: logger)
        try refuseNewer(applied)
        let missing = migrationNames.filter { !applied.contains($0) }
        // Up to date: nothing to lock or create (a read-only user may open it for anything).
        if missing.isEmpty { return }
        if readOnly {
            throw StorageError(applied.isEmpty
                ? "the database holds no Dossier archive yet: import into it first (dossier import … --db URL)"
                : "the archive's schema is older than this Dossier (missing \(missing.joined(separator: ", "))): run any writing command (dossier check --repair) to upgrade it")
        }
        _ = try await connection.query("SELECT pg_advisory_lock(\(migrationLock))", logger: logger)
        do {
            _ = try await connection.query("""
                CREATE TABLE IF NOT EXISTS dossier_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = try await appliedMigrations(connection, logger: logger)
            try refuseNewer(applied)
            for (name, sql) in migrations where !applied.contains(name) {
                // One transaction per migration: a failure leaves the database at the previous one.
                _ = try await connection.query("BEGIN", logger: logger)
                for statement in statements(sql) {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                _ = try await connection.query("INSERT INTO dossier_migrations (name) VALUES (\(name))", logger: logger)
                _ = try await connection.query("COMMIT", logger: logger)
            }
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(migrationLock))", logger: logger)
            throw error
        }
        _ = try await connection.query("SELECT pg_advisory_unlock(\(migrationLock))", logger: logger)
    }

    static func appliedMigrations(_ connection: PostgresConnection, logger: Logger) async throws -> Set<String> {
        let exists = try await connection.query("SELECT to_regclass('dossier_migrations') IS NOT NULL", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        guard exists else { return [] }
        var names: Set<String> = []
        for try await name in try await connection.query("SELECT name FROM dossier_migrations", logger: logger).decode(String.self) {
            names.insert(name)
        }
        return names
    }

    static func refuseNewer(_ applied: Set<String>) throws {
        let unknown = applied.subtracting(migrationNames).sorted()
        guard unknown.isEmpty else {
            throw StorageError("the archive was written by a newer Dossier (schema \(unknown.joined(separator: ", "))); upgrade Dossier to use it")
        }
    }

    /// A migration file's statements, one by one (the extended protocol takes one at a time): split
    /// at semicolons outside quotes, dollar quotes and comments.
    static func statements(_ sql: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quote: Character?
        var dollar: String?
        var comment = false
        var i = sql.startIndex
        while i < sql.endIndex {
            let c = sql[i]
            let next = sql.index(after: i)
            if comment {
                if c == "\n" { comment = false; current.append(c) }
                i = next
                continue
            }
            if let tag = dollar {
                if sql[i...].hasPrefix(tag) {
                    current += tag
                    i = sql.index(i, offsetBy: tag.count)
                    dollar = nil
                } else {
                    current.append(c)
                    i = next
                }
                continue
            }
            if let open = quote {
                current.append(c)
                if c == open { quote = nil }
                i = next
                continue
            }
            if c == "-", next < sql.endIndex, sql[next] == "-" { comment = true; i = next; continue }
            if c == "'" || c == "\"" { quote = c }
            if c == "$", let close = sql[next...].firstIndex(of: "$"), sql[next..<close].allSatisfy({ $0.isLetter || $0 == "_" }) {
                let tag = String(sql[i...close])
                current += tag
                dollar = tag
                i = sql.index(after: close)
                continue
            }
            if c == ";" {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { out.append(statement) }
                current = ""
            } else {
                current.append(c)
            }
            i = next
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { out.append(last) }
        return out
    }
}
