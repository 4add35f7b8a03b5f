import ArgumentParser
import DossierKit
import Foundation

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files and folders into the archive.",
        discussion: """
            Folders are walked recursively (hidden entries skipped, symlink loops followed once). \
            The format is detected from the content: HTML pages, RSS/Atom feeds, NITF and NewsML wire copy, \
            EDGAR filings and submissions, XBRL and inline XBRL, ownership and offering forms, plain text and Markdown, \
            PDF (through poppler's pdftotext), Word .docx, email (.eml, mbox), web archives (WARC, WACZ), \
            and any of these compressed (.gz) or in .zip archives, each member a document of its own (archive.zip#member). \
            A damaged member, record or message fails alone, with its location; the rest of the file is imported.

            A file whose content is already stored is not imported again. A file that cannot be imported is \
            reported with its path and the reason and skipped; the rest of the import goes on.

            --exclude leaves files out: a pattern without a slash is matched against every file and folder name \
            (*.json, drafts, README.md), one with a slash against the path below the folder given (wire/2019/*). \
            The patterns are remembered with the folder: reindex leaves out the same files, and removes files \
            imported before that a new pattern now leaves out. Importing the folder again with --exclude replaces them; \
            --exclude '' clears them.

            Examples:
              dossier import corpus/ ~/Downloads/filings --db newsroom.sqlite
              dossier import ~/stories --exclude '*.json' --exclude drafts

            Exit status: 0 all imported, 1 some inputs failed, 2 usage error.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files and folders to import.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Leave out files and folders matching this glob (repeatable; see above).", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .long, help: "Refuse files larger than this (e.g. 64M, 500K).")
    var maxSize: ByteSize = ByteSize(argument: "64M")!

    @Option(name: .long, help: "Summary format: table (a line for people, on stderr), json, jsonl or csv (on stdout).")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("If another import or reindex is writing, wait this many seconds for it (0: stop at once).", valueName: "seconds"))
    var wait: Double = 0

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to import") }
    }

    func run() async throws {
        let archive = try await database.openForWriting(wait: wait)
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            var options = ImportOptions()
            options.maxSize = maxSize.bytes
            // `--exclude ''` alone clears the folder's patterns.
            if !exclude.isEmpty { options.excludes = exclude.filter { !$0.isEmpty } }
            let progress: (@Sendable (ImportProgress) -> Void)? = Terminal.stderrIsTerminal ? Self.showProgress : nil
            let summary = try await archive.importPaths(paths, options: options, progress: progress)
            if Terminal.stderrIsTerminal { Terminal.writeStderr("\r\u{1B}[2K") }

            for failure in summary.failures {
                Terminal.writeStderr("\(Terminal.printable(failure.path)): " + Terminal.styled("error:", .red, stderr: true) + " \(failure.reason)\n")
            }
            for warning in summary.warnings {
                Terminal.writeStderr("\(Terminal.printable(warning.path)): " + Terminal.styled("warning:", .yellow, stderr: true) + " \(warning.reason)\n")
            }
            if summary.claims > 0, let problem = ClaimExtractorFacade.meaningProblem() {
                Terminal.writeStderr(Terminal.styled("warning:", .yellow, stderr: true) + " \(problem)\n")
            }
            switch format {
            case .json, .jsonl:
                print(format == .json ? Renderer.json(summary) : Renderer.jsonLine(summary))
            case .csv:
                let s = summary
                print(Renderer.csv(headers: ["imported", "updated", "unchanged", "duplicates", "failed", "documents", "claims", "seconds"],
                                   rows: [[s.imported, s.updated, s.unchanged, s.duplicates, s.failed, s.documents, s.claims].map(String.init)
                                          + [String(format: "%.3f", s.seconds)]]))
            case .table:
                Terminal.writeStderr(Self.describe(summary) + "\n")
            }
            if summary.failed > 0 || summary.failedParts > 0 { throw ExitCode(1) }
        }
    }

    @Sendable static func showProgress(_ p: ImportProgress) {
        let rate = p.seconds > 0 ? Double(p.done) / p.seconds : 0
        let line = "\r\u{1B}[2K  \(p.done)/\(p.total) files · \(p.documents) documents · \(Int(rate)) files/s"
        Terminal.writeStderr(line)
    }

    static func describe(_ s: ImportSummary) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        parts.append("imported \(plural(s.imported, "file"))")
        if s.updated > 0 { parts.append("updated \(s.updated)") }
        parts.append("\(s.unchanged) unchanged")
        if s.duplicates > 0 { parts.append("\(plural(s.duplicates, "duplicate")) of stored content") }
        parts.append("\(s.failed) failed")
        if s.failedParts > 0 { parts.append("\(plural(s.failedParts, "part")) of archives failed") }
        var line = parts.joined(separator: ", ")
        line += " (\(plural(s.documents, "document")), \(plural(s.claims, "claim")) stored in \(String(format: "%.1f", s.seconds)) s)"
        if s.files > 0, s.unchanged + s.duplicates == s.files { line = "nothing to do: " + line }
        if !s.skipped.isEmpty {
            let skipped = s.skipped.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
            line += "; skipped inside archives: " + skipped.joined(separator: ", ")
        }
        return line
    }
}
