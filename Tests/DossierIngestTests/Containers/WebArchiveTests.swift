import DossierFixtures
import DossierIngest
import Testing

/// WARC files, plain and compressed record by record, and WACZ: captured
/// pages become documents with the captured URL and date; everything else
/// is skipped and counted; damaged records fail alone.
@Suite struct WebArchiveTests {
    typealias F = ArchiveFixtures

    static func page(_ title: String, _ sentence: String, published: String? = nil) -> [UInt8] {
        let meta = published.map { "<meta property=\"article:published_time\" content=\"\($0)\">" } ?? ""
        return F.bytes("""
            <!doctype html><html><head><title>\(title)</title>\(meta)</head>
            <body><article><h1>\(title)</h1><p>\(sentence)</p><p>More details will follow at the next council meeting.</p></article></body></html>
            """)
    }

    static var records: [[UInt8]] {
        let info = F.warcRecord(type: "warcinfo", id: "urn:uuid:00000000-0000-4000-8000-000000000001",
                                contentType: "application/warc-fields", block: F.bytes("software: hand-written test\r\n"))
        let request = F.warcRecord(type: "request", id: "urn:uuid:00000000-0000-4000-8000-000000000002",
                                   uri: "https://news.example.org/bridge", contentType: "application/http; msgtype=request",
                                   block: F.bytes("GET /bridge HTTP/1.1\r\nHost: news.example.org\r\n\r\n"))
        // Gzip content encoding inside chunked transfer encoding, charset from the header.
        let body = page("Bridge repairs approved", "Council approved €3.1 million for bridge repairs.")
        let bridge = F.warcRecord(
            type: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000003", uri: "https://news.example.org/bridge",
            date: "2025-05-06T07:08:09Z", contentType: "application/http; msgtype=response",
            extra: [("WARC-Payload-Digest", "sha1:BRIDGEPAYLOAD")],
            block: F.http(headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                                    ("Transfer-Encoding", "chunked")], body: F.chunked(F.gzip(body), size: 40)))
        let picture = F.warcRecord(
            type: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000004", uri: "https://news.example.org/bridge.jpg",
            contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "image/jpeg")], body: [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]))
        let redirect = F.warcRecord(
            type: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000005", uri: "http://news.example.org/bridge",
            contentType: "application/http; msgtype=response",
            block: F.http(status: "301 Moved Permanently", headers: [("Location", "https://news.example.org/bridge")], body: []))
        // Latin-1 bytes declared by the HTTP header only.
        let latin = F.bytes("<!doctype html><html><head><title>Caf") + [0xE9] + F.bytes("s close</title></head><body><article><h1>Caf")
            + [0xE9] + F.bytes("s close</h1><p>Twelve caf") + [0xE9] + F.bytes("s closed in 2024, the chamber said.</p><p>Rents rose sharply.</p></article></body></html>")
        let cafes = F.warcRecord(
            type: "response", id: "urn:uuid:00000000-0000-4000-8000-000000000006", uri: "https://news.example.org/cafes",
            date: "2025-05-07T10:00:00Z", contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "text/html; charset=ISO-8859-1")], body: latin))
        let revisit = F.warcRecord(
            type: "revisit", id: "urn:uuid:00000000-0000-4000-8000-000000000007", uri: "https://news.example.org/bridge?amp",
            date: "2025-06-01T00:00:00Z", contentType: "application/http; msgtype=response",
            extra: [("WARC-Refers-To", "<urn:uuid:00000000-0000-4000-8000-000000000003>"),
                    ("WARC-Payload-Digest", "sha1:BRIDGEPAYLOAD"),
                    ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")],
            block: F.http(headers: [("Content-Type", "text/html")], body: []))
        return [info, request, bridge, picture, redirect, cafes, revisit]
    }

    @Test func capturedPagesBecomeDocumentsWithTheirURLAndCaptureDate() throws {
        let result = try Ingest.read(Self.records.joined().map { $0 }, fileName: "crawl.warc")
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.documents.map(\.part) == [
            "urn:uuid:00000000-0000-4000-8000-000000000003", "urn:uuid:00000000-0000-4000-8000-000000000006",
            "urn:uuid:00000000-0000-4000-8000-000000000007",
        ])
        let bridge = result.documents[0]
        #expect(bridge.url == "https://news.example.org/bridge")
        #expect(bridge.text.contains("Council approved €3.1 million for bridge repairs."))
        #expect(bridge.metadata["captured"] == "2025-05-06T07:08:09Z")
        #expect(bridge.published == "2025-05-06T07:08:09Z", "no date on the page: the capture date stands in")
        #expect(result.documents[1].title == "Cafés close", "charset from the HTTP header")
        #expect(result.skipped == ["images": 1, "redirects": 1])
    }

    @Test func aDateThePageStatesIsKeptOverTheCaptureDate() throws {
        let record = F.warcRecord(
            type: "response", id: "urn:uuid:10000000-0000-4000-8000-000000000001", uri: "https://example.net/budget",
            date: "2025-09-09T09:09:09Z", contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "text/html")],
                          body: Self.page("Budget passed", "The budget totals $1.2 billion.", published: "2025-08-30")))
        let document = try #require(try Ingest.read(record, fileName: "one.warc").documents.first)
        #expect(document.published == "2025-08-30")
        #expect(document.metadata["captured"] == "2025-09-09T09:09:09Z")
    }

    @Test func aRevisitResolvesToTheOriginalPayloadAtItsOwnURL() throws {
        let result = try Ingest.read(Self.records.joined().map { $0 }, fileName: "crawl.warc")
        let revisit = try #require(result.documents.last)
        #expect(revisit.url == "https://news.example.org/bridge?amp")
        #expect(revisit.text == result.documents[0].text)
        #expect(revisit.metadata["captured"] == "2025-06-01T00:00:00Z")
        #expect(revisit.metadata["revisit_of"] == "urn:uuid:00000000-0000-4000-8000-000000000003")
    }

    @Test func perRecordGzipReadsTheSameAsPlain() throws {
        let plain = try Ingest.read(Self.records.joined().map { $0 }, fileName: "crawl.warc")
        let compressed = try Ingest.read(Self.records.flatMap(F.gzip), fileName: "crawl.warc.gz")
        #expect(compressed.documents == plain.documents)
        #expect(compressed.skipped == plain.skipped)
    }

    @Test func aTruncatedLastRecordFailsAloneWithItsRecordID() throws {
        var records = Self.records
        let last = F.warcRecord(
            type: "response", id: "urn:uuid:20000000-0000-4000-8000-000000000009", uri: "https://news.example.org/late",
            contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "text/html")], body: Self.page("Late story", "Tolls rise 5% in July.")))
        records.append(Array(last.prefix(last.count - 200)))
        for (name, bytes) in [("cut.warc", records.joined().map { $0 }), ("cut.warc.gz", Array(records.dropLast().flatMap(F.gzip) + F.gzip(records.last!).prefix(180)))] {
            let result = try Ingest.read(bytes, fileName: name)
            #expect(result.documents.count == 3, "\(name)")
            #expect(result.failures.count == 1, "\(name)")
            #expect(result.failures.first?.part == "urn:uuid:20000000-0000-4000-8000-000000000009", "\(name): \(result.failures)")
            #expect(result.failures.first?.reason.contains("truncated") == true, "\(name)")
        }
    }

    @Test func aBadContentEncodingFailsThatRecordOnly() throws {
        let broken = F.warcRecord(
            type: "response", id: "urn:uuid:30000000-0000-4000-8000-000000000001", uri: "https://example.net/x",
            contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFE, 0x00, 0x01]))
        let result = try Ingest.read(Self.records.joined().map { $0 } + broken, fileName: "crawl.warc")
        #expect(result.documents.count == 3)
        #expect(result.failures.map(\.part) == ["urn:uuid:30000000-0000-4000-8000-000000000001"])
        #expect(result.failures.first?.reason.contains("Content-Encoding gzip") == true, "\(result.failures)")
    }

    @Test func aWACZReadsItsArchivedWARCsAndTakesTitlesFromItsPageList() throws {
        let untitled = F.warcRecord(
            type: "response", id: "urn:uuid:40000000-0000-4000-8000-000000000001", uri: "https://example.net/notice",
            contentType: "application/http; msgtype=response",
            block: F.http(headers: [("Content-Type", "text/plain; charset=utf-8")], body: F.bytes("Water rates rise 6% from April.\n")))
        let warc = Self.records.flatMap(F.gzip) + F.gzip(untitled)
        let wacz = F.zip([
            .init(name: "datapackage.json", contents: F.bytes("{\"profile\": \"data-package\", \"resources\": []}")),
            .init(name: "pages/pages.jsonl", contents: F.bytes("{\"format\": \"json-pages-1.0\"}\n{\"url\": \"https://example.net/notice\", \"title\": \"Rates notice\", \"ts\": \"2025-05-06T07:08:09Z\"}\n")),
            .init(name: "archive/data.warc.gz", contents: warc, compress: false),
        ])
        let result = try Ingest.read(wacz, fileName: "capture.wacz")
        #expect(result.documents.count == 4)
        #expect(result.documents.first?.part == "archive/data.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(result.documents.last?.title == "Rates notice")
    }

    @Test func garbageBetweenRecordsIsReportedAndTheScanResumes() throws {
        let bytes = Self.records[2] + F.bytes("this is not a record\r\n") + Self.records[5]
        let result = try Ingest.read(bytes, fileName: "odd.warc")
        #expect(result.documents.count == 2)
        #expect(result.failures.count == 1)
    }
}
