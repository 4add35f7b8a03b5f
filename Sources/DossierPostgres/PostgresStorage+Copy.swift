import Foundation
public import DossierStorage
import PostgresNIO

/// Rows as they are, for `dossier copy` (see `ArchiveTable`).
extension PostgresStorage {
    /// How a portable column is read and written where PostgreSQL's type differs from SQLite's.
    static func read(_ column: String) -> String {
        switch column {
        case "metadata": "metadata::text AS metadata"
        case "has_dimensions": "has_dimensions::int AS has_dimensions"
        default: "\"\(column)\""
        }
    }

    static func written(_ column: String, _ placeholder: String) -> String {
        switch column {
        case "metadata": "\(placeholder)::jsonb"
        case "has_dimensions": "(\(placeholder))::int::boolean"
        default: placeholder
        }
    }

    public func exportRows(_ table: ArchiveTable, after: Int64, limit: Int) async throws -> [ArchiveRow] {
        if !table.hasID, after > 0 { return [] }
        return try await connected { connection in
            var sql = SQL("SELECT " + table.columns.map(Self.read).joined(separator: ", ") + " FROM \(table.rawValue)")
            sql += table.hasID ? " WHERE id > \(sql.bind(after)) ORDER BY id LIMIT \(sql.bind(limit))" : " ORDER BY 1"
            var out: [ArchiveRow] = []
            for try await row in try await connection.query(sql.query, logger: logger) {
                out.append(ArchiveRow(try row.map(Self.value)))
            }
            return out
        }
    }

    static func value(_ cell: PostgresCell) throws -> StoredValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }

    public func importRows(_ table: ArchiveTable, _ rows: [ArchiveRow]) async throws -> Int {
        guard !rows.isEmpty else { return 0 }
        do {
            return try await client.withTransaction(logger: logger) { connection in
                var written = 0
                for row in rows {
                    var sql = SQL()
                    let values = zip(table.columns, row.values).map { column, value -> String in
                        let placeholder: String
                        switch value {
                        case .null: placeholder = "NULL"
                        case .integer(let n): placeholder = sql.bind(n)
                        case .real(let x): placeholder = sql.bind(x)
                        case .text(let s): placeholder = sql.bind(s)
                        }
                        return Self.written(column, placeholder)
                    }
                    let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
                    sql += "INSERT INTO \(table.rawValue) (\(columns)) VALUES (\(values.joined(separator: ", "))) ON CONFLICT DO NOTHING RETURNING 1 AS written"
                    written += try await self.rows(sql, on: connection).count
                }
                return written
            }
        } catch {
            throw explained(error)
        }
    }

    public func lastID(_ table: ArchiveTable) async throws -> Int64 {
        guard table.hasID else { return 0 }
        return try await connected { connection in
            try await rows(SQL("SELECT coalesce(max(id), 0)::int8 AS id FROM \(table.rawValue)"), on: connection).first?.must("id") ?? 0
        }
    }

    /// Indexes every copied document that has no full-text chunks yet, and moves each id sequence
    /// past the copied ids. The copy holds the archive's exclusive lease meanwhile.
    public func finishCopy() async throws {
        do {
            try await client.withTransaction(logger: logger) { connection in
                try await DocumentIndex.indexMissing(on: connection, storage: self)
                for table in ArchiveTable.allCases where table.hasID {
                    try await execute(SQL("""
                        SELECT setval(pg_get_serial_sequence('\(table.rawValue)', 'id'), coalesce((SELECT max(id) FROM \(table.rawValue)), 0) + 1, false)
                        """), on: connection)
                }
            }
        } catch {
            throw explained(error)
        }
    }
}
