import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at random moments during `import` and `reindex`: the database
/// must stay consistent (`dossier check`), and the next run must finish the
/// work with exactly the result of an uninterrupted run. Also the single
/// writer lock, and searches during an import.
///
/// Needs the `sqlite3` shell (CI installs it) to compare databases read-only.
@Suite struct CrashTests {
    /// A reproducible random source, so a failing round can be replayed from
    /// the seed in the failure message.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Documents in the corpus: enough for a first committed batch (256
    /// files) and a long enough rest to be caught between them, now that an
    /// import writes a batch in a few milliseconds.
    static let count = 1_600

    static let ports = ["Dover", "Calais", "Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Bilbao", "Genoa"]

    /// One small document with a few figures, in one of three formats.
    static func document(_ index: Int, revision: Int = 0) -> (name: String, text: String) {
        let port = ports[index % ports.count]
        let tonnes = 1_000 + index * 37 + revision * 5
        let share = Double(index % 50) / 2 + 1
        let sentence = "\(port) handled \(tonnes) tonnes of grain in week \(index), up \(share)% on the year, the harbour board said. "
            + "Dredging will cost $\(index + revision + 2) million over \(index % 9 + 2) years, according to the council."
        let title = "\(port) grain report \(index)" + (revision > 0 ? " (revised \(revision))" : "")
        switch index % 3 {
        case 0:
            return ("docs/\(index / 100)/report-\(index).html", """
                <!doctype html><html><head><title>\(title)</title></head>
                <body><article><h1>\(title)</h1><p>\(sentence)</p></article></body></html>
                """)
        case 1:
            return ("docs/\(index / 100)/report-\(index).md", "# \(title)\n\n\(sentence)\n")
        default:
            return ("docs/\(index / 100)/report-\(index).txt", "\(title)\n\n\(sentence)\n")
        }
    }

    /// What must be identical between a crashed-and-finished archive and an
    /// uninterrupted one: every document's title, part, text hash and claim
    /// count, with the files that hold it.
    static func fingerprint(_ database: String) throws -> [String] {
        let sql = """
            SELECT coalesce(d.title, ''), d.part, d.text_hash,
                   (SELECT count(*) FROM claims c WHERE c.document_id = d.id),
                   (SELECT group_concat(path, '|') FROM (SELECT f.path FROM files f
                     WHERE f.content_hash = d.content_hash AND f.status = 'ok' ORDER BY f.path))
            FROM documents d ORDER BY 1, 2, 3, 5;
            """
        let rows = try query(database, sql)
        #expect(!rows.isEmpty, "sqlite3 could not read \(database)")
        return rows
    }

    /// Starts `dossier` and returns the running process.
    static func start(_ cli: CLIRunner, _ arguments: [String], database: String) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments + ["--db", database]
        process.currentDirectoryURL = cli.folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// When to kill a run.
    enum Moment: CustomStringConvertible {
        /// After this many seconds: anywhere in walking, parsing or writing.
        case after(Double)
        /// As soon as a reader sees the first batch committed: the archive
        /// holds part of the run, the rest is not yet written.
        case afterFirstCommit

        var description: String {
            switch self {
            case .after(let seconds): String(format: "after %.2f s", seconds)
            case .afterFirstCommit: "right after the first committed batch"
            }
        }
    }

    /// Runs `dossier` and kills it with SIGKILL at `moment` (if it is still
    /// running). Returns whether it was killed mid-run.
    static func kill(_ cli: CLIRunner, _ arguments: [String], database: String, at moment: Moment) throws -> Bool {
        let process = try start(cli, arguments, database: database)
        switch moment {
        case .after(let delay):
            usleep(useconds_t(delay * 1_000_000))
        case .afterFirstCommit:
            let before = try documentCount(database)
            while process.isRunning, try documentCount(database) == before { usleep(10_000) }
        }
        let wasRunning = process.isRunning
        if wasRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return wasRunning && process.terminationReason == .uncaughtSignal
    }

    static func documentCount(_ database: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        return Int(try query(database, "SELECT count(*) FROM documents;").first ?? "") ?? 0
    }

    static func query(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", "-separator", "\t", database, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// A copy of a closed database (with its WAL, if one is left).
    static func copyDatabase(_ source: String, to destination: String) throws {
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
        }
    }

    func expectConsistent(_ cli: CLIRunner, _ database: String, _ context: String) throws {
        let check = try cli.run(["check", "--db", database])
        #expect(check.status == 0, "\(context): dossier check: \(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("ok: database, full-text indexes and claims are consistent"), "\(context): \(check.stdout)")
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test func killedImportsAndReindexesLeaveAConsistentArchiveAndTheRerunFinishesTheWork() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix(state: seed)
        for index in 0..<Self.count {
            let (name, text) = Self.document(index)
            try cli.write(name, text)
        }
        let docs = cli.folder.appendingPathComponent("docs").path
        func database(_ name: String) -> String { cli.folder.appendingPathComponent(name + ".sqlite").path }
        let clock = ContinuousClock()

        var started = clock.now
        let full = try cli.run(["import", docs, "--db", database("reference")])
        let importSeconds = Self.seconds(clock.now - started)
        #expect(full.status == 0, "\(full.stderr)")
        let expected = try Self.fingerprint(database("reference"))
        #expect(expected.count == Self.count)

        // Each round: a fresh archive, an import killed at some moment, a
        // check, then an import that must finish exactly like the reference.
        let importMoments: [Moment] = [
            .after(Double.random(in: 0.1...0.6, using: &random) * importSeconds),
            .afterFirstCommit,
            .after(Double.random(in: 0.6...1.0, using: &random) * importSeconds),
        ]
        var killedMidRun = 0
        for (round, moment) in importMoments.enumerated() {
            let crashed = database("crashed-import-\(round)")
            let context = "import round \(round) killed \(moment) (seed \(seed))"
            if try Self.kill(cli, ["import", docs], database: crashed, at: moment) { killedMidRun += 1 }
            if case .afterFirstCommit = moment {
                let stored = try Self.documentCount(crashed)
                #expect(stored > 0 && stored < Self.count, "\(context): \(stored) documents survived; expected part of the run")
            }
            try expectConsistent(cli, crashed, context)
            let finish = try cli.run(["import", docs, "--db", crashed])
            #expect(finish.status == 0, "\(context): \(finish.stderr)")
            try expectConsistent(cli, crashed, context + ", then finished")
            #expect(try Self.fingerprint(crashed) == expected, "\(context): the finished import differs from an uninterrupted one")
        }

        // Change 10% of the files, delete some and add some. The reference is a
        // fresh import of the new tree; every reindex must end there.
        for index in stride(from: 0, to: Self.count, by: 10) {
            let (name, text) = Self.document(index, revision: 1)
            try cli.write(name, text)
        }
        for index in stride(from: 5, to: Self.count, by: 30) {
            try FileManager.default.removeItem(at: cli.folder.appendingPathComponent(Self.document(index).name))
        }
        for index in Self.count..<(Self.count + 15) {
            let (name, text) = Self.document(index)
            try cli.write(name, text)
        }
        #expect(try cli.run(["import", docs, "--db", database("reference-2")]).status == 0)
        let expected2 = try Self.fingerprint(database("reference-2"))
        let changed = Self.count / 10, removed = (Self.count - 5 + 29) / 30
        #expect(expected2.count == Self.count - removed + 15)

        try Self.copyDatabase(database("reference"), to: database("reindexed"))
        started = clock.now
        let reindex = try cli.run(["reindex", "--db", database("reindexed")])
        let reindexSeconds = Self.seconds(clock.now - started)
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stderr.contains("reindexed: 15 new, \(changed) changed, \(removed) removed, \(Self.count - changed - removed) unchanged, 0 failed"),
                "\(reindex.stderr)")
        #expect(try Self.fingerprint(database("reindexed")) == expected2, "an uninterrupted reindex differs from a fresh import")

        let reindexMoments: [Moment] = [
            .after(Double.random(in: 0.1...0.5, using: &random) * reindexSeconds),
            .after(Double.random(in: 0.5...1.0, using: &random) * reindexSeconds),
        ]
        for (round, moment) in reindexMoments.enumerated() {
            let crashed = database("crashed-reindex-\(round)")
            let context = "reindex round \(round) killed \(moment) (seed \(seed))"
            try Self.copyDatabase(database("reference"), to: crashed)
            if try Self.kill(cli, ["reindex"], database: crashed, at: moment) { killedMidRun += 1 }
            try expectConsistent(cli, crashed, context)
            let finish = try cli.run(["reindex", "--db", crashed])
            #expect(finish.status == 0, "\(context): \(finish.stderr)")
            try expectConsistent(cli, crashed, context + ", then finished")
            #expect(try Self.fingerprint(crashed) == expected2, "\(context): the finished reindex differs from a fresh import")
        }
        // The test means little if runs were not caught mid-way (a late
        // random moment may miss a short run; most must not).
        #expect(killedMidRun >= 3, "only \(killedMidRun) of 5 runs were still running when killed (seed \(seed))")
    }

    /// Waits until `process` holds the writer lock of `database`.
    static func waitForLock(_ database: String, heldBy process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, process.isRunning {
            if let note = try? String(contentsOfFile: database + ".lock", encoding: .utf8),
               note.hasPrefix("pid \(process.processIdentifier) ") { return true }
            usleep(5_000)
        }
        return false
    }

    @Test func aSecondWriterStopsWithTheLockMessageOrWaitsForTheFirst() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for index in 0..<Self.count {
            let (name, text) = Self.document(index)
            try cli.write(name, text)
        }
        let docs = cli.folder.appendingPathComponent("docs").path
        let database = cli.folder.appendingPathComponent("locked.sqlite").path

        let first = try Self.start(cli, ["import", docs], database: database)
        #expect(Self.waitForLock(database, heldBy: first), "the first import never took the lock")
        let second = try cli.run(["import", docs, "--db", database])
        let firstStillRunning = first.isRunning
        #expect(second.status != 0)
        #expect(second.stderr.contains("another import or reindex is writing to \(database) (pid \(first.processIdentifier)"), "\(second.stderr)")
        #expect(second.stderr.contains("Wait for it, or use --wait SECONDS"), "\(second.stderr)")
        let reindex = try cli.run(["reindex", "--db", database])
        #expect(reindex.stderr.contains("another import or reindex is writing to"), "reindex shares the lock: \(reindex.stderr)")

        let waiting = try cli.run(["import", docs, "--wait", "120", "--db", database])
        #expect(!first.isRunning, "the waiting import finished before the first")
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(waiting.status == 0, "\(waiting.stderr)")
        #expect(waiting.stderr.contains("nothing to do"), "the first import had stored everything: \(waiting.stderr)")
        #expect(firstStillRunning, "inconclusive: the first import ended before the second tried")
        #expect(try Self.fingerprint(database).count == Self.count)
    }

    @Test func searchesDuringAnImportSucceedAndSeeWholeDocuments() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("early/lighthouse.md", "# Lighthouse keepers return\n\nThe keepers returned to the point on Monday.\n")
        let database = cli.folder.appendingPathComponent("busy.sqlite").path
        #expect(try cli.run(["import", cli.folder.appendingPathComponent("early").path, "--db", database]).status == 0)
        // Enough documents that the import outlasts a few searches.
        for index in 0..<(Self.count * 2) {
            let (name, text) = Self.document(index)
            try cli.write(name, text)
        }
        let importing = try Self.start(cli, ["import", cli.folder.appendingPathComponent("docs").path], database: database)
        #expect(Self.waitForLock(database, heldBy: importing))
        var searchesDuringImport = 0
        while importing.isRunning {
            let old = try cli.run(["search", "keepers", "--format", "json", "--db", database])
            #expect(old.status == 0, "\(old.stderr)")
            #expect(old.stdout.contains("Lighthouse keepers return"), "\(old.stdout)")
            // Whatever part of the import is committed is seen whole: every
            // hit has its title, never a half-written row.
            let new = try cli.run(["search", "grain", "--format", "json", "--limit", "500", "--db", database])
            #expect(new.status == 0, "\(new.stderr)")
            let hits = (try? JSONSerialization.jsonObject(with: Data(new.stdout.utf8))) as? [[String: Any]] ?? []
            #expect(hits.allSatisfy { ($0["title"] as? String)?.contains("grain report") == true })
            if importing.isRunning { searchesDuringImport += 1 }
        }
        importing.waitUntilExit()
        #expect(importing.terminationStatus == 0)
        #expect(searchesDuringImport >= 1, "the import ended before any search ran alongside it")
    }
}
