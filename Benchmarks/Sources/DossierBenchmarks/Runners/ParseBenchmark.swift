import Foundation
import CLibXML2
import DossierIngest

/// `dossier parse` work in process — libxml2 parse, the Swift tree copy, main
/// text and metadata extraction — on the corpus's article pages, one core,
/// against libxml2's bare `htmlReadMemory` + `xmlFreeDoc` of the same bytes
/// with the same options.
struct ParseBenchmark {
    let pages: [[UInt8]]
    let runs: Int

    struct Result: Sendable, Codable {
        var pages = 0
        var megabytes = 0.0
        var dossierMBps = Sample()
        var dossierPagesPerSecond = Sample()
        var bareMBps = Sample()
        var barePagesPerSecond = Sample()
    }

    /// Loads up to `maxBytes` of article pages listed in the manifest.
    static func load(corpus: String, entries: [ManifestEntry], maxBytes: Int) throws -> [[UInt8]] {
        var pages: [[UInt8]] = []
        var total = 0
        for entry in entries where entry.filePath.hasPrefix("files/articles/") {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + entry.filePath)))
            pages.append(bytes)
            total += bytes.count
            if total >= maxBytes { break }
        }
        return pages
    }

    func run() -> Result {
        var result = Result()
        let bytes = pages.reduce(0) { $0 + $1.count }
        result.pages = pages.count
        result.megabytes = Double(bytes) / 1_048_576
        var sink = 0
        for _ in 0..<runs {
            let dossier = timed {
                for page in pages {
                    if let parsed = try? Ingest.read(page, fileName: "page.html") { sink &+= parsed.documents.count }
                }
            }
            let bare = timed { for page in pages { sink &+= Self.bareParse(page) } }
            result.dossierMBps.values.append(result.megabytes / dossier)
            result.dossierPagesPerSecond.values.append(Double(pages.count) / dossier)
            result.bareMBps.values.append(result.megabytes / bare)
            result.barePagesPerSecond.values.append(Double(pages.count) / bare)
        }
        if sink == 42 { print("") }  // keeps the work observable
        return result
    }

    /// libxml2's HTML parser alone, with the options Dossier uses.
    static func bareParse(_ page: [UInt8]) -> Int {
        dossier_silence_errors()
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        let doc = page.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return 0 }
        xmlFreeDoc(doc)
        return 1
    }
}
