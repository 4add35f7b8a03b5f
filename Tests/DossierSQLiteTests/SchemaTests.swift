import Foundation
import Testing
@testable import DossierSQLite
import DossierStorage

/// The program applies exactly the files of `schema/`, in order.
@Suite struct SchemaTests {
    static let schemaFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema")

    @Test func embeddedMigrationsMatchSchemaFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemaFolder.path)
            .filter { $0.hasSuffix(".sql") }
            .sorted()
        #expect(files == Schema.migrationNames, "schema/ and the embedded migrations differ: run scripts/embed-schema.sh")
        for (name, sql) in Schema.migrationSQL {
            let onDisk = try String(contentsOf: Self.schemaFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == sql.trimmingCharacters(in: .newlines),
                    "\(name) differs from the embedded copy: run scripts/embed-schema.sh")
        }
    }

    @Test func migrationFilesAreNumberedInOrder() {
        for (index, name) in Schema.migrationNames.enumerated() {
            #expect(name.hasPrefix(String(format: "%04d-", index + 1)), "\(name) is out of sequence")
        }
    }

    @Test func freshDatabaseHasEveryMigrationApplied() throws {
        let store = try SQLiteStore.inMemory()
        #expect(try store.appliedMigrations() == Schema.migrationNames.sorted())
    }

    @Test func reopeningAFileDatabaseKeepsItsData() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try SQLiteStore.open(path: path)
            _ = try store.write([Fixtures.outcome(path: "/a.html", text: "Alpha beta")], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        }
        let reopened = try SQLiteStore.open(path: path)
        #expect(try reopened.search(SearchQuery(text: "alpha")).hits.count == 1)
    }

    @Test func refusesADatabaseFromANewerVersion() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        _ = try SQLiteStore.open(path: path)
        let raw = try SQLiteStore.open(path: path)
        try raw.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999-future.sql')")
        }
        #expect(throws: StorageError.self) { try SQLiteStore.open(path: path) }
    }
}
