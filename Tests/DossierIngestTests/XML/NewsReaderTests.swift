import Testing
@testable import DossierIngest
import DossierModel

@Suite("XML news agencies")
struct XMLNewsTests {
    @Test func nitfStoryWithNamespace() throws {
        let result = try XMLFixtures.ingest("xml/nitf-story.xml")
        #expect(result.warnings.isEmpty)
        let story = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(story.part == "")
        #expect(story.kind == .wire)
        #expect(story.format == "nitf")
        #expect(story.title == "Granite quarry to close after 140 years")
        #expect(story.byline == "Odile Brandt")
        #expect(story.publisher == "Northern Rivers Wire")
        #expect(story.published == "2025-03-12T06:45:00-05:00")
        #expect(story.metadata["dateline"] == "Kellerton")
        #expect(story.metadata["subheadline"] == "Owner cites falling demand; 230 jobs affected")
        #expect(story.metadata["byline_title"] == "Northern Rivers Wire")
        #expect(story.metadata["doc_id"] == "NRW-2025-0312-0417")
        #expect(story.metadata["categories"] == "quarry; jobs; Mining")
        #expect(story.metadata["publication"] == "Valley Courier")
        #expect(story.metadata["summary"] == "The Kellerton quarry will shut in June.")
        #expect(story.text == """
            Owner cites falling demand; 230 jobs affected

            The Kellerton granite quarry will close in June, its owner said on Wednesday, ending 140 years of extraction.

            About 230 workers will lose their jobs, the company said.

            Output

            Year | Tonnes
            2023 | 410,000
            2024 | 265,000

            \u{201C}We tried everything,\u{201D} the manager said.

            The quarry in 2019.

            Reporting by Odile Brandt; editing by K. Suh
            """)
    }

    @Test func newsMLG2MessageWithXHTMLAndNITFBodies() throws {
        let result = try XMLFixtures.ingest("xml/newsml-g2.xml")
        // The picture item has no text of its own.
        #expect(result.documents.count == 2)
        let first = result.documents[0]
        #expect(first.format == "newsml-g2")
        #expect(first.kind == .wire)
        #expect(first.part == "urn:newsml:wire.example:20250120:tx-4471")
        #expect(first.title == "Eurozone factory output slips 0.7% in December")
        #expect(first.byline == "Lucie Marchand")
        #expect(first.publisher == "Meridian Press Agency")
        #expect(first.published == "2025-01-20T09:31:00+01:00")
        #expect(first.language == "en")
        #expect(first.metadata["slugline"] == "EUROZONE-ECONOMY/OUTPUT")
        #expect(first.metadata["creditline"] == "MPA")
        #expect(first.metadata["dateline"] == "PARIS, Jan 20")
        #expect(first.metadata["located"] == "Paris")
        #expect(first.metadata["categories"] == "economic indicator")
        #expect(first.metadata["copyright"] == "Copyright 2025 Meridian Press Agency")
        #expect(first.text == """
            Germany leads the decline

            Industrial production in the euro zone fell 0.7% in December from November, statistics showed on Monday.

            Economists had expected a 0.2% decline.
            """)
        let second = result.documents[1]
        #expect(second.part == "urn:newsml:wire.example:20250120:tx-4472")
        #expect(second.publisher == "MPA")
        #expect(second.published == "2025-01-20T11:15:00Z")
        #expect(second.metadata["slugline"] == "EUROZONE-BONDS/")
        #expect(second.text == "Ten-year yields were steady at 2.41%.")
    }

    @Test func newsML1WithEmbeddedNITF() throws {
        let result = try XMLFixtures.ingest("xml/newsml1.xml")
        let item = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(item.format == "newsml")
        #expect(item.title == "Glacier train fares to rise by 6 percent")
        #expect(item.byline == "Reto Gisler")
        #expect(item.publisher == "Alpine News Service")
        #expect(item.published == "2024-09-05T14:02:00+02:00")
        #expect(item.language == "en")
        #expect(item.metadata["slugline"] == "SWISS-RAIL/FARES")
        #expect(item.metadata["dateline"] == "ZERMATT, Sept 5")
        #expect(item.metadata["guid"] == "urn:newsml:alpinenews.example:20240905:ANS-77812:1")
        #expect(item.text == """
            Operator blames energy costs

            Fares on the glacier line will rise by 6 percent from December, the operator said on Thursday.

            A single ticket will cost 152 francs, it said. The operator's café cars stay.
            """)
    }

    @Test func basicISODatesFromAgencies() {
        #expect(NewsDate.normalize("20250312T064500-0500") == "2025-03-12T06:45:00-05:00")
        #expect(NewsDate.normalize("20250312T0645Z") == "2025-03-12T06:45:00Z")
        #expect(NewsDate.normalize("20250312T064500+0000") == "2025-03-12T06:45:00Z")
        #expect(NewsDate.normalize("20250312") == "2025-03-12")
        #expect(NewsDate.normalize("2025-03-12T06:45:00+05:30") == "2025-03-12T06:45:00+05:30")
        #expect(NewsDate.normalize("20251312") == nil)
    }
}
