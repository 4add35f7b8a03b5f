import Testing

/// A mistyped command is a usage error with a suggestion, however it is asked for.
@Suite struct MistypedCommandTests {
    @Test(arguments: [["serach"], ["help", "serach"], ["serach", "--help"], ["serach", "valuation", "--format", "json"]])
    func anUnknownCommandSuggestsTheClosestAndExits2(arguments: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let run = try cli.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown command 'serach'. Did you mean 'search'?"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func knownCommandsAndHelpStillWork() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["help", "search"]).status == 0)
        let claimsHelp = try cli.run(["claims", "--help"])
        #expect(claimsHelp.status == 0)
        #expect(claimsHelp.stdout.contains("--sort published|newest|value|largest|subject"), "claims --help names the list's filters")
        #expect(try cli.run(["xyzzy"]).stderr.contains("unknown command 'xyzzy'. `dossier --help` lists the commands."))
        // The root's own options take values that are not commands.
        let completion = try cli.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("dossier"))
    }

    @Test(arguments: ["inf", "nan", "1e30", "99999999999G", "-1M", "lots"])
    func anImpossibleSizeIsAUsageError(size: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let run = try cli.run(["import", ".", "--max-size", size])
        #expect(run.status == 2, "\(size): \(run.stderr)")
        #expect(run.stderr.contains("--max-size"), "\(run.stderr)")
    }
}
