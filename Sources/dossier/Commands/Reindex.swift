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

            Exit status: 0 all good, 1 new failures (a file or part that failed in this run, or a root that is gone), \
            2 usage error. Files that failed before and have not changed since are reported as still failing \
            but do not make the status 1 again, so a nightly cron job hears about each failure once.
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

    @Option(name: .long, help: ArgumentHelp("If another import or reindex is writing, wait this many seconds for it (0: stop at once).", valueName: "seconds"))
    var wait: Double = 0

    @Option(name: .long, help: "Output: table (a line for people, on stderr), json, jsonl or csv (on stdout). With --dry-run, json and csv list every file that would change.")
    var format: OutputFormat = .table

    func run() async throws {
        let archive = try await database.openForWriting(wait: wait)
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
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
            let changes = dryRun ? Self.changes(plan, keepMissing: keepMissing) : nil
            switch format {
            case .json, .jsonl:
                let output = Output(summary: summary, changes: changes)
                print(format == .json ? Renderer.json(output) : Renderer.jsonLine(output))
            case .csv:
                if let changes {
                    print(Renderer.csv(headers: ["change", "path"], rows: changes.map { [$0.change, $0.path] }))
                } else {
                    let s = summary
                    print(Renderer.csv(headers: ["new", "changed", "removed", "unchanged", "failed", "documents", "claims", "seconds"],
                                       rows: [[s.new, s.changed, s.removed, s.unchanged, s.failed, s.documents, s.claims].map(String.init)
                                              + [String(format: "%.3f", s.seconds)]]))
                }
            case .table:
                Terminal.writeStderr(Self.describe(summary, keepMissing: keepMissing) + "\n")
            }
            // Old failures are reported but do not fail the run again: a cron job sees 1 only for news.
            if summary.failed > 0 || summary.failedParts > 0 { throw ExitCode(1) }
        }
    }

    /// What `--format json` prints: the summary's fields, and with
    /// `--dry-run` the files that would change.
    struct Output: Encodable {
        var summary: ReindexSummary
        var changes: [Change]?

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            enum Key: String, CodingKey { case changes }
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(changes, forKey: .changes)
        }
    }

    struct Change: Encodable {
        var change: String
        var path: String
    }

    static func changes(_ plan: ReindexPlan, keepMissing: Bool) -> [Change] {
        plan.new.map { Change(change: "new", path: $0.path) }
            + plan.changed.map { Change(change: "changed", path: $0.path) }
            + plan.removed.map { Change(change: keepMissing ? "missing" : "removed", path: $0) }
    }

    static func describe(_ s: ReindexSummary, keepMissing: Bool) -> String {
        let verb = s.dryRun ? "would reindex" : "reindexed"
        var line = "\(verb): \(s.new) new, \(s.changed) changed, \(s.removed) \(keepMissing ? "missing" : "removed"), "
            + "\(s.unchanged) unchanged, \(s.failed) failed"
            + (s.stillFailing > 0 ? ", \(s.stillFailing) still failing from before" : "")
            + (s.failedParts > 0 ? ", \(s.failedParts) parts of archives failed" : "")
        if !s.dryRun {
            line += " (\(s.documents) documents, \(s.claims) claims stored in \(String(format: "%.1f", s.seconds)) s)"
        }
        return line
    }
}
