import Foundation
import Testing

@Suite struct ReindexCLITests {
    static func page(_ title: String, _ body: String) -> String {
        "<!doctype html><html lang=\"en\"><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(body)</p></article></body></html>"
    }

    /// Three documents imported from one folder.
    static func importedArchive() throws -> CLIRunner {
        let cli = try CLIRunner()
        try cli.write("docs/a.html", page("Alpha report", "Alpha figures about semiconductors and export rules."))
        try cli.write("docs/b.html", page("Beta report", "Beta figures about batteries and grid storage."))
        try cli.write("docs/sub/c.md", "# Gamma notes\n\nGamma figures about shipping lanes.\n")
        let result = try cli.run(["import", "docs"])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    static func hits(_ cli: CLIRunner, _ query: String) throws -> Int {
        try cli.run(["search", query, "--format", "jsonl"]).stdout.split(separator: "\n").count
    }

    @Test func noOpReindexReadsNothingAndChangesNothing() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        let result = try cli.run(["reindex", "--format", "json"])
        #expect(result.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["unchanged"] as? Int == 3)
        for key in ["new", "changed", "removed", "failed"] { #expect(summary[key] as? Int == 0, "\(key)") }
    }

    @Test func newChangedTouchedAndRemovedFiles() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        // changed content, touched-but-identical, removed, new
        try cli.write("docs/a.html", Self.page("Alpha report", "Alpha corrected: the figures concern lithium now."))
        let b = cli.folder.appendingPathComponent("docs/b.html").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(120)], ofItemAtPath: b)
        try FileManager.default.removeItem(atPath: cli.folder.appendingPathComponent("docs/sub/c.md").path)
        try cli.write("docs/d.txt", "Delta memo\n\nDelta figures about fisheries.\n")

        let dry = try cli.run(["reindex", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("new      ") && dry.stdout.contains("d.txt"))
        #expect(dry.stdout.contains("changed  ") && dry.stdout.contains("a.html"))
        #expect(dry.stdout.contains("removed  ") && dry.stdout.contains("c.md"))
        // The touched file is read and found identical: the dry run lists exactly what the real run re-imports.
        #expect(dry.stderr.contains("would reindex: 1 new, 1 changed, 1 removed, 1 unchanged, 0 failed"), "\(dry.stderr)")
        #expect(!dry.stdout.contains("b.html"))
        #expect(try Self.hits(cli, "gamma") == 1, "a dry run changes nothing")
        // For scripts: the same list as JSON and as CSV, on stdout.
        let dryJSON = try cli.run(["reindex", "--dry-run", "--format", "json"])
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(dryJSON.stdout.utf8)) as? [String: Any])
        #expect(plan["dryRun"] as? Bool == true)
        let changes = try #require(plan["changes"] as? [[String: String]])
        #expect(changes.map { $0["change"]! + " " + ($0["path"]! as NSString).lastPathComponent }.sorted()
                == ["changed a.html", "new d.txt", "removed c.md"])
        let dryCSV = try cli.run(["reindex", "--dry-run", "--format", "csv"])
        let lines = dryCSV.stdout.split(separator: "\n")
        #expect(lines.first == "change,path")
        #expect(lines.count == 4)
        #expect(lines.contains { $0.hasPrefix("removed,") && $0.hasSuffix("/docs/sub/c.md") })

        let result = try cli.run(["reindex", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["new"] as? Int == 1)
        #expect(summary["changed"] as? Int == 1, "the touched file is not counted as changed")
        #expect(summary["unchanged"] as? Int == 1)
        #expect(summary["removed"] as? Int == 1)
        #expect(try Self.hits(cli, "lithium") == 1)
        #expect(try Self.hits(cli, "semiconductors") == 0, "the old version of a changed file is gone")
        #expect(try Self.hits(cli, "gamma") == 0, "a removed file's documents are gone")
        #expect(try Self.hits(cli, "fisheries") == 1)

        let again = try cli.run(["reindex", "--format", "json"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(second["unchanged"] as? Int == 3)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func keepMissingKeepsDocumentsSearchable() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        try FileManager.default.removeItem(atPath: cli.folder.appendingPathComponent("docs/b.html").path)
        let result = try cli.run(["reindex", "--keep-missing"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 missing"))
        #expect(try Self.hits(cli, "batteries") == 1)
        let sources = try cli.run(["sources", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]])
        #expect(list.first?["missing"] as? Int == 1)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func anOldFailureIsReportedEveryNightButExitsOneOnlyOnce() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        try cli.write("docs/broken.xml", Data([0x3C, 0, 1, 2, 3, 0, 0, 7]))
        let first = try cli.run(["reindex"])
        #expect(first.status == 1, "a new failure: \(first.stderr)")
        #expect(first.stderr.contains("broken.xml: error:"))
        let second = try cli.run(["reindex", "--format", "json"])
        #expect(second.status == 0, "the same failure again is not news: \(second.stderr)")
        #expect(second.stderr.contains("broken.xml: error: still failing"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(summary["stillFailing"] as? Int == 1)
        #expect(summary["failed"] as? Int == 0)
        // Changed and still broken: a new failure again.
        try cli.write("docs/broken.xml", Data([0x3C, 0, 1, 2, 3, 0, 0, 7, 9]))
        #expect(try cli.run(["reindex"]).status == 1)
    }

    @Test func aCorrectionStaysWithItsFigureWhenAnotherFigureOfItsSentenceChanges() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        func write(_ bridge: String, _ tunnel: String) throws {
            try cli.write("docs/works.html", Self.page("Public works", "The bridge cost \(bridge) and the tunnel cost \(tunnel), the city said."))
        }
        func claims() throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(try cli.run(["claims", "--include-rejected", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        }
        try write("$5 million", "$9 million")
        #expect(try cli.run(["import", "docs"]).status == 0)
        let bridge = try #require(try claims().first { $0["text"] as? String == "$5 million" })
        let id = try #require(bridge["id"] as? Int)
        #expect(try cli.run(["claims", "reject", String(id), "--reason", "double counted", "--by", "Ana"]).status == 0)

        // The other figure of the sentence changes (and gains a decimal point): the correction stays on "$5 million".
        try write("$5 million", "$11.5 million")
        let kept = try cli.run(["reindex", "--format", "json"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(!kept.stderr.contains("detached"), "\(kept.stderr)")
        let after = try claims()
        #expect((after.first { $0["text"] as? String == "$5 million" }?["correction"] as? [String: Any])?["action"] as? String == "reject")
        #expect(after.first { $0["text"] as? String == "$11.5 million" }?["correction"] is NSNull)

        // Its own figure changes: the correction is detached, and the run says so.
        try write("$6.5 million", "$11.5 million")  // another size too: the change is seen on any file system
        let gone = try cli.run(["reindex", "--format", "json"])
        #expect(gone.status == 0)
        #expect(gone.stderr.contains("a correction (reject by Ana) on «$5 million» was detached"), "\(gone.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(gone.stdout.utf8)) as? [String: Any])
        #expect(summary["detachedCorrections"] as? Int == 1)
        #expect(try claims().allSatisfy { $0["correction"] is NSNull }, "the detached correction applies to no figure")
    }

    @Test func aDatabasePathThatIsAFolderSaysSo() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        for command in [["import", "docs"], ["search", "alpha"], ["reindex"]] {
            let run = try cli.run(command + ["--db", cli.folder.path], useDatabase: false)
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("is a folder, not a database file"), "\(command): \(run.stderr)")
            #expect(!run.stderr.contains("disk I/O"))
        }
    }

    @Test func aMissingRootIsNotTakenAsEveryFileDeleted() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        try FileManager.default.moveItem(atPath: cli.folder.appendingPathComponent("docs").path,
                                         toPath: cli.folder.appendingPathComponent("elsewhere").path)
        let result = try cli.run(["reindex"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("its files are kept"))
        #expect(try Self.hits(cli, "alpha") == 1)
    }

    @Test func sourcesListAndRemove() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        try cli.write("other/e.txt", "Epsilon\n\nEpsilon figures about tea.\n")
        _ = try cli.run(["import", "other"])
        let list = try cli.run(["sources", "--format", "json"])
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(sources.count == 2)
        let docs = try #require(sources.first { ($0["root"] as? String)?.hasSuffix("/docs") == true })
        #expect(docs["files"] as? Int == 3)
        #expect(docs["documents"] as? Int == 3)
        #expect(docs["lastRunAt"] != nil)
        #expect(docs["state"] as? String == "present")
        // Each root keeps its own last result, as a JSON object.
        let docsRun = try #require(docs["lastResult"] as? [String: Any])
        #expect(docsRun["command"] as? String == "import")
        #expect((docsRun["counts"] as? [String: Int])?["imported"] == 3)
        let other = try #require(sources.first { ($0["root"] as? String)?.hasSuffix("/other") == true })
        #expect(((other["lastResult"] as? [String: Any])?["counts"] as? [String: Int])?["imported"] == 1)

        // A reindex of everything: each root its own counts; a root that is gone shows as missing.
        try cli.write("docs/f.txt", "Phi\n\nPhi figures about rice.\n")
        try FileManager.default.moveItem(atPath: cli.folder.appendingPathComponent("other").path,
                                         toPath: cli.folder.appendingPathComponent("moved").path)
        _ = try cli.run(["reindex"])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(try cli.run(["sources", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        let docsAfter = try #require(after.first { ($0["root"] as? String)?.hasSuffix("/docs") == true })
        let otherAfter = try #require(after.first { ($0["root"] as? String)?.hasSuffix("/other") == true })
        #expect(((docsAfter["lastResult"] as? [String: Any])?["counts"] as? [String: Int])?["new"] == 1)
        #expect(((docsAfter["lastResult"] as? [String: Any])?["counts"] as? [String: Int])?["unchanged"] == 3)
        #expect(((otherAfter["lastResult"] as? [String: Any])?["counts"] as? [String: Int])?["missingRoot"] == 1)
        #expect(otherAfter["state"] as? String == "missing")
        try FileManager.default.moveItem(atPath: cli.folder.appendingPathComponent("moved").path,
                                         toPath: cli.folder.appendingPathComponent("other").path)

        let removed = try cli.run(["sources", "remove", "other"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try Self.hits(cli, "epsilon") == 0)
        #expect(try Self.hits(cli, "alpha") == 1)
        #expect(try cli.run(["sources", "remove", "nowhere"]).status == 2)
    }

    @Test func excludedFilesStayOutOnReindexAndLeaveWhenANewPatternCoversThem() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("docs/a.html", Self.page("Alpha report", "Alpha figures about semiconductors."))
        try cli.write("docs/data.json", "{\"mineral\": \"zircon\"}")
        try cli.write("docs/drafts/b.md", "# Beta draft\n\nBeta figures about batteries.\n")
        try cli.write("docs/notes/c.md", "# Gamma notes\n\nGamma figures about shipping.\n")
        let first = try cli.run(["import", "docs", "--exclude", "*.json", "--exclude", "drafts", "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.hits(cli, "beta") == 0)
        #expect(try Self.hits(cli, "zircon") == 0)
        #expect(try Self.hits(cli, "gamma") == 1)

        // New files in excluded places stay out on reindex too.
        try cli.write("docs/drafts/d.md", "# Delta draft\n\nDelta figures.\n")
        let reindex = try cli.run(["reindex", "--format", "json"])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(reindex.stdout.utf8)) as? [String: Any])
        #expect(summary["new"] as? Int == 0)
        let sources = try cli.run(["sources", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]])
        #expect(list.first?["excludes"] as? [String] == ["*.json", "drafts"])

        // Importing again with another pattern replaces the patterns; the
        // next reindex removes what they now leave out and brings back the rest.
        #expect(try cli.run(["import", "docs", "--exclude", "notes/*"]).status == 0)
        let again = try cli.run(["reindex", "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.hits(cli, "gamma") == 0)
        #expect(try Self.hits(cli, "zircon") == 1)
        #expect(try Self.hits(cli, "delta") == 1)

        // An empty pattern clears them: the notes come back.
        #expect(try cli.run(["import", "docs", "--exclude", ""]).status == 0)
        #expect(try Self.hits(cli, "gamma") == 1)
        let cleared = try cli.run(["sources", "--format", "json"])
        let after = try #require(try JSONSerialization.jsonObject(with: Data(cleared.stdout.utf8)) as? [[String: Any]])
        #expect(after.first?["excludes"] as? [String] == [])
    }

    @Test func reindexOfASubfolderLeavesTheRestAlone() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        try FileManager.default.removeItem(atPath: cli.folder.appendingPathComponent("docs/a.html").path)
        try cli.write("docs/sub/f.txt", "Phi\n\nPhi figures about rail freight.\n")
        let result = try cli.run(["reindex", "docs/sub", "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["new"] as? Int == 1)
        #expect(summary["removed"] as? Int == 0, "a.html is outside docs/sub")
        #expect(try Self.hits(cli, "alpha") == 1)
        #expect(try Self.hits(cli, "freight") == 1)
    }

    @Test func checkFindsAndRepairsABrokenIndex() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["check"]).status == 0)
        // Corrupt the derived index behind Dossier's back.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [cli.database, "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES('delete', 1, 'x', 'y');"]
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        try sqlite.run()
        sqlite.waitUntilExit()
        let broken = try cli.run(["check"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("documents_fts"))
        #expect(try cli.run(["check", "--repair"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
        #expect(try Self.hits(cli, "alpha") == 1)
    }

    @Test func aSecondWriterStopsWithAClearMessage() throws {
        let cli = try Self.importedArchive()
        defer { cli.cleanUp() }
        // Hold the lock the way a running import does.
        let lockPath = cli.database + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let blocked = try cli.run(["import", "docs"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("another import or reindex is writing"))
        #expect(blocked.stderr.contains("--wait"))
        #expect(try cli.run(["reindex"]).status == 1)
        // Reading is never blocked by a writer.
        #expect(try Self.hits(cli, "alpha") == 1)
        flock(fd, LOCK_UN)
        close(fd)
        #expect(try cli.run(["reindex", "--wait", "5"]).status == 0)
    }
}
