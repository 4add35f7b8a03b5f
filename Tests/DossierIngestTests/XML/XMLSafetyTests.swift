import Foundation
import Testing
@testable import DossierIngest
import DossierModel

@Suite("XML safety")
struct XMLSafetyTests {
    static func billionLaughs() -> [UInt8] {
        var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        return Array((dtd + "]>\n<rss><channel><title>&lol9;</title></channel></rss>").utf8)
    }

    static func quadraticBlowUp() -> [UInt8] {
        let big = String(repeating: "A", count: 100_000)
        let refs = String(repeating: "&a;", count: 20_000)
        return Array("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"\(big)\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>\(refs)</title></entry></feed>".utf8)
    }

    // Refused for declaring entities, before anything is expanded: the reason is the deterministic
    // proof (a time limit here would fail on a busy machine, not on a regression).
    @Test func billionLaughsIsRefusedBeforeExpansion() {
        let bytes = Self.billionLaughs()
        var caught: IngestError?
        do throws(IngestError) { _ = try Ingest.read(bytes, fileName: "lol.xml") } catch { caught = error }
        #expect(caught == .declaresEntities)
        #expect(caught?.description.contains("declares its own entities") == true)
    }

    @Test func quadraticBlowUpIsRefusedBeforeExpansion() {
        let bytes = Self.quadraticBlowUp()
        var caught: IngestError?
        do throws(IngestError) { _ = try XMLDocumentReader.read(bytes) } catch { caught = error }
        #expect(caught == .declaresEntities)
    }

    @Test func externalEntityIsRefused() throws {
        let bytes = try XMLFixtures.bytes("xml/xxe-feed.xml")
        #expect(throws: IngestError.declaresEntities) { try Ingest.read(bytes, fileName: "xxe-feed.xml") }
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let result = try XMLFixtures.ingest("xml/external-dtd.xml")
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Safe story")
        #expect(doc.text == "The DTD is never fetched and the text still reads.")
    }

    @Test func wellFormedFileAfterBadOnesStillImports() throws {
        for bad in [Self.billionLaughs(), Self.quadraticBlowUp(), try XMLFixtures.bytes("xml/xxe-feed.xml")] {
            #expect(throws: IngestError.declaresEntities) { try XMLDocumentReader.read(bad) }
        }
        let good = try XMLFixtures.ingest("feeds/rss1-rdf.xml")
        #expect(good.documents.count == 2)
        #expect(good.warnings.isEmpty)
    }

    @Test func brokenFeedIsSalvagedWithAWarning() throws {
        let result = try XMLFixtures.ingest("xml/broken-feed.xml")
        #expect(result.warnings == [XMLDocumentReader.salvagedWarning])
        let first = try #require(result.documents.first)
        #expect(first.title == "First item survives")
        #expect(first.text == "Intact text of the first item.")
        #expect(first.publisher == "Broken Wire")
    }

    @Test func unsalvageableXMLIsReportedNotWellFormed() {
        let bytes = Array("<?xml version=\"1.0\"?>\n<<<>>>".utf8)
        do {
            _ = try XMLDocumentReader.read(bytes)
            Issue.record("expected an error")
        } catch {
            guard case .notWellFormed(let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line == 2)
            #expect(error.description.hasPrefix("not well-formed XML (line 2:"))
        }
    }

    @Test func repairLeavesCDATAAloneAndFixesReferences() {
        let input = Array("<a>AT&T &nbsp;&mdash;&bogus; &#150; &#1; <![CDATA[&nbsp; & <b>]]><!-- & --></a>".utf8)
        let repaired = String(decoding: XMLRepair.prepare(input), as: UTF8.self)
        #expect(repaired == "<a>AT&amp;T &#160;&#8212;&amp;bogus; &#8211; &#32; <![CDATA[&nbsp; & <b>]]><!-- & --></a>")
    }
}
