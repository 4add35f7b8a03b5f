import Foundation
import DossierFixtures
import DossierIngest

/// Reading pages out of containers — a per-record-gzip `.warc.gz` and a
/// deflated `.zip` — against reading the same pages as loose files, one
/// core, in process: what decompression, record framing and HTTP parsing add.
struct ContainerBenchmark {
    let pages: [[UInt8]]
    let runs: Int

    struct Result: Sendable, Codable {
        var pages = 0
        var megabytes = 0.0
        var loosePagesPerSecond = Sample()
        var warcPagesPerSecond = Sample()
        var zipPagesPerSecond = Sample()
        var warcMegabytes = 0.0
        var zipMegabytes = 0.0
    }

    func run() -> Result {
        var result = Result()
        result.pages = pages.count
        result.megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_048_576
        let warc = pages.enumerated().flatMap { index, page in
            ArchiveFixtures.gzip(ArchiveFixtures.warcRecord(
                type: "response", id: "urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", index))",
                uri: "https://news.example/\(index)", contentType: "application/http; msgtype=response",
                block: ArchiveFixtures.http(headers: [("Content-Type", "text/html; charset=utf-8")], body: page)))
        }
        let zip = ArchiveFixtures.zip(pages.enumerated().map { .init(name: "pages/\($0).html", contents: $1) })
        result.warcMegabytes = Double(warc.count) / 1_048_576
        result.zipMegabytes = Double(zip.count) / 1_048_576
        var sink = 0
        for _ in 0..<runs {
            let loose = timed { for page in pages { sink &+= (try? Ingest.read(page, fileName: "page.html"))?.documents.count ?? 0 } }
            let fromWARC = timed { sink &+= (try? Ingest.read(warc, fileName: "crawl.warc.gz"))?.documents.count ?? 0 }
            let fromZip = timed { sink &+= (try? Ingest.read(zip, fileName: "pages.zip"))?.documents.count ?? 0 }
            result.loosePagesPerSecond.values.append(Double(pages.count) / loose)
            result.warcPagesPerSecond.values.append(Double(pages.count) / fromWARC)
            result.zipPagesPerSecond.values.append(Double(pages.count) / fromZip)
        }
        if sink == 42 { print("") }
        return result
    }
}
