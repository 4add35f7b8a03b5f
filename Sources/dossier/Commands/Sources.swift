import ArgumentParser
import DossierKit
import Foundation

struct Sources: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List or remove the imported roots (folders and files given to import).",
        discussion: """
            Examples:
              dossier sources
              dossier sources remove ~/old-stories
            """,
        subcommands: [List.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List imported roots with their counts and last run.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let sources = try await database.openForReading().sources()
            switch output.format {
            case .json: print(Renderer.json(sources))
            case .jsonl: for source in sources { print(Renderer.jsonLine(source)) }
            case .csv:
                print(Renderer.csv(headers: ["root", "state", "files", "documents", "failed", "missing", "added_at", "last_run_at",
                                            "last_result", "excludes"],
                                   rows: sources.map { [$0.root, $0.state, String($0.files), String($0.documents), String($0.failed),
                                                        String($0.missing), $0.addedAt, $0.lastRunAt ?? "", $0.resultLine,
                                                        $0.excludes.joined(separator: " ")] }))
            case .table:
                if sources.isEmpty { Terminal.writeStderr("no sources yet: dossier import PATH adds one\n"); return }
                let excludes = sources.contains { !$0.excludes.isEmpty }
                print(Renderer.table(headers: ["root", "state", "files", "documents", "failed", "missing", "last run", "result"] + (excludes ? ["excludes"] : []),
                                     rows: sources.map { [Terminal.printable($0.root), $0.state, String($0.files), String($0.documents),
                                                          String($0.failed), String($0.missing), $0.lastRunAt ?? "never",
                                                          $0.resultLine] + (excludes ? [$0.excludes.joined(separator: " ")] : []) },
                                     maxWidth: 60))
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Drop a root with its files and the documents only they hold.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The root as listed by dossier sources.", valueName: "root"))
        var root: String

        @Option(name: .long, help: ArgumentHelp("If another import or reindex is writing, wait this many seconds for it (0: stop at once).", valueName: "seconds"))
        var wait: Double = 0

        func run() async throws {
            let archive = try await database.openForWriting(wait: wait)
            // Closed whatever happens: closing checkpoints the WAL before the process exits.
            try await archive.closing { archive in
                let candidates = [root, FileWalker.absolutePath(root)]
                for candidate in candidates {
                    if let dropped = try await archive.removeSource(root: candidate) {
                        Terminal.writeStderr("removed \(Terminal.printable(candidate)) (\(dropped) files)\n")
                        return
                    }
                }
                throw DossierFailure.usage("no source \(root); dossier sources lists them")
            }
        }
    }
}
