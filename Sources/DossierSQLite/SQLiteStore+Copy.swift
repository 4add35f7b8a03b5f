import Foundation
public import DossierStorage
internal import GRDB

/// Rows as they are, for `dossier copy` (see `ArchiveTable`).
extension SQLiteStore {
    public func exportRows(_ table: ArchiveTable, after: Int64, limit: Int) throws -> [ArchiveRow] {
        let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        return try writer.read { db in
            let rows: [Row]
            if table.hasID {
                rows = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table.rawValue) WHERE id > ? ORDER BY id LIMIT ?",
                                        arguments: [after, limit])
            } else {
                rows = after > 0 ? [] : try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table.rawValue) ORDER BY 1")
            }
            return rows.map { row in
                ArchiveRow((0..<row.count).map { index in
                    switch (row[index] as DatabaseValue).storage {
                    case .null: .null
                    case .int64(let n): .integer(n)
                    case .double(let x): .real(x)
                    case .string(let s): .text(s)
                    case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                    }
                })
            }
        }
    }

    public func importRows(_ table: ArchiveTable, _ rows: [ArchiveRow]) throws -> Int {
        guard !rows.isEmpty else { return 0 }
        let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        return try writer.write { db in
            let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(table.rawValue) (\(columns)) VALUES (\(marks))")
            var written = 0
            for row in rows {
                try insert.execute(arguments: StatementArguments(row.values.map { value -> (any DatabaseValueConvertible)? in
                    switch value {
                    case .null: nil
                    case .integer(let n): n
                    case .real(let x): x
                    case .text(let s): s
                    }
                }))
                written += db.changesCount
            }
            return written
        }
    }

    public func lastID(_ table: ArchiveTable) throws -> Int64 {
        guard table.hasID else { return 0 }
        return try writer.read { db in try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table.rawValue)") ?? 0 }
    }

    /// The full-text indexes are made from the copied rows (SQLite numbers new rows after the largest id by itself).
    public func finishCopy() throws {
        try writer.write { db in try Self.rebuildIndexes(db) }
    }
}
