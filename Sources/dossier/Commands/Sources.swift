import ArgumentParser
import DossierKit
import Foundation

struct Sources: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List or remove the imported roots (folders and files given to import).",
        discussion: """
            Each root has a short name; citations read `name:relative/path` (beside the URL), which a \
            colleague whose copy of the files lives elsewhere can follow. A new root is named after its \
            last folder; `rename` changes it. When a disk is mounted elsewhere, `move` records the new \
            place of a root without reading anything again.

            Examples:
              dossier sources
              dossier sources rename ~/stories/leak-2026 leak
              dossier sources move /media/old-disk/leak /mnt/archive/leak
              dossier sources remove ~/old-stories
            """,
        subcommands: [List.self, Rename.self, Move.self, Remove.self],
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
                print(Renderer.csv(headers: ["root", "name", "state", "files", "documents", "failed", "missing", "added_at", "last_run_at",
                                            "last_result", "excludes"],
                                   rows: sources.map { [$0.root, $0.name, $0.state, String($0.files), String($0.documents), String($0.failed),
                                                        String($0.missing), $0.addedAt, $0.lastRunAt ?? "", $0.resultLine,
                                                        $0.excludes.joined(separator: " ")] }))
            case .table:
                if sources.isEmpty { Terminal.writeStderr("no sources yet: dossier import PATH adds one\n"); return }
                let excludes = sources.contains { !$0.excludes.isEmpty }
                print(Renderer.table(headers: ["root", "name", "state", "files", "documents", "failed", "missing", "last run", "result"] + (excludes ? ["excludes"] : []),
                                     rows: sources.map { [Terminal.printable($0.root), Terminal.printable($0.name), $0.state, String($0.files), String($0.documents),
                                                          String($0.failed), String($0.missing), $0.lastRunAt ?? "never",
                                                          $0.resultLine] + (excludes ? [$0.excludes.joined(separator: " ")] : []) },
                                     maxWidth: 60))
            }
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a root the name its citations use.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The root as listed by dossier sources.", valueName: "root"))
        var root: String

        @Argument(help: ArgumentHelp("Letters, digits, '.', '_' and '-'.", valueName: "name"))
        var name: String

        func validate() throws {
            if let problem = SourceNames.problem(with: name) { throw ValidationError(problem) }
        }

        func run() async throws {
            let archive = try await database.open()
            try await archive.closing { archive in
                for candidate in [root, FileWalker.absolutePath(root)] where try await archive.renameSource(root: candidate, name: name) {
                    Terminal.writeStderr("\(Terminal.printable(candidate)) is cited as \(name):…\n")
                    return
                }
                throw DossierFailure.usage("no source \(root); dossier sources lists them")
            }
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: "Record that a root now lives elsewhere (a disk mounted at another place).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The root as listed by dossier sources.", valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp("Where the same files are now.", valueName: "new"))
        var new: String

        @Option(name: .long, help: ArgumentHelp("If another import or reindex is writing, wait this many seconds for it (0: stop at once).", valueName: "seconds"))
        var wait: Double = 0

        func run() async throws {
            let target = FileWalker.absolutePath(new)
            let archive = try await database.openForWriting(wait: wait)
            try await archive.closing { archive in
                for candidate in [old, FileWalker.absolutePath(old)] {
                    if let moved = try await archive.moveSource(from: candidate, to: target) {
                        Terminal.writeStderr("moved \(Terminal.printable(candidate)) to \(Terminal.printable(target)) (\(moved) files)\n")
                        if !FileManager.default.fileExists(atPath: target) {
                            Terminal.warning("\(target) is not on this machine; the next reindex here will report the root missing")
                        }
                        return
                    }
                }
                throw DossierFailure.usage("no source \(old); dossier sources lists them")
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
