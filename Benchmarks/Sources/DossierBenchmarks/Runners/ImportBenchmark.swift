import Foundation

/// `dossier import` of the corpus into a fresh database, end to end in a
/// child process, against the raw limit: the same documents' plain text
/// inserted into a bare FTS5 table with the same tokenizer by the `sqlite3`
/// shell. Runs alternate (import, raw, import, raw…) so machine load hits both.
struct ImportBenchmark {
    let dossier: String
    let sqlite3: String
    let corpus: String
    let work: String
    let runs: Int
    let log: (String) -> Void

    struct Result: Sendable, Codable {
        var importSeconds = Sample()
        var rawSeconds = Sample()
        var importCPUSeconds = Sample()
        var peakRSSMB = Sample()
        var rawPeakRSSMB = Sample()
        var storedDocuments = 0
        var importCommand = ""
        var rawCommand = ""
        /// The database left by the last import run, for the search benchmark.
        var database = ""
        /// Import runs that crashed (and were repeated).
        var crashes: [String] = []
    }

    func run(documents: [ManifestEntry]) throws -> Result {
        var result = Result()
        let script = work + "/raw-limit.sql"
        try RawLimitScript.write(documents: documents, corpus: corpus, to: script)
        let database = work + "/import.sqlite"
        let rawDatabase = work + "/raw.sqlite"
        let importArguments = [dossier, "import", corpus + "/files", "--db", database]
        let rawArguments = [sqlite3, rawDatabase]
        result.importCommand = importArguments.joined(separator: " ") + " > /dev/null"
        result.rawCommand = "\(sqlite3) \(rawDatabase) < \(script)"
        for run in 1...runs {
            Self.removeDatabase(database)
            // Exit status 1 means "some inputs failed": recorded, not fatal. A
            // crash is recorded too (with its stderr kept) and the run repeated
            // once, so one bad run does not lose the whole suite.
            let errors = work + "/import-run-\(run).stderr"
            var m = try ChildProcess.run(importArguments, stderrPath: errors)
            if m.status > 1 {
                result.crashes.append("run \(run): exit status \(m.status), stderr kept in \(errors)")
                log("  import run \(run) FAILED with status \(m.status); stderr in \(errors); repeating it")
                Self.removeDatabase(database)
                m = try ChildProcess.check(importArguments, allowedStatuses: [0, 1])
            }
            result.importSeconds.values.append(m.seconds)
            result.importCPUSeconds.values.append(m.cpuSeconds)
            result.peakRSSMB.values.append(Double(m.peakRSSBytes) / 1_048_576)
            log("  import run \(run): \(String(format: "%.2f", m.seconds)) s, peak RSS \(m.peakRSSBytes / 1_048_576) MB, exit \(m.status)")

            Self.removeDatabase(rawDatabase)
            let r = try ChildProcess.check(rawArguments, stdinPath: script)
            result.rawSeconds.values.append(r.seconds)
            result.rawPeakRSSMB.values.append(Double(r.peakRSSBytes) / 1_048_576)
            log("  raw FTS5 run \(run): \(String(format: "%.2f", r.seconds)) s")
        }
        result.storedDocuments = try StoredCounts.documents(in: database)
        result.database = database
        return result
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}

/// The raw limit as an SQL script for the `sqlite3` shell: the same pragmas
/// Dossier uses (WAL, synchronous NORMAL), one bare FTS5 table with Dossier's
/// tokenizer, each document's plain text read from its file with `readfile`,
/// committed in batches like Dossier's writer.
enum RawLimitScript {
    static let batch = 1000

    static func write(documents: [ManifestEntry], corpus: String, to path: String) throws {
        var sql = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE VIRTUAL TABLE raw USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2');
            BEGIN;

            """
        for (i, entry) in documents.enumerated() {
            if i > 0, i % batch == 0 { sql += "COMMIT;\nBEGIN;\n" }
            sql += "INSERT INTO raw(title, text) VALUES (\(quote(entry.title)), CAST(readfile(\(quote(corpus + "/" + entry.plainPath))) AS TEXT));\n"
        }
        sql += "COMMIT;\n"
        try sql.write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
}
