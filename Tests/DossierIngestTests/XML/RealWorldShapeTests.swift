import Testing
@testable import DossierIngest
import DossierModel

/// Shapes seen in the wild that the main fixtures do not cover.
@Suite("XML real-world shapes")
struct XMLRealWorldShapeTests {
    @Test func netscapeRSS091WithExternalDTDAndLatinEntities() throws {
        let source = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; Soci&eacute;t&eacute;</title><link>http://cafe.example/</link>
            <item><title>Men&uuml; &amp; prices&hellip;</title><link>http://cafe.example/menu</link>
            <description>Cr&egrave;me br&ucirc;l&eacute;e now &euro;6&#46;50</description></item></channel></rss>
            """
        let result = try Ingest.read(Array(source.utf8), fileName: "cafe.rss")
        #expect(result.warnings.isEmpty)
        let item = try #require(result.documents.first)
        #expect(item.publisher == "Café Société")
        #expect(item.title == "Menü & prices…")
        #expect(item.text == "Crème brûlée now €6.50")
        #expect(item.part == "http://cafe.example/menu")
    }

    @Test func junkAfterTheRootIsSalvaged() throws {
        let source = "<rss version=\"2.0\"><channel><title>T</title><item><title>Kept</title><description>Body</description></item></channel></rss>\n<script>track()</script>"
        let result = try XMLDocumentReader.read(Array(source.utf8))
        #expect(result.warnings == [XMLDocumentReader.salvagedWarning])
        #expect(result.documents.first?.text == "Body")
    }

    @Test func htmlTitleInCDATA() throws {
        let source = "<rss version=\"2.0\"><channel><title>T</title><item><title><![CDATA[Rates &amp; <em>risk</em>]]></title><link>https://x.example/a</link></item></channel></rss>"
        let item = try #require(try XMLDocumentReader.read(Array(source.utf8)).documents.first)
        #expect(item.title == "Rates & risk")
        #expect(item.text == "Rates & risk")
    }

    @Test func ownershipSubmissionNamesTheIssuerAsCompany() throws {
        let source = """
            <SEC-DOCUMENT>0001600222-25-000003.txt : 20250313
            <SEC-HEADER>0001600222-25-000003.hdr.sgml : 20250313
            ACCESSION NUMBER:\t\t0001600222-25-000003
            CONFORMED SUBMISSION TYPE:\t4
            PUBLIC DOCUMENT COUNT:\t\t1
            CONFORMED PERIOD OF REPORT:\t20250311
            FILED AS OF DATE:\t\t20250313

            REPORTING-OWNER:\t

            \tOWNER DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tAchterberg Ines
            \t\tCENTRAL INDEX KEY:\t\t\t0001600222

            ISSUER:\t\t

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tBellweather Instruments Corp
            \t\tCENTRAL INDEX KEY:\t\t\t0001456789
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>4
            <SEQUENCE>1
            <FILENAME>wf-form4_174190.xml
            <DESCRIPTION>FORM 4
            <TEXT>
            <XML>
            <?xml version="1.0"?>
            <ownershipDocument><documentType>4</documentType><periodOfReport>2025-03-11</periodOfReport>
            <issuer><issuerCik>0001456789</issuerCik><issuerName>Bellweather Instruments Corp</issuerName><issuerTradingSymbol>BWIC</issuerTradingSymbol></issuer>
            <reportingOwner><reportingOwnerId><rptOwnerCik>0001600222</rptOwnerCik><rptOwnerName>Achterberg Ines</rptOwnerName></reportingOwnerId></reportingOwner>
            <nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>
            <transactionDate><value>2025-03-11</value></transactionDate><transactionCoding><transactionCode>P</transactionCode></transactionCoding>
            <transactionAmounts><transactionShares><value>1,500</value></transactionShares><transactionPricePerShare><value>60.10</value></transactionPricePerShare>
            <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts></nonDerivativeTransaction></nonDerivativeTable>
            </ownershipDocument>
            </XML>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let result = try Ingest.read(Array(source.utf8), fileName: "0001600222-25-000003.txt")
        let doc = try #require(result.documents.first)
        #expect(doc.part == "1")
        #expect(doc.format == "form-4")
        #expect(doc.metadata["company"] == "Bellweather Instruments Corp")
        #expect(doc.metadata["cik"] == "0001456789")
        #expect(doc.metadata["reporting_owner"] == "Achterberg Ines")
        #expect(doc.metadata["filing_date"] == "2025-03-13")
        #expect(doc.published == "2025-03-13")
        #expect(doc.facts.map(\.value) == [1_500, 60.1])
        #expect(doc.title == "Form 4: Achterberg Ines — Bellweather Instruments Corp")
    }

    @Test func pageFurnitureRules() {
        #expect(PageNumber.matches("12", strict: true))
        #expect(PageNumber.matches("- 12 -", strict: true))
        #expect(PageNumber.matches("Page 3 of 40", strict: true))
        #expect(!PageNumber.matches("F-12", strict: true))
        #expect(PageNumber.matches("F-12", strict: false))
        #expect(PageNumber.matches("iv", strict: false))
        #expect(!PageNumber.matches("2024", strict: false))
        #expect(!PageNumber.matches("Item 7", strict: false))
        #expect(FilingHTMLWalker.mergeCells(["Net loss", "$", "(18.7", ")", "", "%"]) == ["Net loss", "$(18.7)%"])
        #expect(PlainFilingText.tableCells("Net sales.........   $ 412,118     $ 398,540") == ["Net sales", "$ 412,118", "$ 398,540"])
        #expect(PlainFilingText.tableCells("The Company.  It grew.").count == 1)
        #expect(ContentsLeader.strip("Item 1. Business ........................ 3") == "Item 1. Business")
        #expect(ContentsLeader.strip("Notes to Financial Statements . . . . . F-7") == "Notes to Financial Statements")
        #expect(ContentsLeader.strip("Revenue grew to $3.1 billion...") == "Revenue grew to $3.1 billion...")
        #expect(ContentsLeader.strip("It rose 12") == "It rose 12")
    }

    @Test func footerTableRepeatedOnEveryPageIsDropped() {
        var blocks: [FilingBlock] = []
        let bodies = ["Sales rose in every region.", "Margins narrowed on freight costs.", "The board approved a buyback.", "Debt was refinanced at lower rates."]
        for page in 1...4 {
            blocks.append(.paragraph(bodies[page - 1]))
            blocks.append(.row(["Osprey Corp | 2024 Annual Report", String(page + 20)], table: page))
            blocks.append(.pageBreak)
        }
        blocks.append(.row(["Revenue", "$ 1,204"], table: 9))
        blocks.append(.row(["Net income", "$ 88"], table: 9))
        let text = FilingPages.render(FilingPages.clean(blocks))
        #expect(text == bodies.joined(separator: "\n\n") + "\n\nRevenue | $ 1,204\nNet income | $ 88")
    }
}

@Suite("XML EDGAR HTML generator shapes")
struct XMLFilingHTMLShapeTests {
    @Test func positionedFootersLinksAndSplitCells() throws {
        let result = try XMLFixtures.ingest("edgar/osprey-10k.htm")
        let doc = try #require(result.documents.first)
        #expect(doc.kind == .filing)
        #expect(doc.format == "edgar-html")
        #expect(doc.metadata["form_type"] == "10-K")
        #expect(doc.metadata["company"] == "OSPREY TEXTILE MILLS, INC.")
        #expect(doc.metadata["period"] == "2024-12-28")
        #expect(doc.metadata["commission_file_number"] == "0-11872")
        #expect(doc.published == "2025-03-14")
        #expect(doc.title == "OSPREY TEXTILE MILLS, INC. — 10-K (2024-12-28)")
        let text = doc.text
        #expect(!text.contains("2024 Form 10-K |"))
        #expect(!text.contains("Table of Contents"))
        #expect(text.contains("""
            TABLE OF CONTENTS

            PART I
            Item 1. | Business
            Item 1A. | Risk Factors
            Item 8. | Financial Statements and Supplementary Data

            Item 15. Exhibits and Financial Statement Schedules

            Item 1. Business
            """))
        #expect(text.contains("Osprey\u{2019}s mills weave industrial fabrics at three plants and sold 41.2 million square yards in fiscal 2024"))
        #expect(text.contains("""
            Net sales | $412,118 | $398,540
            Gross margin | 18.4% | 17.1%
            Loss on plant closure | (2,310) | —
            """))
        #expect(text.contains("☒ ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934") || text.contains("☒ | ANNUAL REPORT"))
    }
}

@Suite("XML feed extension shapes")
struct XMLFeedExtensionTests {
    @Test func mediaElementsDoNotShadowTheItemsOwn() throws {
        let source = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Clips</title>
            <item><media:title>Thumbnail caption</media:title><media:description>Photo credit line</media:description>
            <title>Harbour dredging approved</title><description>The port will deepen its channel by 2 metres.</description>
            <link>https://clips.example/1</link></item></channel></rss>
            """
        let item = try #require(try XMLDocumentReader.read(Array(source.utf8)).documents.first)
        #expect(item.title == "Harbour dredging approved")
        #expect(item.text == "The port will deepen its channel by 2 metres.")
    }

    @Test func videoFeedEntryTextFromMediaGroup() throws {
        let source = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
            <title>Council Channel</title>
            <entry><id>yt:video:abc123</id><title>Budget hearing, part 2</title>
            <link rel="alternate" href="https://video.example/watch?v=abc123"/><published>2025-02-12T18:00:00+00:00</published>
            <media:group><media:title>Budget hearing, part 2</media:title>
            <media:description>Members debate the $1.2 billion budget line by line.</media:description></media:group></entry></feed>
            """
        let entry = try #require(try XMLDocumentReader.read(Array(source.utf8)).documents.first)
        #expect(entry.text == "Members debate the $1.2 billion budget line by line.")
        #expect(entry.published == "2025-02-12T18:00:00Z")
        #expect(entry.part == "yt:video:abc123")
    }
}
