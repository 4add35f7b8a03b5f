import Testing
@testable import DossierIngest
import DossierModel

@Suite("XML feeds")
struct XMLFeedTests {
    @Test func sloppyRSSImportsEveryItem() throws {
        let result = try XMLFixtures.ingest("feeds/rss-sloppy.xml")
        let docs = result.documents
        #expect(docs.count == 4)
        // BOM, whitespace, &nbsp; and a bare & are repaired before parsing;
        // only the undeclared media: prefix needs recovery.
        let first = docs[0]
        #expect(first.kind == .feedItem)
        #expect(first.format == "rss")
        #expect(first.part == "gazette-88121")
        #expect(first.title == "Ferry operator\u{2019}s fares rise 12% \u{2014} again")
        #expect(first.publisher == "Harbour Gazette \u{2013} Business")
        #expect(first.byline == "Mira Okafor")
        #expect(first.url == "https://gazette.example.org/business/ferry-fares")
        #expect(first.language == "en-gb")
        #expect(first.published == "2025-03-04T09:15:00-05:00")
        #expect(first.metadata["categories"] == "Transport; Prices & Costs")
        #expect(first.metadata["summary"] == "Short teaser about fares.")
        #expect(first.text.hasPrefix("Fares on the island route will rise by 12% from April, the operator said on Monday.\n\n"))
        #expect(result.warnings.isEmpty)
        #expect(first.text.contains("A return ticket will cost £38.50, up from £34.40 \u{2014} the second rise in a year."))
        #expect(first.text.contains("Harbour\u{2013}Isle | £34.40 | £38.50"))

        let second = docs[1]
        #expect(second.title == "AT&T-style merger talk at the docks")
        #expect(second.part == "https://gazette.example.org/business/dock-merger")
        #expect(second.byline == "Tomás Reyes")
        #expect(second.published == "2025-03-05T14:30:00+05:30")
        // Escaped HTML (and a double-escaped entity inside it) is read as HTML.
        #expect(second.text == "Two stevedoring firms are in talks to combine, people familiar with the matter said.\n\nA deal could value the pair at £210m.")

        let third = docs[2]
        #expect(third.part == "gazette-88121#2")
        #expect(third.published == "2025-03-06T08:00:00+01:00")
        #expect(third.text == "Plain text teaser with no markup and a café mention.")

        let fourth = docs[3]
        #expect(fourth.part == "item-4")
        #expect(fourth.published == "2025-03-07T23:59:59-07:00")
        #expect(fourth.url == nil)
    }

    @Test func rdfFeedWithDefaultNamespaceAndOddContentPrefix() throws {
        let result = try XMLFixtures.ingest("feeds/rss1-rdf.xml")
        #expect(result.warnings.isEmpty)
        #expect(result.documents.count == 2)
        let note = result.documents[0]
        #expect(note.format == "rss-rdf")
        #expect(note.part == "https://lab.example.net/notes/41")
        #expect(note.title == "Sensor drift measured at 0.4%")
        #expect(note.byline == "Anaïs Dubreuil")
        #expect(note.published == "2024-11-30T17:05:00-03:30")
        #expect(note.language == "fr")
        #expect(note.publisher == "Lab Notes")
        #expect(note.metadata["categories"] == "Instrumentation")
        #expect(note.text == "Over 90 days the sensors drifted by 0.4%.\n\nRecalibration takes two hours.")
        #expect(result.documents[1].published == "2024-12-01")
        #expect(result.documents[1].text == "A note without rich content.")
    }

    @Test func atomWithPrefixedNamespaceAndXHTMLContent() throws {
        let result = try XMLFixtures.ingest("feeds/atom-prefixed.xml")
        #expect(result.warnings.isEmpty)
        #expect(result.documents.count == 2)
        let entry = result.documents[0]
        #expect(entry.format == "atom")
        #expect(entry.part == "tag:ledger.example.com,2025:budget-vote")
        #expect(entry.title == "Council passes $1.2bn budget")
        #expect(entry.url == "https://ledger.example.com/2025/02/budget-vote")
        #expect(entry.byline == "Priya Natarajan, Sam Whitfield")
        #expect(entry.publisher == "Civic Ledger")
        #expect(entry.published == "2025-02-10T19:45:00-05:00")
        #expect(entry.metadata["updated"] == "2025-02-11T08:00:00-05:00")
        #expect(entry.metadata["categories"] == "City budget; council")
        #expect(entry.metadata["summary"] == "The council voted 9\u{2013}4.")
        #expect(entry.language == "en-US")
        #expect(entry.text == "The city council approved a $1.2 billion budget on Monday night.\n\nTransit gets $310 million.\n\nParks get $45 million.")
        let short = result.documents[1]
        #expect(short.byline == "Ledger Desk")
        #expect(short.url == "https://ledger.example.com/2025/02/short")
        #expect(short.published == "2025-02-09T10:00:00Z")
        #expect(short.text == "Only a summary, in plain text: 3 < 4.")
    }

    @Test func windows1252FeedLabelledLatin1() throws {
        // 0x92 is a right single quote in windows-1252, a C1 control in Latin-1.
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</title><item><title>It".utf8) + [0x92] + Array("s open</title><description>Open daily</description></item></channel></rss>".utf8)
        let result = try XMLDocumentReader.read(bytes)
        #expect(result.documents.first?.publisher == "Café")
        #expect(result.documents.first?.title == "It\u{2019}s open")
    }
}
