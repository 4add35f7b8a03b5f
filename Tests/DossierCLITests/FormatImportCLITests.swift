import DossierFixtures
import Foundation
import Testing

/// One folder holding every format people bring (`.html.gz`, `.warc.gz`,
/// `.wacz`, `.pdf`, `.docx`, `.zip`, `.eml`, `.mbox`) imports in one run:
/// every document searchable, each with its location, PDF claims with pages.
@Suite struct FormatImportCLITests {
    typealias F = ArchiveFixtures

    /// PDFs need poppler's pdftotext; CI installs it and sets DOSSIER_REQUIRE_POPPLER=1, so there a
    /// missing tool fails these tests instead of skipping them.
    static let popplerAvailable = ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_POPPLER"] == "1"
        || FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/pdftotext")
        || FileManager.default.isExecutableFile(atPath: "/opt/homebrew/bin/pdftotext")

    static func page(_ title: String, _ sentence: String) -> String {
        """
        <!doctype html><html><head><title>\(title)</title><meta property="article:published_time" content="2025-04-01"></head>
        <body><article><h1>\(title)</h1><p>\(sentence)</p><p>The council will publish the full figures next month.</p></article></body></html>
        """
    }

    static func warc(_ id: String, uri: String, _ html: String) -> [UInt8] {
        F.warcRecord(type: "response", id: id, uri: uri, contentType: "application/http; msgtype=response",
                     block: F.http(headers: [("Content-Type", "text/html; charset=utf-8")], body: F.bytes(html)))
    }

    static func writeEveryFormat(_ cli: CLIRunner) throws {
        try cli.write("pile/saved/tram.html.gz", Data(F.gzip(page("Tram extension", "The tram extension will cost $640 million, the mayor said."))))
        let crawl = warc("urn:uuid:aaaaaaaa-0000-4000-8000-000000000001", uri: "https://example.org/levee",
                         page("Levee upgrade", "The levee upgrade is budgeted at $95 million, engineers said."))
        try cli.write("pile/crawl/levee.warc.gz", Data(F.gzip(crawl)))
        let waczWARC = F.gzip(warc("urn:uuid:bbbbbbbb-0000-4000-8000-000000000002", uri: "https://example.org/sewer",
                                   page("Sewer renewal", "Sewer renewal costs rose 14% to $210 million.")))
        try cli.write("pile/crawl/sewer.wacz", Data(F.zip([
            .init(name: "datapackage.json", contents: F.bytes("{}")),
            .init(name: "archive/data.warc.gz", contents: waczWARC, compress: false),
        ])))
        try cli.write("pile/reports/annual.pdf", Data(PDFFixture.make(pages: [
            ["Harbour Authority annual report 2024", "", "Cargo volumes were steady."],
            ["Dredging cost $31 million in 2024, the authority said."],
        ], info: ["Title": "Harbour Authority annual report", "Author": "Harbour Authority", "CreationDate": "D:20250331090000Z"])))
        try cli.write("pile/memos/fleet.docx", Data(F.docx(
            body: "<w:p><w:r><w:t>The bus fleet renewal will cost $57 million over five years.</w:t></w:r></w:p>",
            core: "<dc:title>Fleet memo</dc:title><dc:creator>Transport Office</dc:creator>")))
        try cli.write("pile/bundle.zip", Data(F.zip([
            .init(name: "briefs/parks.txt", contents: F.bytes("Park maintenance spending fell 3% to $12 million.\n")),
            .init(name: "briefs/map.png", contents: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]),
        ])))
        try cli.write("pile/mail/tip.eml", """
            From: Tipster <tip@example.net>
            To: desk@example.org
            Subject: Bridge overrun
            Date: Tue, 04 Mar 2025 09:00:00 +0000
            Message-ID: <tip-1@example.net>

            The bridge overrun is $18 million, according to the draft audit.
            """)
        try cli.write("pile/mail/desk.mbox", """
            From a@example.org Wed Mar  5 10:00:00 2025
            From: Ana <a@example.org>
            Subject: Library hours
            Date: Wed, 05 Mar 2025 10:00:00 +0000
            Message-ID: <lib-1@example.org>

            Extending library hours will cost $2.3 million a year.

            """)
    }

    @Test(.enabled(if: popplerAvailable)) func aFolderOfEveryFormatImportsInOneRun() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.writeEveryFormat(cli)
        let run = try cli.run(["import", "pile", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(summary["imported"] as? Int == 8, "\(run.stdout)")
        #expect(summary["documents"] as? Int == 8, "\(run.stdout)")
        #expect(summary["failed"] as? Int == 0)
        #expect((summary["skipped"] as? [String: Int]) == ["images": 1])

        for (word, location) in [
            ("tram", "pile/saved/tram.html.gz"), ("levee", "pile/crawl/levee.warc.gz#urn:uuid:aaaaaaaa-0000-4000-8000-000000000001"),
            ("sewer", "pile/crawl/sewer.wacz#archive/data.warc.gz#urn:uuid:bbbbbbbb-0000-4000-8000-000000000002"),
            ("dredging", "pile/reports/annual.pdf"), ("fleet", "pile/memos/fleet.docx"), ("parks", "pile/bundle.zip#briefs/parks.txt"),
            ("overrun", "pile/mail/tip.eml"), ("library", "pile/mail/desk.mbox#lib-1@example.org"),
        ] {
            let search = try cli.run(["search", word, "--format", "json"])
            let hits = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]] ?? []
            #expect(hits.count == 1, "\(word): \(search.stdout) \(search.stderr)")
            #expect((hits.first?["location"] as? String)?.hasSuffix(location) == true, "\(word): \(hits.first?["location"] ?? "none")")
        }
    }

    @Test(.enabled(if: popplerAvailable)) func pdfClaimsCiteTheirPage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try Self.writeEveryFormat(cli)
        #expect(try cli.run(["import", "pile/reports"]).status == 0)
        let claims = try cli.run(["claims", "--format", "csv"])
        let rows = claims.stdout.split(separator: "\n")
        let header = rows.first?.split(separator: ",").map(String.init) ?? []
        let pageColumn = try #require(header.firstIndex(of: "page"))
        let dredging = try #require(rows.first { $0.contains("$31 million") })
        #expect(dredging.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) == "2",
                "\(header[pageColumn]) of \(dredging)")
        let sheet = try cli.run(["export", "--format", "md"])
        #expect(sheet.stdout.contains(", p. 2, characters"), "\(sheet.stdout)")
        let table = try cli.run(["claims", "--metric", "cost"], environment: ["COLUMNS": "400"])
        #expect(table.stdout.contains("p. 2"), "\(table.stdout)")
        let show = try cli.run(["show", "pile/reports/annual.pdf"], environment: ["COLUMNS": "400"])
        #expect(show.stdout.contains("p. 2, "), "\(show.stdout)")
        // Search hits cite the page their snippet stands on.
        let hits = try JSONSerialization.jsonObject(with: Data(try cli.run(["search", "dredging", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        #expect(hits?.first?["page"] as? Int == 2, "\(String(describing: hits))")
        let cargo = try JSONSerialization.jsonObject(with: Data(try cli.run(["search", "cargo", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        #expect(cargo?.first?["page"] as? Int == 1)
        #expect(try cli.run(["search", "dredging"]).stdout.contains("p. 2"))
    }

    @Test(.enabled(if: popplerAvailable)) func damagedPartsFailAloneAndTheRunExitsOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let good = Self.warc("urn:uuid:cccccccc-0000-4000-8000-000000000003", uri: "https://example.org/ok",
                             Self.page("Quay repairs", "Quay repairs cost $4 million."))
        let cut = Self.warc("urn:uuid:cccccccc-0000-4000-8000-000000000004", uri: "https://example.org/cut",
                            Self.page("Cut short", "This record never ends."))
        try cli.write("bad/crawl.warc", Data(good + cut.prefix(cut.count - 100)))
        try cli.write("bad/bomb.txt.gz", Data(F.gzip([UInt8](repeating: 0x20, count: 6 * 1024 * 1024))))
        try cli.write("bad/broken.pdf", "%PDF-1.4\nthis is not really a PDF\n")
        let run = try cli.run(["import", "bad"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("crawl.warc#urn:uuid:cccccccc-0000-4000-8000-000000000004: error: truncated"), "\(run.stderr)")
        #expect(run.stderr.contains("bomb.txt.gz: error: refused"), "\(run.stderr)")
        #expect(run.stderr.contains("broken.pdf: error: the PDF is damaged"), "\(run.stderr)")
        #expect(run.stderr.contains("imported 1 file"), "\(run.stderr)")
        let search = try cli.run(["search", "quay", "--format", "json"])
        #expect(search.stdout.contains("Quay repairs"))
    }

    @Test func aMailboxOrWebArchiveLargerThanMaxSizeIsReadInPlace() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var mbox = ""
        var warc: [UInt8] = []
        for n in 0..<200 {
            let filler = String(repeating: "The pilots' union met the port board again. ", count: 20)
            mbox += "From a\(n)@example.org Mon Mar  3 10:00:00 2025\nFrom: a\(n)@example.org\nSubject: Note \(n)\n"
                + "Date: Mon, 03 Mar 2025 10:00:00 +0000\nMessage-ID: <note-\(n)@example.org>\n\nPilotage note \(n). \(filler)\n\n"
            warc += F.gzip(Self.warc("urn:uuid:dddddddd-0000-4000-8000-\(String(format: "%012d", n))", uri: "https://example.org/\(n)",
                                     Self.page("Berth \(n)", "Berth \(n) fees rose 3%. \(filler)")))
        }
        try cli.write("big/desk.mbox", mbox)
        try cli.write("big/crawl.warc.gz", Data(warc))
        #expect(mbox.utf8.count > 100_000 && warc.count > 20_000)
        // Each file is over the limit; each message and record is under it.
        let run = try cli.run(["import", "big", "--max-size", "16K", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(summary["documents"] as? Int == 400, "\(run.stdout)")
        // A plain page over the limit is still refused.
        try cli.write("big/huge.txt", String(repeating: "Dock strike talks continue. ", count: 2_000))
        let refused = try cli.run(["import", "big/huge.txt", "--max-size", "16K"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("over the 16 KB limit"), "\(refused.stderr)")
    }

    @Test func parseReadsStandardInput() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let run = try cli.run(["parse", "-", "--format", "jsonl"], useDatabase: false,
                              stdin: Self.page("Piped page", "Piped pages cost nothing."))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"title\":\"Piped page\""))
    }
}
