import Foundation
import DossierSQLite
import DossierStorage
internal import GRDB

/// Search latency over the fixed query set: in process through
/// `SQLiteStore.search`, against the same MATCH + bm25 + snippet SQL run raw
/// through GRDB on the same file with the pattern prepared beforehand; and
/// `dossier search` as a person runs it, process start included, against the
/// `sqlite3` shell running the same SQL.
struct SearchBenchmark {
    let database: String
    let queries: [SearchQueries.Named]
    let rounds: Int
    let dossier: String
    let sqlite3: String
    let cliQueries: Int

    struct Result: Sendable, Codable {
        var queries = 0
        var hitQueries = 0
        /// Per-query medians over the rounds, milliseconds.
        var storeMs: [Double] = []
        var rawMs: [Double] = []
        var cliMs: [Double] = []
        var shellMs: [Double] = []
        var labels: [String] = []
        var cliCommand = ""
        var shellCommand = ""

        var storeP50: Double { Sample.percentile(storeMs, 0.5) }
        var storeP95: Double { Sample.percentile(storeMs, 0.95) }
        var rawP50: Double { Sample.percentile(rawMs, 0.5) }
        var rawP95: Double { Sample.percentile(rawMs, 0.95) }
        var cliP50: Double { Sample.percentile(cliMs, 0.5) }
        var cliP95: Double { Sample.percentile(cliMs, 0.95) }
        var shellP50: Double { Sample.percentile(shellMs, 0.5) }
    }

    func run() throws -> Result {
        var result = Result()
        let store = try SQLiteStore.open(path: database)
        var configuration = Configuration()
        configuration.readonly = true
        let raw = try DatabaseQueue(path: database, configuration: configuration)
        let prepared = try queries.map { try SearchSQL.make($0.query) }
        result.queries = queries.count
        result.labels = queries.map(\.label)
        var storeTimes = Array(repeating: [Double](), count: queries.count)
        var rawTimes = Array(repeating: [Double](), count: queries.count)
        // One warm-up round so both paths read from a warm page cache.
        for (i, named) in queries.enumerated() {
            let hits = try store.search(named.query).hits.count
            if hits > 0 { result.hitQueries += 1 }
            _ = try raw.read { db in try Row.fetchAll(db, sql: prepared[i].sql, arguments: StatementArguments(prepared[i].arguments)!) }
        }
        for _ in 0..<rounds {
            for (i, named) in queries.enumerated() {
                storeTimes[i].append(try timed { _ = try store.search(named.query) } * 1000)
                rawTimes[i].append(try timed {
                    _ = try raw.read { db in try Row.fetchAll(db, sql: prepared[i].sql, arguments: StatementArguments(prepared[i].arguments)!) }
                } * 1000)
            }
        }
        result.storeMs = storeTimes.map { Sample($0).median }
        result.rawMs = rawTimes.map { Sample($0).median }

        // The command line: every cliQueries-th query, each run a few times.
        let step = max(1, queries.count / max(1, cliQueries))
        let chosen = stride(from: 0, to: queries.count, by: step).prefix(cliQueries)
        for i in chosen {
            let q = queries[i].query
            var arguments = [dossier, "search", q.text, "--db", database, "--limit", "20"]
            if let kind = q.kind { arguments += ["--kind", kind.rawValue] }
            if let since = q.since { arguments += ["--since", since] }
            if let until = q.until { arguments += ["--until", until] }
            if let publisher = q.publisher { arguments += ["--publisher", publisher] }
            let shell = [sqlite3, "-readonly", database, prepared[i].inlined]
            if result.cliCommand.isEmpty {
                result.cliCommand = arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
                result.shellCommand = "\(sqlite3) -readonly \(database) \"<the same SELECT>\""
            }
            var cli: [Double] = []
            var sh: [Double] = []
            for _ in 0..<max(3, rounds / 2) {
                cli.append(try ChildProcess.check(arguments).seconds * 1000)
                sh.append(try ChildProcess.check(shell).seconds * 1000)
            }
            result.cliMs.append(Sample(cli).median)
            result.shellMs.append(Sample(sh).median)
        }
        return result
    }
}

/// The SQL `SQLiteStore.search` runs (``SearchStatement``), with the query's
/// pattern worked out beforehand: what "raw" means in the search benchmark.
struct SearchSQL {
    var sql: String
    var arguments: [DatabaseValue]
    /// The statement with its arguments written in, for the `sqlite3` shell.
    var inlined: String

    static func make(_ query: SearchQuery) throws -> SearchSQL {
        guard let pattern = SearchPattern.lenient(query.text)?.expression ?? SearchPattern.literal(query.text)?.expression else {
            throw ChildProcess.Failure(description: "no pattern for \(query.text)")
        }
        let statement = SearchStatement(query, pattern: pattern)
        let arguments = statement.arguments.map { argument -> DatabaseValue in
            switch argument {
            case .text(let text): return text.databaseValue
            case .integer(let number): return number.databaseValue
            case .real(let number): return number.databaseValue
            }
        }
        var inlined = ""
        var next = 0
        for c in statement.sql {
            if c == "?" {
                let value = arguments[next]
                next += 1
                switch value.storage {
                case .string(let s): inlined += "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
                case .int64(let n): inlined += String(n)
                case .double(let d): inlined += String(d)
                default: inlined += "NULL"
                }
            } else {
                inlined.append(c)
            }
        }
        return SearchSQL(sql: statement.sql, arguments: arguments, inlined: inlined)
    }
}
