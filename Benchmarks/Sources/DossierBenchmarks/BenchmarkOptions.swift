import Foundation

/// What to run and where: read from `dossier-bench` flags (see BENCHMARKS.md).
public struct BenchmarkOptions: Sendable {
    /// Corpus sizes, in files; each gets its own corpus and report section.
    public var sizes: [Int] = [10_000]
    public var seed: UInt64 = 20_250_101
    /// Repeated runs of each measurement (medians and spread are over these).
    public var runs = 3
    /// Where corpora and databases go; deleted afterwards unless `keep`.
    public var work: String = NSTemporaryDirectory() + "/dossier-bench"
    public var keep = false
    /// The `dossier` binary under test.
    public var dossier: String
    public var sqlite3 = "sqlite3"
    /// An existing database to measure (search, web, evidence) instead of generating and importing
    /// a corpus; the query set comes from the same seed.
    public var database: String?
    /// `wrk` for the web load test, its duration and connections.
    public var wrk = "/usr/bin/wrk"
    public var webSeconds = 30
    public var webConnections = 16
    /// Benchmarks to run: import, parse, containers (.warc.gz and .zip), extract, search, reindex, evidence (xref and
    /// export), web (`dossier serve`); `postgres` (PostgreSQL against SQLite) only when asked for, with `postgres`.
    public var only: Set<String> = BenchmarkOptions.all
    /// In-memory samples for the single-core parse and extract runs.
    public var parseMegabytes = 16
    public var extractMegabytes = 16
    /// Rounds over the query set for in-process search.
    public var searchRounds = 9
    /// A PostgreSQL server the `postgres` benchmark may create databases on.
    public var postgres: String?
    /// How many queries `dossier search` is run with as a child process.
    public var cliQueries = 12

    public static let all: Set<String> = ["import", "parse", "containers", "extract", "search", "reindex", "evidence", "web"]

    public init(dossier: String) { self.dossier = dossier }
}
