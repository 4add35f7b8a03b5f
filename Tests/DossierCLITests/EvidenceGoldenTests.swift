import Foundation
import Testing

/// Golden files for what people read: xref and trace tables and the four
/// fact-sheet formats, on the sample corpus. A behaviour change shows up as a
/// diff; after checking it, re-record with `DOSSIER_RECORD=1 swift test --filter EvidenceGolden`.
///
/// The goldens depend on the claims extractor: when it changes, re-record and
/// read the diff of `Golden/` like any other change.
@Suite(.serialized) struct EvidenceGoldenTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1"
    static let environment = ["SOURCE_DATE_EPOCH": "0", "COLUMNS": "200"]

    /// The corpus imported one file at a time in path order, so document and
    /// claim ids are the same on every run (a folder import stores files in
    /// the order its parallel parses finish).
    static func corpusArchive() throws -> CLIRunner {
        let cli = try CLIRunner()
        let corpus = package.appendingPathComponent("corpus").resolvingSymlinksInPath()
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpus.path)
            .filter { !$0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .filter { var isDirectory: ObjCBool = false
                      _ = FileManager.default.fileExists(atPath: corpus.appendingPathComponent($0).path, isDirectory: &isDirectory)
                      return !isDirectory.boolValue }
            .sorted()
        try #require(files.count >= 12, "the sample corpus is missing")
        for file in files {
            let data = try Data(contentsOf: corpus.appendingPathComponent(file))
            try cli.write("corpus/" + file, data)
            let result = try cli.run(["import", "corpus/" + file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
        }
        return cli
    }

    func check(_ name: String, _ actual: String, cli: CLIRunner) throws {
        // Paths differ per run: show them relative to the test's folder.
        let text = actual.replacingOccurrences(of: cli.folder.path + "/", with: "")
            .replacingOccurrences(of: cli.folder.standardizedFileURL.resolvingSymlinksInPath().path + "/", with: "")
        let url = Self.goldens.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldens, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); record it with DOSSIER_RECORD=1")
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end>", got = line < b.count ? String(b[line]) : "<end>"
            Issue.record("\(name) differs from its golden file at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\nre-record with DOSSIER_RECORD=1 after checking the change")
        }
    }

    @Test func corpusOutputsMatchTheirGoldenFiles() throws {
        let cli = try Self.corpusArchive()
        defer { cli.cleanUp() }
        let runs: [(String, [String])] = [
            ("xref.txt", ["xref"]),
            ("xref.json", ["xref", "--format", "json"]),
            ("trace-100-million.txt", ["trace", "$100 million"]),
            // The fact sheets on one story (the Corvid extraction: agreements and the
            // conflict) keep the goldens small enough to read in a diff.
            ("factsheet-corvid.md", ["export", "Corvid", "--format", "md"]),
            ("factsheet-corvid.csv", ["export", "Corvid", "--format", "csv"]),
            ("factsheet-corvid.json", ["export", "Corvid", "--format", "json"]),
            ("factsheet-corvid.html", ["export", "Corvid", "--format", "html"]),
        ]
        for (name, arguments) in runs {
            let result = try cli.run(arguments, environment: Self.environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            try check(name, result.stdout, cli: cli)
        }
    }

    @Test func theCorpusShowsEveryVerdictAndTracesTheEarliestSource() throws {
        let cli = try Self.corpusArchive()
        defer { cli.cleanUp() }
        let xref = try cli.run(["xref", "--format", "json"])
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(xref.stdout.utf8)) as? [[String: Any]])
        let verdicts = Set(groups.compactMap { $0["verdict"] as? String })
        #expect(verdicts == ["agree", "conflict", "changed", "related"], "\(verdicts)")
        // Conflicts come first, related figures (no verdict) last.
        let order = groups.compactMap { $0["verdict"] as? String }
        #expect(order.first == "conflict")
        #expect(order.drop(while: { $0 != "related" }).allSatisfy { $0 == "related" })
        let trace = try cli.run(["trace", "$100 million", "--format", "json"])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [String: Any])
        let first = try #require((result["matches"] as? [[String: Any]])?.first)
        let source = try #require(first["source"] as? [String: Any])
        #expect(source["publisher"] as? String == "The Ledger Review")
        #expect((source["published"] as? String)?.hasPrefix("2024-03-12") == true)

        // Every figure in the Markdown and HTML sheets is cited.
        let md = try cli.run(["export", "--format", "md"], environment: Self.environment).stdout
        let html = try cli.run(["export", "--format", "html"], environment: Self.environment).stdout
        let json = try cli.run(["export", "--format", "json"], environment: Self.environment).stdout
        let sheet = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let count = try #require((sheet["citations"] as? [Any])?.count)
        #expect(count > 50)
        for n in 1...count {
            #expect(md.contains(" [^\(n)] |") && md.contains("\n[^\(n)]: "), "Markdown figure \(n) uncited")
            #expect(html.contains("href=\"#c\(n)\"") && html.contains("<li id=\"c\(n)\">"), "HTML figure \(n) uncited")
        }
    }
}
