import Foundation
import Testing

/// `dossier serve`'s refusals: each says what is wrong and exits 1 (the work failed) or 2 (usage).
@Suite struct ServeCommandTests {
    @Test func usageAndStartFailuresAreExplained() async throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = try cli.run(["serve", "--db", "nope.sqlite"], useDatabase: false)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at nope.sqlite"))
        #expect(try cli.run(["serve", "--token", "0123456789abcdefXYZ"]).status == 2, "--token needs --allow-corrections")
        let short = try cli.run(["serve", "--allow-corrections", "--token", "short"])
        #expect(short.status == 2)
        #expect(short.stderr.contains("--token must be at least 16 characters"))

        try cli.write("docs/a.txt", "Copper\n\nCopper rose 5% on Tuesday.\n")
        #expect(try cli.run(["import", "docs"]).status == 0)
        let first = try ServerProcess(CLIRunner.executable, ["serve", "--db", cli.database, "--port", "0"], folder: cli.folder)
        defer { first.stop() }
        let line = try await first.line(containing: "is serving")
        let port = try #require(line.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression).map { line[$0].split(separator: ":").last.map(String.init) ?? "" })
        let second = try cli.run(["serve", "--port", port])
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(port): the port is in use"), "\(second.stderr)")
    }
}
