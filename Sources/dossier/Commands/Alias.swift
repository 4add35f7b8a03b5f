import ArgumentParser
import DossierKit

struct Alias: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Name two subjects as one for xref, trace and export (\"Claude's maker\" → Anthropic).",
        discussion: """
            Subjects are normalised already ("Anthropic", "Anthropic PBC" and "the AI company Anthropic" are one); \
            an alias covers what normalisation cannot know.

            Examples:
              dossier alias add 'Meridian' 'Meridian Compute Corp.'
              dossier alias list
              dossier alias remove Meridian
            """,
        subcommands: [AliasAdd.self, AliasList.self, AliasRemove.self]
    )
}

struct AliasAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Group claims about ALIAS under SUBJECT.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The other name.")
    var alias: String

    @Argument(help: "The subject it stands for.")
    var subject: String

    @Flag(name: .long, help: "Make ALIAS stand for SUBJECT even when it already stands for another subject.")
    var replace = false

    func validate() throws {
        if alias.trimmingCharacters(in: .whitespaces).isEmpty || subject.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("the alias and the subject must not be empty")
        }
    }

    func run() async throws {
        let archive = try await database.open()
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            if Archive.subjectKey(alias) == Archive.subjectKey(subject) {
                Terminal.warning("'\(alias)' and '\(subject)' are grouped together already; no alias needed")
                return
            }
            let (entry, replaced) = try await archive.addAlias(alias, subject: subject, replace: replace)
            let before = replaced.map { " (it stood for '\($0)' until now)" } ?? ""
            Terminal.writeStderr("alias '\(entry.alias)' → subject '\(entry.subject)'\(before): claims about '\(entry.alias)' are grouped under '\(entry.subject)' from now on\n")
        }
    }
}

struct AliasList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the aliases.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let aliases = try await database.openForReading().aliases()
        switch output.format {
        case .json: print(Renderer.json(aliases))
        case .jsonl: for alias in aliases { print(Renderer.jsonLine(alias)) }
        case .csv: print(Renderer.csv(headers: ["alias", "subject", "key"], rows: aliases.map { [$0.alias, $0.subject, $0.key] }))
        case .table:
            if aliases.isEmpty { Terminal.writeStderr("no aliases\n"); return }
            print(Renderer.table(headers: ["alias", "subject"], rows: aliases.map { [$0.alias, $0.subject] }))
        }
    }
}

struct AliasRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an alias.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The alias to remove.")
    var alias: String

    func run() async throws {
        let archive = try await database.open()
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            guard try await archive.removeAlias(alias) else { throw DossierFailure(message: "no alias '\(alias)'") }
            Terminal.writeStderr("removed alias '\(alias)'\n")
        }
    }
}
