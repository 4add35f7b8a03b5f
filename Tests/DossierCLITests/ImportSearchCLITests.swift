import Foundation
import Testing

@Suite struct ImportSearchCLITests {
    static let article = """
        <!doctype html><html lang="en"><head><title>Export controls tighten on AI chips</title>
        <meta property="og:site_name" content="Northgate Wire">
        <meta property="article:published_time" content="2025-03-14T09:30:00Z"></head>
        <body><article><h1>Export controls tighten on AI chips</h1>
        <p>Training a frontier model costs more than $100 million in compute, analysts said.</p>
        <p>AT&amp;T and U.S. officials met on Tuesday to discuss spectrum auctions.</p></article></body></html>
        """

    @Test func importThenSearchInEveryFormat() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("docs/a.html", Self.article)
        try cli.write("docs/notes.md", "# Field notes\n\nExtraction took two to four months, according to the team.\n")

        let first = try cli.run(["import", "docs"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("imported 2 files"))
        #expect(first.stderr.contains("0 failed"))

        let again = try cli.run(["import", "docs"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("nothing to do"))
        #expect(again.stderr.contains("2 unchanged"))
        let summaryCSV = try cli.run(["import", "docs", "--format", "csv"])
        #expect(summaryCSV.stdout.split(separator: "\n").first == "imported,updated,unchanged,duplicates,failed,documents,claims,seconds")
        #expect(summaryCSV.stdout.split(separator: "\n").last?.hasPrefix("0,0,2,0,0,0,0,") == true)

        let table = try cli.run(["search", "compute"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Export controls tighten on AI chips"))
        #expect(table.stdout.contains("**compute**"))
        #expect(!table.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and stdout is a pipe")

        let json = try cli.run(["search", "compute", "--format", "json"])
        let hits = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(hits?.count == 1)
        #expect(hits?.first?["publisher"] as? String == "Northgate Wire")
        #expect(hits?.first?["published"] as? String == "2025-03-14T09:30:00Z")
        for key in ["document", "title", "publisher", "published", "kind", "location", "url", "snippet", "rank"] {
            #expect(hits?.first?.keys.contains(key) == true, "json hit lacks \(key)")
        }

        let jsonl = try cli.run(["search", "months OR compute", "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }

        let csv = try cli.run(["search", "AT&T", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("rank,document,title,publisher,published,kind,location,url,snippet\n"))
        #expect(csv.stdout.contains("**AT&T**"))
    }

    /// Datasette (and sqlite-utils) offer full-text search on `documents` when they find its index
    /// by this query (Datasette's `detect_fts`); the index must also still answer searches.
    @Test func datasetteFindsTheDocumentsFullTextIndex() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("docs/a.txt", "Copper prices\n\nCopper rose to a record on Tuesday.\n")
        #expect(try cli.run(["import", "docs"]).status == 0)
        let detected = try CrashTests.query(cli.database, """
            SELECT name FROM sqlite_master WHERE rootpage = 0
            AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="documents"%';
            """)
        #expect(detected == ["documents_fts"])
        let found = try CrashTests.query(cli.database, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'copper';")
        #expect(found.count == 1)
    }

    @Test func awkwardQueriesNeverLeakSQLiteErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("a.html", Self.article)
        _ = try cli.run(["import", "a.html"])
        for query in ["U.S.", "AT&T", "\"unterminated", "GPT-4", "(x", "col:umn", "NEAR(", "a AND", "$100"] {
            let result = try cli.run(["search", query])
            #expect(result.status == 0, "query \(query): \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("sqlite"), "query \(query): \(result.stderr)")
            #expect(!result.stderr.contains("fts5"), "query \(query): \(result.stderr)")
        }
        let dash = try cli.run(["search", "--", "-"])
        #expect(dash.status == 2)
        #expect(dash.stderr.contains("no words to search for"))
    }

    @Test func batchQueriesFromAFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("a.html", Self.article)
        _ = try cli.run(["import", "a.html"])
        let list = try cli.write("names.txt", "# names to check\nAT&T\n\nspectrum auctions\nnobody-here\n")
        let result = try cli.run(["search", "--queries", list, "--format", "jsonl"])
        #expect(result.status == 0)
        let queries = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["query"] as? String
        }
        #expect(queries == ["AT&T", "spectrum auctions"])
    }

    @Test func filtersNarrowHits() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("a.html", Self.article)
        _ = try cli.run(["import", "a.html"])
        #expect(try cli.run(["search", "compute", "--since", "2025-03", "--format", "jsonl"]).stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["search", "compute", "--until", "2025-02", "--format", "jsonl"]).stdout.isEmpty)
        #expect(try cli.run(["search", "compute", "--publisher", "northgate", "--format", "jsonl"]).stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["search", "compute", "--kind", "filing", "--format", "jsonl"]).stdout.isEmpty)
    }

    @Test func badInputIsReportedAndTheRestImports() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("in/good.html", Self.article)
        try cli.write("in/binary.bin", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]))
        try cli.write("in/empty.txt", "")
        try cli.write("in/big.txt", String(repeating: "word ", count: 5000))
        try cli.write("in/.hidden/secret.txt", "never imported")
        let result = try cli.run(["import", "in", "--max-size", "10K"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary.bin: error: looks like a binary file"))
        #expect(result.stderr.contains("empty.txt: error:"))
        #expect(result.stderr.contains("big.txt: error:") && result.stderr.contains("--max-size"))
        #expect(!result.stderr.contains("secret.txt"))
        #expect(result.stderr.contains("imported 1 file"))
        let search = try cli.run(["search", "compute", "--format", "jsonl"])
        #expect(search.stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["search", "never", "--format", "jsonl"]).stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["search"]).status == 2)
        #expect(try cli.run(["search", "x", "--since", "March"]).status == 2)
        #expect(try cli.run(["search", "x", "--format", "xml"]).status == 2)
        #expect(try cli.run(["search", "x", "--kind", "blog"]).status == 2)
        #expect(try cli.run(["no-such-command"]).status == 2)
        #expect(try cli.run(["import"]).status == 2)
        let missing = try cli.run(["import", "does-not-exist"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does-not-exist: error: no such file or folder"))
        #expect(try cli.run(["--help"]).status == 0)
    }

    @Test func dbOptionAndEnvironmentChooseTheDatabase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("a.html", Self.article)
        let custom = cli.folder.appendingPathComponent("custom.sqlite").path
        #expect(try cli.run(["import", "a.html", "--db", custom]).status == 0)
        #expect(FileManager.default.fileExists(atPath: custom))
        #expect(try cli.run(["search", "compute", "--db", custom, "--format", "jsonl"]).stdout.split(separator: "\n").count == 1)
        // Without --db or DOSSIER_DB: dossier.sqlite in the current folder.
        #expect(try cli.run(["import", "a.html"], useDatabase: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("dossier.sqlite").path))
    }

    @Test func parseShowsWhatWouldBeStoredWithoutStoring() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = try cli.write("a.html", Self.article)
        let result = try cli.run(["parse", path, "--format", "jsonl"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Export controls tighten on AI chips")
        #expect(object["kind"] as? String == "article")
        #expect(object["language"] as? String == "en")
        #expect((object["text"] as? String)?.contains("AT&T and U.S. officials") == true)
        for key in ["title", "byline", "published", "publisher", "url", "language", "kind", "text"] {
            #expect(object.keys.contains(key), "parse jsonl lacks \(key)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database))
        let missing = try cli.run(["parse", "nope.html"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.html: error: cannot read"))
    }
}
