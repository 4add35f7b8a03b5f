import ArgumentParser
import DossierKit
import Foundation

struct Copy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole archive to another backend (SQLite file ⇄ PostgreSQL server), ids kept.",
        discussion: """
            Moves every document, claim, fact, correction, alias, file and source from one archive to \
            another, keeping their ids (a document or claim number cited anywhere still names the same \
            thing); the full-text index is made again at the destination. The destination must be empty, \
            or hold an earlier copy of the same archive that was interrupted: run the same command again \
            and it goes on from where it stopped. Both archives are kept from other writers meanwhile.

            Examples:
              dossier copy --from newsroom.sqlite --to postgres://owner@db.example/newsroom
              dossier copy --from postgres://owner@db.example/newsroom --to laptop.sqlite

            Exit status: 0 copied, 1 the copy failed (run it again to resume), 2 usage.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The archive to copy: a SQLite file or a postgres:// URL.", valueName: "path|url"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("Where to copy it: a new SQLite file or an empty PostgreSQL database.", valueName: "path|url"))
    var to: String

    @Option(name: .long, help: ArgumentHelp("Wait this many seconds for another writer of either archive (0: stop at once).", valueName: "seconds"))
    var wait: Double = 0

    @Option(name: .long, help: ArgumentHelp("Rows per transaction.", valueName: "n"))
    var batch: Int = 500

    @Option(name: .long, help: "Output format: table, json or jsonl.")
    var format: OutputFormat = .table

    func validate() throws {
        if from == to { throw ValidationError("--from and --to name the same archive") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
        if !Archive.isServer(from), !FileManager.default.fileExists(atPath: from) {
            throw ValidationError("--from \(from): no such archive file")
        }
    }

    @Sendable static func showProgress(_ progress: CopyProgress) {
        Terminal.writeStderr("\r\u{1B}[2Kcopying \(progress.table.rawValue): \(progress.copied)")
    }

    func run() async throws {
        let source: Archive, destination: Archive
        do {
            source = try await Archive.open(from, .read)
            destination = try await Archive.open(to, .write(wait: wait))
        } catch {
            throw DossierFailure(message: "\(error)")
        }
        let summary: CopySummary
        do {
            let progress: (@Sendable (CopyProgress) -> Void)? = Terminal.stderrIsTerminal ? Self.showProgress : nil
            summary = try await destination.copy(from: source, batch: batch, wait: wait, progress: progress)
            if Terminal.stderrIsTerminal { Terminal.writeStderr("\r\u{1B}[2K") }
        } catch {
            if Terminal.stderrIsTerminal { Terminal.writeStderr("\n") }
            try? await source.close()
            try? await destination.close()
            throw DossierFailure(message: "\(error) (run the same copy again to go on from where it stopped)")
        }
        try? await source.close()
        try? await destination.close()
        switch format {
        case .json: print(Renderer.json(summary))
        case .jsonl: print(Renderer.jsonLine(summary))
        case .table, .csv:
            let order = ["documents", "claims", "facts", "claim_corrections", "aliases", "files", "sources"]
            let parts = order.map { "\(summary.copied[$0] ?? 0) \($0 == "claim_corrections" ? "corrections" : $0)" }
            let resumed = summary.resumedAfter.keys.sorted().map { "\($0) after id \(summary.resumedAfter[$0]!)" }
            print("copied \(parts.joined(separator: ", ")) from \(source.description) to \(destination.description)"
                  + (resumed.isEmpty ? "" : " (taken up where an earlier run stopped: \(resumed.joined(separator: ", ")))")
                  + String(format: " in %.1f s", summary.seconds))
        }
    }
}
