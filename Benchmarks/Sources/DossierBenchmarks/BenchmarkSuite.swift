import Foundation
internal import GRDB

/// Dossier's benchmark suite (see BENCHMARKS.md): generates a corpus per
/// size, runs each benchmark against its limit in the same run, and returns
/// the report as Markdown.
public enum BenchmarkSuite {
    /// Everything measured for one corpus size.
    public struct SizeResult: Sendable, Codable {
        public var files = 0
        public var corpus = CorpusGenerator.Summary()
        var generateSeconds = 0.0
        var importResult: ImportBenchmark.Result?
        var parse: ParseBenchmark.Result?
        var containers: ContainerBenchmark.Result?
        var extract: ExtractBenchmark.Result?
        var search: SearchBenchmark.Result?
        var walk: WalkBenchmark.Result?
        var reindex: ReindexBenchmark.Result?
        var evidence: EvidenceBenchmark.Result?
        var web: WebBenchmark.Result?
        var postgres: PostgresBenchmark.Result?
        /// The database measured, when it was given (`--database`) rather than built.
        var givenDatabase: String?
        var givenDocuments = 0
    }

    /// Runs the suite; `log` receives progress lines.
    public static func run(_ options: BenchmarkOptions, log: @escaping (String) -> Void) throws -> String {
        var machine = MachineNote.current(sqlite3: options.sqlite3)
        var results: [SizeResult] = []
        if let database = options.database {
            results.append(try runExisting(database, options: options, log: log))
        } else {
            for size in options.sizes {
                results.append(try runSize(size, options: options, log: log))
            }
        }
        machine.loadAfter = MachineNote.loadAverage()
        return BenchmarkReport(options: options, machine: machine, results: results).markdown()
    }

    /// The reading benchmarks (search, web, evidence) on a database that already exists.
    static func runExisting(_ database: String, options: BenchmarkOptions, log: @escaping (String) -> Void) throws -> SizeResult {
        var result = SizeResult(files: 0)
        result.givenDatabase = database
        var configuration = Configuration()
        configuration.readonly = true
        result.givenDocuments = try DatabaseQueue(path: database, configuration: configuration)
            .read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
        let queries = SearchQueries.make(prose: CorpusGenerator.prose(seed: options.seed))
        if options.only.contains("search") {
            log("search: \(queries.count) queries")
            result.search = try SearchBenchmark(database: database, queries: queries, rounds: options.searchRounds,
                                                dossier: options.dossier, sqlite3: options.sqlite3, cliQueries: options.cliQueries).run()
        }
        if options.only.contains("web") {
            result.web = try web(database, work: options.work, options: options, log: log)
        }
        if options.only.contains("evidence") {
            log("xref and export (\(options.runs) runs each)")
            result.evidence = try EvidenceBenchmark(dossier: options.dossier, sqlite3: options.sqlite3, database: database,
                                                    runs: options.runs).run()
        }
        return result
    }

    static func web(_ database: String, work: String, options: BenchmarkOptions, log: @escaping (String) -> Void) throws -> WebBenchmark.Result {
        let queries = SearchQueries.make(prose: CorpusGenerator.prose(seed: options.seed))
        log("web: \(queries.count) search pages, then wrk \(options.webConnections) connections for \(options.webSeconds) s")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        return try WebBenchmark(dossier: options.dossier, database: database, queries: queries, rounds: options.searchRounds,
                                wrk: options.wrk, seconds: options.webSeconds, connections: options.webConnections, work: work).run()
    }

    static func runSize(_ size: Int, options: BenchmarkOptions, log: @escaping (String) -> Void) throws -> SizeResult {
        let work = options.work + "/\(size)"
        let corpus = work + "/corpus"
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(atPath: work) } }

        var result = SizeResult(files: size)
        log("generating \(size) files (seed \(options.seed)) into \(corpus)")
        result.generateSeconds = try timed {
            result.corpus = try CorpusGenerator(seed: options.seed, count: size).write(to: corpus)
        }
        log("  \(result.corpus.documents) documents, \(result.corpus.fileBytes / 1_048_576) MB of files, "
            + "\(result.corpus.plainBytes / 1_048_576) MB of plain text, \(String(format: "%.1f", result.generateSeconds)) s")
        let entries = try CorpusGenerator.manifest(at: corpus)

        var database: String?
        if !options.only.isDisjoint(with: ["import", "search", "reindex", "evidence"]) {
            log("import vs raw FTS5 (\(options.runs) runs each)")
            let r = try ImportBenchmark(dossier: options.dossier, sqlite3: options.sqlite3, corpus: corpus, work: work,
                                        runs: options.runs, log: log).run(documents: entries)
            result.importResult = r
            database = r.database
        }
        if options.only.contains("parse") {
            log("parse vs bare libxml2")
            let pages = try ParseBenchmark.load(corpus: corpus, entries: entries, maxBytes: options.parseMegabytes << 20)
            result.parse = ParseBenchmark(pages: pages, runs: options.runs).run()
        }
        if options.only.contains("containers") {
            log("pages in .warc.gz and .zip vs loose pages")
            let pages = try ParseBenchmark.load(corpus: corpus, entries: entries, maxBytes: options.parseMegabytes << 20)
            result.containers = try ContainerBenchmark(pages: pages, runs: options.runs, importer: (options.dossier, work)).run()
        }
        if options.only.contains("extract") {
            log("claims extractor vs bare scan")
            var texts: [String] = []
            var total = 0
            for entry in entries where total < options.extractMegabytes << 20 {
                let text = try String(contentsOfFile: corpus + "/" + entry.plainPath, encoding: .utf8)
                total += text.utf8.count
                texts.append(text)
            }
            result.extract = ExtractBenchmark(texts: texts, runs: options.runs).run()
        }
        if options.only.contains("search"), let database {
            log("search: \(SearchQueries.make(prose: CorpusGenerator.prose(seed: options.seed)).count) queries")
            result.search = try SearchBenchmark(
                database: database, queries: SearchQueries.make(prose: CorpusGenerator.prose(seed: options.seed)),
                rounds: options.searchRounds, dossier: options.dossier, sqlite3: options.sqlite3, cliQueries: options.cliQueries
            ).run()
        }
        if options.only.contains("evidence"), let database {
            log("xref and export (\(options.runs) runs each)")
            result.evidence = try EvidenceBenchmark(dossier: options.dossier, sqlite3: options.sqlite3, database: database,
                                                    runs: options.runs).run()
        }
        if options.only.contains("web"), let database {
            result.web = try web(database, work: work, options: options, log: log)
        }
        if options.only.contains("postgres") {
            guard let server = options.postgres else { throw ChildProcess.Failure(description: "--only postgres needs --postgres URL") }
            log("PostgreSQL against SQLite (\(options.runs) runs)")
            let queries = SearchQueries.make(prose: CorpusGenerator.prose(seed: options.seed))
            var p = try PostgresBenchmark(dossier: options.dossier, server: server, corpus: corpus, work: work, runs: options.runs,
                                          queries: queries, rounds: options.searchRounds, log: log).run()
            p.documents = result.corpus.documents
            result.postgres = p
        }
        if options.only.contains("reindex") {
            log("walk and stat")
            result.walk = try WalkBenchmark(root: corpus + "/files", runs: options.runs).run()
            if let database {
                result.reindex = try ReindexBenchmark(dossier: options.dossier, database: database, corpus: corpus,
                                                      entries: entries, runs: options.runs, log: log).run()
            }
        }
        if options.keep {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(result).write(to: URL(fileURLWithPath: work + "/results.json"))
        }
        return result
    }
}
