import Foundation
import DossierKit
import Synchronization

/// The PostgreSQL backend against the SQLite one on the same corpus, same run: `dossier import`
/// with one importer and with two at once (each on half the folders, as two machines would), the
/// search query set in process (p50/p95 per query), and `xref` and `export` as a person runs them.
/// Needs a server it may create databases on (`--postgres URL`, e.g. from
/// scripts/postgres-test-server.sh).
struct PostgresBenchmark {
    let dossier: String
    let server: String
    let corpus: String
    let work: String
    let runs: Int
    let queries: [SearchQueries.Named]
    let rounds: Int
    let log: (String) -> Void

    struct Result: Sendable, Codable {
        var sqliteImport = Sample()
        var postgresImport = Sample()
        var postgresTwoImporters = Sample()
        var sqliteSearchMS: [Double] = []
        var postgresSearchMS: [Double] = []
        var sqliteXref = Sample()
        var postgresXref = Sample()
        var sqliteExport = Sample()
        var postgresExport = Sample()
        var documents = 0
        var commands: [String] = []
    }

    func run() throws -> Result {
        var result = Result()
        let files = corpus + "/files"
        let sqlite = work + "/pg-bench.sqlite"
        let halves = Self.halves(of: files)
        for run in 1...runs {
            try? FileManager.default.removeItem(atPath: sqlite)
            let s = try ChildProcess.check([dossier, "import", files, "--db", sqlite], allowedStatuses: [0, 1])
            result.sqliteImport.values.append(s.seconds)
            let one = try database("bench_one_\(run)")
            let p = try ChildProcess.check([dossier, "import", files, "--db", one], allowedStatuses: [0, 1])
            result.postgresImport.values.append(p.seconds)
            let two = try database("bench_two_\(run)")
            let start = Date()
            let statuses = Mutex([Int32](repeating: 0, count: 2))
            let dossier = self.dossier
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                let status = (try? ChildProcess.run([dossier, "import"] + halves[i] + ["--db", two]))?.status ?? 99
                statuses.withLock { $0[i] = status }
            }
            guard statuses.withLock({ $0.allSatisfy { $0 <= 1 } }) else { throw ChildProcess.Failure(description: "two importers failed") }
            result.postgresTwoImporters.values.append(Date().timeIntervalSince(start))
            log("  run \(run): SQLite \(String(format: "%.1f", s.seconds)) s, PostgreSQL \(String(format: "%.1f", p.seconds)) s, two importers \(String(format: "%.1f", result.postgresTwoImporters.values.last!)) s")
        }
        let postgres = try url("bench_one_\(runs)")
        result.commands = [
            "\(dossier) import \(files) --db \(sqlite)", "\(dossier) import \(files) --db postgres://…/bench_one",
            "two at once: \(dossier) import <half of the folders> --db postgres://…/bench_two",
        ]
        result.sqliteSearchMS = try Self.searchTimes(sqlite, queries: queries, rounds: rounds)
        result.postgresSearchMS = try Self.searchTimes(postgres, queries: queries, rounds: rounds)
        for _ in 0..<runs {
            result.sqliteXref.values.append(try ChildProcess.check([dossier, "xref", "--db", sqlite, "--format", "jsonl"]).seconds)
            result.postgresXref.values.append(try ChildProcess.check([dossier, "xref", "--db", postgres, "--format", "jsonl"]).seconds)
            result.sqliteExport.values.append(try ChildProcess.check([dossier, "export", "--db", sqlite, "--format", "json"]).seconds)
            result.postgresExport.values.append(try ChildProcess.check([dossier, "export", "--db", postgres, "--format", "json"]).seconds)
        }
        return result
    }

    /// The corpus's folders two levels down (`articles/0`, `feeds/1`, …), dealt out to two importers.
    static func halves(of files: String) -> [[String]] {
        var folders: [String] = []
        for top in ((try? FileManager.default.contentsOfDirectory(atPath: files)) ?? []).sorted() {
            for inner in ((try? FileManager.default.contentsOfDirectory(atPath: files + "/" + top)) ?? []).sorted() {
                folders.append(files + "/" + top + "/" + inner)
            }
        }
        return [stride(from: 0, to: folders.count, by: 2).map { folders[$0] },
                stride(from: 1, to: folders.count, by: 2).map { folders[$0] }]
    }

    /// A fresh database on the server; its URL.
    func database(_ name: String) throws -> String {
        let admin = try PostgresAdmin(server)
        try admin.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try admin.run("CREATE DATABASE \(name)")
        return try url(name)
    }

    func url(_ name: String) throws -> String {
        guard var components = URLComponents(string: server) else { throw ChildProcess.Failure(description: "bad --postgres URL") }
        components.path = "/" + name
        return components.string!
    }

    /// Milliseconds per query, every query `rounds` times, in process through the archive.
    static func searchTimes(_ reference: String, queries: [SearchQueries.Named], rounds: Int) throws -> [Double] {
        try blocking {
            let archive = try await Archive.open(reference, .read)
            var times: [Double] = []
            for _ in 0..<rounds {
                for query in queries {
                    let start = ContinuousClock.now
                    _ = try await archive.search(query.query)
                    let elapsed = ContinuousClock.now - start
                    times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
                }
            }
            try await archive.close()
            return times
        }
    }
}

/// `psql`-like statements on the benchmark server's own database.
struct PostgresAdmin {
    let url: String
    init(_ url: String) throws { self.url = url }

    func run(_ statement: String) throws {
        _ = try ChildProcess.check(["psql", url, "-qtAc", statement])
    }
}

/// Runs async work from the synchronous suite.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Result<T, any Error>!
    Task {
        do { result = .success(try await work()) } catch { result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try result.get()
}
