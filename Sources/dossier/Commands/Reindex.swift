import ArgumentParser
import DossierKit
import Foundation

struct Reindex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Bring the archive up to date with the files: new, changed, removed.",
        discussion: """
            Revisits every imported source (or only the paths given): new files are imported, changed files \
            re-imported (size and modification time first, the content hash to confirm: a touched but identical \
            file is not re-imported), files that disappeared are removed with their claims (or kept and marked \
            missing with --keep-missing), and documents from an older parser or extractor are re-parsed. \
            Unchanged files are not read at all. People's corrections on claims survive.

            Safe under cron: a second import or reindex on the same database waits (--wait) or stops with a \
            message; searches keep working during a reindex and see each document whole.

            Examples:
              dossier reindex
              dossier reindex ~/stories --dry-run
              dossier reindex --keep-missing --wait 600      # nightly, from cron

            Exit status: 0 all good, 1 some inputs failed, 2 usage error.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Only these files and folders (default: every imported source).", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "List what would change, and change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Keep documents whose files disappeared, marked missing, instead of removing them.")
    var keepMissing = false

    @Option(name: .long, help: "Refuse files larger than this (e.g. 64M).")
    var maxSize: ByteSize = ByteSize(argument: "64M")!

    @Option(name: .long, help: "If another import or reindex is writing, wait this many seconds for it (default: stop at once).")
    var wait: Double = 0

    @Option(name: .long, help: "Output: table (for people) or json.")
    var format: OutputFormat = .table

    func run() async throws {
        let lock = try database.lockForWriting(wait: wait)
        defer { withExtendedLifetime(lock) {} }
        let archive = try database.open()
        var options = ReindexOptions()
        options.dryRun = dryRun
        options.keepMissing = keepMissing
        options.importOptions.maxSize = maxSize.bytes
        let progress: (@Sendable (ImportProgress) -> Void)? = Terminal.stderrIsTerminal ? Import.showProgress : nil
        let (summary, plan) = try await archive.reindex(paths.isEmpty ? nil : paths, options: options, progress: progress)
        keepUntilExit(plan)
        if Terminal.stderrIsTerminal { Terminal.writeStderr("\r\u{1B}[2K") }

        if dryRun, format == .table {
            for file in plan.new { print("new      \(Terminal.printable(file.path))") }
            for file in plan.changed { print("changed  \(Terminal.printable(file.path))") }
            for path in plan.removed { print((keepMissing ? "missing  " : "removed  ") + Terminal.printable(path)) }
        }
        for failure in summary.failures {
            Terminal.writeStderr("\(Terminal.printable(failure.path)): " + Terminal.styled("error:", .red, stderr: true) + " \(failure.reason)\n")
        }
        for warning in summary.warnings {
            Terminal.writeStderr("\(Terminal.printable(warning.path)): " + Terminal.styled("warning:", .yellow, stderr: true) + " \(warning.reason)\n")
        }
        switch format {
        case .json, .jsonl: print(format == .json ? Renderer.json(summary) : Renderer.jsonLine(summary))
        case .table, .csv: Terminal.writeStderr(Self.describe(summary, keepMissing: keepMissing) + "\n")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    static func describe(_ s: ReindexSummary, keepMissing: Bool) -> String {
        let verb = s.dryRun ? "would reindex" : "reindexed"
        var line = "\(verb): \(s.new) new, \(s.changed) changed, \(s.removed) \(keepMissing ? "missing" : "removed"), "
            + "\(s.unchanged) unchanged, \(s.failed) failed"
        if !s.dryRun {
            line += " (\(s.documents) documents, \(s.claims) claims stored in \(String(format: "%.1f", s.seconds)) s)"
        }
        return line
    }
}
