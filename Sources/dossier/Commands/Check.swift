import ArgumentParser
import DossierKit

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite integrity, the full-text indexes, claims against their text.",
        discussion: """
            Runs SQLite's integrity check, FTS5's integrity-check on both full-text indexes, verifies that \
            every claim's offsets point at its figure in the document's text, and that files and documents \
            refer to each other. --repair rebuilds what is derived (the indexes; misplaced claims are dropped \
            and their documents re-extracted at the next reindex; orphans are removed).

            Examples:
              dossier check
              dossier check --repair

            Exit status: 0 healthy (or repaired), 1 problems found.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .long, help: "Rebuild what is derived from the documents.")
    var repair = false

    @Option(name: .long, help: ArgumentHelp("With --repair: wait this many seconds for another writer (0: stop at once).", valueName: "seconds"))
    var wait: Double = 0

    func run() async throws {
        let archive = try await repair ? database.openForWriting(wait: wait) : database.open()
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            let report = try await repair ? archive.repair() : archive.check()
            switch output.format {
            case .json: print(Renderer.json(report))
            case .jsonl: print(Renderer.jsonLine(report))
            case .table, .csv:
                var lines: [String] = []
                lines += report.integrity.map { "integrity: \($0)" }
                lines += report.indexes.map { "index: \($0)" }
                if !report.misplacedClaims.isEmpty {
                    lines.append("claims: \(report.misplacedClaims.count) do not point at their text (ids \(report.misplacedClaims.prefix(10).map(String.init).joined(separator: ", "))\(report.misplacedClaims.count > 10 ? ", …" : ""))")
                }
                if report.orphanDocuments > 0 { lines.append("documents: \(report.orphanDocuments) belong to no file") }
                if report.filesWithoutDocuments > 0 { lines.append("files: \(report.filesWithoutDocuments) imported files have lost their documents") }
                if lines.isEmpty {
                    print("ok: database, full-text indexes and claims are consistent")
                } else {
                    for line in lines { print(line) }
                    print(repair ? "repaired: indexes rebuilt, derived rows fixed; run dossier reindex to re-extract" : "run dossier check --repair to rebuild what is derived")
                }
            }
            if !report.isHealthy && !repair { throw ExitCode(1) }
        }
    }
}
