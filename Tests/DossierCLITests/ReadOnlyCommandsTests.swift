import Foundation
import Testing

/// Commands that only read open the database read-only: they never create
/// a database where none was, and never write to one that exists.
@Suite struct ReadOnlyCommandsTests {
    @Test func searchingWithoutADatabaseSaysWhatToDoAndCreatesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = cli.folder.appendingPathComponent("typo.sqlite").path
        for command in [["search", "chips"], ["claims"], ["xref"], ["facts"], ["sources"]] {
            let result = try cli.run(command + ["--db", missing], useDatabase: false)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("no database at \(missing)"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("dossier import"), "\(command): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: missing), "\(command) created \(missing)")
        }
    }

    @Test func readingCommandsLeaveTheDatabaseFilesUntouched() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("docs/a.md", "# Plant\n\nThe plant cost $40 million, the council said.\n")
        #expect(try cli.run(["import", "docs"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        for command in [["search", "plant"], ["claims"], ["xref"], ["trace", "$40 million"], ["show", "1"],
                        ["export", "--format", "json"], ["sources"], ["alias", "list"], ["facts"]] {
            let result = try cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
        // A reader may leave SQLite's empty -wal and -shm files (the next
        // writer removes them), but never a logged change.
        let wal = (try? FileManager.default.attributesOfItem(atPath: cli.database + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "a reader wrote \(wal) bytes to the write-ahead log")
    }
}
