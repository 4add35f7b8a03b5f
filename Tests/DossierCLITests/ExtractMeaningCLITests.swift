import Foundation
import Testing

/// `dossier extract` carries the claim-meaning fields, resolves relative times against `--published`,
/// explains its choices, and says so when the language model is missing instead of failing silently.
@Suite struct ExtractMeaningCLITests {
    @Test func extractCarriesMeasurePeriodAndDirection() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["extract", "--published", "2025-03-14", "--explain"], useDatabase: false,
                                 stdin: "Harwick Foods cut 4,000 jobs last year.")
        #expect(result.status == 0, "\(result.stderr)")
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let jobs = try #require(claims.first { $0["text"] as? String == "4,000" })
        #expect(jobs["subject"] as? String == "Harwick Foods")
        #expect(jobs["measure"] as? String == "job")
        #expect(jobs["period"] as? String == "2024")
        #expect(jobs["direction"] as? String == "down")
        #expect(result.stderr.contains("subject: subject of 'cut'"), "\(result.stderr)")
        let bad = try cli.run(["extract", "--published", "2025"], useDatabase: false, stdin: "x")
        #expect(bad.status == 2 && bad.stderr.contains("--published needs a full date"), "\(bad.stderr)")
    }

    @Test func aMissingModelIsReportedAndFiguresStillCome() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["extract"], environment: ["DOSSIER_LANGUAGE_MODEL": "/nonexistent/model.dlm"],
                                 useDatabase: false, stdin: "Acme raised $5 million last year.")
        #expect(result.status == 0)
        #expect(result.stderr.contains("claims were read without their meaning"), "\(result.stderr)")
        #expect(result.stdout.contains("\"$5 million\""))
    }
}
