import Foundation
import DossierFixtures
import DossierIngest

/// Reading pages out of containers — a per-record-gzip `.warc.gz` and a
/// deflated `.zip` — against reading the same pages as loose files, one
/// core, in process: what decompression, record framing and HTTP parsing add.
/// With `importer`, also `dossier import` of each form into a fresh database
/// (a child process, all cores): what recording every member as a location of
/// its own adds to the store's work.
struct ContainerBenchmark {
    let pages: [[UInt8]]
    let runs: Int
    var importer: (dossier: String, work: String)?

    struct Result: Sendable, Codable {
        var pages = 0
        var megabytes = 0.0
        var loosePagesPerSecond = Sample()
        var warcPagesPerSecond = Sample()
        var zipPagesPerSecond = Sample()
        var warcMegabytes = 0.0
        var zipMegabytes = 0.0
        var importLoosePagesPerSecond = Sample()
        var importWARCPagesPerSecond = Sample()
        var importZipPagesPerSecond = Sample()
        var importCommand = ""
    }

    func run() throws -> Result {
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
        if let importer { try importAll(warc: warc, zip: zip, importer, into: &result) }
        return result
    }

    /// The three forms written out, then imported in turn (loose, .warc.gz, .zip; each run all three).
    private func importAll(warc: [UInt8], zip: [UInt8], _ importer: (dossier: String, work: String),
                           into result: inout Result) throws {
        let base = importer.work + "/containers"
        try? FileManager.default.removeItem(atPath: base)
        for folder in ["loose", "warc", "zip"] {
            try FileManager.default.createDirectory(atPath: base + "/" + folder, withIntermediateDirectories: true)
        }
        for (index, page) in pages.enumerated() {
            try Data(page).write(to: URL(fileURLWithPath: base + "/loose/\(index).html"))
        }
        try Data(warc).write(to: URL(fileURLWithPath: base + "/warc/crawl.warc.gz"))
        try Data(zip).write(to: URL(fileURLWithPath: base + "/zip/pages.zip"))
        let database = base + "/import.sqlite"
        var expected: Int?
        func seconds(_ folder: String) throws -> Double {
            ImportBenchmark.removeDatabase(database)
            let run = try ChildProcess.check([importer.dossier, "import", base + "/" + folder, "--db", database], allowedStatuses: [0, 1])
            // A form that lost pages (a refused archive finishes fast) would be measured as faster: each
            // must store what the loose pages stored.
            let stored = try StoredCounts.documents(in: database)
            if expected == nil { expected = stored }
            guard stored == expected, stored > 0 else {
                throw ChildProcess.Failure(description: "import of \(folder) stored \(stored) documents, the loose pages \(expected ?? 0)")
            }
            return run.seconds
        }
        result.importCommand = "\(importer.dossier) import \(base)/{loose,warc,zip} --db \(database)"
        for _ in 0..<runs {
            result.importLoosePagesPerSecond.values.append(Double(pages.count) / (try seconds("loose")))
            result.importWARCPagesPerSecond.values.append(Double(pages.count) / (try seconds("warc")))
            result.importZipPagesPerSecond.values.append(Double(pages.count) / (try seconds("zip")))
        }
        ImportBenchmark.removeDatabase(database)
    }
}
