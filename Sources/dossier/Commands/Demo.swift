import ArgumentParser
import Foundation

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the bundled sample corpus into a fresh database and walk through Dossier's commands.",
        discussion: """
            Prints every command before running it, so you can repeat each step yourself. \
            The sample documents in corpus/ are illustrative samples written for this project.

            Example:
              swift run dossier demo
            """
    )

    @Option(name: .long, help: ArgumentHelp("Where the sample corpus is (default: ./corpus, else the one beside the dossier package).", valueName: "path"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("The demo database, created afresh.", valueName: "path"))
    var db: String = "dossier-demo.sqlite"

    func run() async throws {
        guard let corpusPath = corpus ?? Self.findCorpus() else {
            throw DossierFailure.usage("cannot find the sample corpus; run from the Dossier folder or pass --corpus PATH")
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let available = Set(Dossier.configuration.subcommands.map { $0._commandName })
        let steps: [(String, [String])] = [
            ("Import the sample corpus (HTML articles, feeds, wire copy, filings):",
             ["import"] + ["html", "feeds", "wire", "filings"].map { corpusPath + "/" + $0 }),
            ("Full-text search, ranked, with highlighted snippets:", ["search", "training cost", "--limit", "3"]),
            ("Phrases and operators work as in SQLite FTS5:", ["search", "\"export controls\" AND chips", "--limit", "2"]),
            ("Every valuation figure in the corpus, with its sentence and source:", ["claims", "--metric", "valuation"]),
            ("Structured facts from the filings (inline XBRL, Form D):", ["facts", "--limit", "8"]),
            ("Do the sources agree? Claims grouped by subject and metric, with a verdict:", ["xref", "--metric", "valuation"]),
            ("Who reported $100 million first, and who repeated it:", ["trace", "$100 million"]),
            ("A sourced fact sheet for an editor (Markdown; also csv, json, html):", ["export", "--subject", "Anthropic", "--format", "md"]),
        ]
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        for (explanation, arguments) in steps where available.contains(arguments[0]) {
            print(Terminal.styled(explanation, .bold))
            let shown = (["dossier"] + arguments + ["--db", db]).map(Self.shellQuote).joined(separator: " ")
            print(Terminal.styled("$ " + shown, .cyan))
            fflush(nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments + ["--db", db]
            try process.run()
            process.waitUntilExit()
            print("")
        }
        print("The demo database is \(db). Try your own: dossier search QUERY --db \(Self.shellQuote(db))")
        print("Or browse it: dossier serve --db \(Self.shellQuote(db)), then open the URL it prints (http://127.0.0.1:8080/).")
    }

    /// `./corpus`, else `corpus/` in the package the binary was built in
    /// (`.build/<config>/dossier` → three folders up).
    static func findCorpus() -> String? {
        let fm = FileManager.default
        if fm.fileExists(atPath: "corpus/README.md") { return "corpus" }
        var url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for _ in 0..<5 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("corpus")
            if fm.fileExists(atPath: candidate.appendingPathComponent("README.md").path) { return candidate.path }
        }
        return nil
    }

    static func shellQuote(_ s: String) -> String {
        if s.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:".contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
