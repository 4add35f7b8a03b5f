import DossierFixtures
import DossierIngest
import Testing

/// `.gz` files and `.zip` archives: the inner format is found from the
/// content; members become documents located as `archive.zip#member`;
/// bombs, damage and nesting are refused with a reason, member by member.
@Suite struct CompressedFileTests {
    typealias F = ArchiveFixtures

    static let page = """
        <!doctype html><html lang="en"><head><title>Ferry contract signed</title>
        <meta property="article:published_time" content="2025-02-11"></head>
        <body><article><h1>Ferry contract signed</h1>
        <p>The port authority signed a $48 million contract for two electric ferries, officials said on Tuesday.</p>
        <p>Delivery of the first vessel is expected in 2027.</p></article></body></html>
        """

    @Test func aGzippedPageReadsAsThePageItself() throws {
        let plain = try Ingest.read(F.bytes(Self.page), fileName: "ferry.html")
        let compressed = try Ingest.read(F.gzip(Self.page), fileName: "ferry.html.gz")
        #expect(compressed.documents == plain.documents)
        #expect(compressed.documents.first?.title == "Ferry contract signed")
    }

    @Test func theInnerFormatComesFromTheContentNotTheName() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title>
            <item><title>Dredging budget</title><guid>d-1</guid><description>The dredging budget is $6.5 million.</description></item>
            </channel></rss>
            """
        let result = try Ingest.read(F.gzip(feed), fileName: "download.gz")
        #expect(result.documents.map(\.format) == ["rss"])
        #expect(result.documents.first?.part == "d-1")
    }

    @Test func concatenatedGzipMembersAreJoined() throws {
        let text = "Harbour dues rose 4% in 2024.\n\nThe board meets in March."
        let split = text.index(text.startIndex, offsetBy: 20)
        let bytes = F.gzip(String(text[..<split])) + F.gzip(String(text[split...]))
        let result = try Ingest.read(bytes, fileName: "notes.txt.gz")
        #expect(result.documents.first?.text == "Harbour dues rose 4% in 2024.\n\nThe board meets in March.")
    }

    @Test func maxSizeAppliesToTheExpandedBytes() {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024)
        let compressed = F.gzip(big)
        #expect(compressed.count < 1024 * 1024)
        do {
            _ = try Ingest.read(compressed, fileName: "big.txt.gz", maxSize: 1024 * 1024)
            Issue.record("a file expanding past --max-size was read")
        } catch {
            #expect(error.description.contains("--max-size"), "\(error)")
        }
    }

    @Test func aGzipBombIsRefusedByItsRatio() {
        // 6 MiB of zeros compress about a thousandfold: under --max-size, over the ratio.
        let bomb = F.gzip([UInt8](repeating: 0, count: 6 * 1024 * 1024))
        do {
            _ = try Ingest.read(bomb, fileName: "bomb.gz")
            Issue.record("a decompression bomb was expanded")
        } catch {
            #expect(error.description.contains("decompression bomb"), "\(error)")
        }
    }

    @Test func aTruncatedGzipFileSaysSo() {
        let whole = F.gzip(Self.page)
        let cut = Array(whole.prefix(whole.count / 2))
        do {
            _ = try Ingest.read(cut, fileName: "ferry.html.gz")
            Issue.record("half a gzip file was read")
        } catch {
            #expect(error.description.contains("truncated"), "\(error)")
        }
    }

    @Test func zipMembersAreDocumentsOfTheirOwnAndLitterIsSkipped() throws {
        let archive = F.zip([
            .init(name: "stories/ferry.html", contents: F.bytes(Self.page)),
            .init(name: "stories/notes.txt", contents: F.bytes("Berth fees fell 3% last year."), compress: false),
            .init(name: "stories/", contents: []),
            .init(name: "images/map.png", contents: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            .init(name: "__MACOSX/stories/._ferry.html", contents: [0, 5, 22, 7, 0, 2, 0, 0]),
        ])
        let result = try Ingest.read(archive, fileName: "bundle.zip")
        #expect(result.documents.map(\.part) == ["stories/ferry.html", "stories/notes.txt"])
        #expect(result.documents.map(\.format) == ["html", "text"])
        #expect(result.failures.isEmpty)
        #expect(result.skipped == ["images": 1, "system files": 1])
    }

    @Test func aDamagedMemberFailsAloneWithItsLocation() throws {
        let archive = F.zip([
            .init(name: "good.txt", contents: F.bytes("Pilotage costs $1,200 per call.")),
            .init(name: "bad.txt", contents: F.bytes("This member's checksum is wrong."), crcOverride: 0xDEAD_BEEF),
            .init(name: "locked.txt", contents: F.bytes("secret"), encrypted: true),
        ])
        let result = try Ingest.read(archive, fileName: "mixed.zip")
        #expect(result.documents.map(\.part) == ["good.txt"])
        #expect(result.failures.map(\.part) == ["bad.txt", "locked.txt"])
        #expect(result.failures[0].reason.contains("CRC-32"))
        #expect(result.failures[1].reason.contains("password"))
    }

    @Test func aMemberDeclaringAHugeSizeIsRefusedBeforeExpanding() throws {
        let archive = F.zip([
            .init(name: "ok.txt", contents: F.bytes("Tonnage rose 8% in 2024.")),
            .init(name: "huge.txt", contents: F.bytes("small"), declaredSize: 0xFFFF_FFF0),
        ])
        let result = try Ingest.read(archive, fileName: "declared.zip", maxSize: 1024 * 1024)
        #expect(result.documents.count == 1)
        #expect(result.failures.first?.part == "huge.txt")
        #expect(result.failures.first?.reason.contains("--max-size") == true)
    }

    @Test func nestedArchivesAreReadAndLocatedThroughEachLevel() throws {
        let inner = F.zip([.init(name: "a.txt", contents: F.bytes("Crane hire costs $9,000 a day."))])
        let outer = F.zip([.init(name: "inner.zip", contents: inner), .init(name: "b.txt.gz", contents: F.gzip("Fuel surcharge: 2.5%."))])
        let result = try Ingest.read(outer, fileName: "outer.zip")
        #expect(result.documents.map(\.part) == ["inner.zip#a.txt", "b.txt.gz"])
    }

    @Test func archivesNestedPastTheLimitAreRefused() throws {
        var archive = F.zip([.init(name: "deep.txt", contents: F.bytes("Found at the bottom."))])
        for level in 0..<6 { archive = F.zip([.init(name: "level\(level).zip", contents: archive)]) }
        do {
            _ = try Ingest.read(archive, fileName: "quine.zip")
            Issue.record("archives nested six deep were read")
        } catch {
            #expect(error.description.contains("nested more than"), "\(error)")
        }
    }

    @Test func aZipOfNothingReadableSaysWhatWasSkipped() {
        let archive = F.zip([.init(name: "photo.jpg", contents: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1])])
        #expect(throws: IngestError.invalidText("holds no document Dossier reads (1 images skipped)")) {
            try Ingest.read(archive, fileName: "photos.zip")
        }
    }

    @Test func spreadsheetsAreNamedAsUnsupported() {
        let workbook = F.zip([
            .init(name: "[Content_Types].xml", contents: F.bytes("<Types/>")),
            .init(name: "xl/workbook.xml", contents: F.bytes("<workbook/>")),
        ])
        do {
            _ = try Ingest.read(workbook, fileName: "budget.xlsx")
            Issue.record("a workbook was read as a zip of XML documents")
        } catch {
            #expect(error.description.contains("Excel workbook"), "\(error)")
        }
    }

    @Test func aTruncatedZipIsReportedAsDamaged() {
        let archive = F.zip([.init(name: "a.txt", contents: F.bytes("Quay repairs: $2 million."))])
        #expect(throws: (any Error).self) { try Ingest.read(Array(archive.prefix(archive.count - 30)), fileName: "cut.zip") }
    }
}
