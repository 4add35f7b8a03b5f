import Foundation
import Testing

/// The README is the manual: every command the binary offers is documented
/// there with a runnable example.
@Suite struct DocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyCommandIsDocumentedInTheReadme() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let help = try cli.run(["--help"]).stdout
        // ArgumentParser lists subcommands as "  name   abstract" under SUBCOMMANDS.
        guard let section = help.range(of: "SUBCOMMANDS:") else {
            Issue.record("no SUBCOMMANDS section in --help")
            return
        }
        // The section ends at the first blank line; a command line is two
        // spaces, a lowercase name, then the abstract (wrapped lines are indented deeper).
        var commands: [String] = []
        for line in help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            let name = line.dropFirst(2).prefix(while: { $0.isLowercase || $0 == "-" })
            if !name.isEmpty, name != "help" { commands.append(String(name)) }
        }
        #expect(commands.count >= 8, "\(commands)")
        for command in commands {
            #expect(readme.contains("### `dossier \(command)"), "README has no section for dossier \(command)")
            #expect(readme.contains("dossier \(command) ") || readme.contains("dossier \(command)\n"),
                    "README has no example of dossier \(command)")
        }
    }

    @Test func ciRunsTheReadmesTestCommand() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("swift test"))
        #expect(ci.contains("swift test"))
    }
}
