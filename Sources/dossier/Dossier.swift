import ArgumentParser
import DossierKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@main
struct Dossier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A document-and-evidence knowledge base for journalists and analysts.",
        discussion: """
            Import news articles, feeds, wire copy and filings; search them; pull out every checkable \
            figure with the sentence it stands in and who says it.

            The database is dossier.sqlite in the current folder unless --db or DOSSIER_DB says otherwise.

            Exit status: 0 success, 1 some inputs failed, 2 usage error.
            """,
        subcommands: [
            Demo.self, Import.self, Reindex.self, Sources.self, Check.self, Parse.self, Search.self, Claims.self, Extract.self, Analyze.self, Facts.self,
            Xref.self, TraceCommand.self, Show.self, Export.self, Alias.self, Serve.self, Copy.self,
        ]
    )

    /// Custom entry point: usage errors exit 2 (not ArgumentParser's 64), a
    /// broken pipe exits quietly, and Dossier's own errors print one line.
    static func main() async {
        // `dossier search x | head` must end quietly when head closes the pipe.
        signal(SIGPIPE, SIG_DFL)
        if let unknown = unknownCommand(Array(CommandLine.arguments.dropFirst())) {
            Terminal.error("unknown command '\(unknown)'.\(NearestNames.hint(for: unknown, among: commandNames)) `dossier --help` lists the commands.")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as DossierFailure {
            Terminal.error(error.message)
            Foundation.exit(error.exitCode)
        } catch let error as ArchiveError {
            // A request the user can fix is a usage error; the rest mean the work failed.
            Terminal.error(error.description)
            switch error {
            case .invalidRequest, .ambiguous: Foundation.exit(2)
            default: break
            }
            Foundation.exit(1)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

extension Dossier {
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// The first word when it names no command (`dossier serach`, `dossier serach --help`,
    /// `dossier help serach`): the argument parser would print the root help and exit 0 for the last two.
    /// Only the first argument is looked at: the root command has options of its own
    /// (`--generate-completion-script bash`) whose values are not commands.
    static func unknownCommand(_ arguments: [String]) -> String? {
        guard var first = arguments.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            first = arguments[1]
        }
        return commandNames.contains(first) ? nil : first
    }
}

/// An error Dossier reports itself: one line, and the exit status it means.
struct DossierFailure: Error {
    var message: String
    var exitCode: Int32 = 1

    static func usage(_ message: String) -> DossierFailure { DossierFailure(message: message, exitCode: 2) }
}
