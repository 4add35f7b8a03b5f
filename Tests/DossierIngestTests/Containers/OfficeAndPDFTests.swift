import DossierFixtures
import DossierIngest
import DossierModel
import Testing

/// Word documents and PDFs (through a stand-in for the outside PDF tool).
@Suite struct OfficeAndPDFTests {
    typealias F = ArchiveFixtures

    @Test func aWordDocumentKeepsParagraphsHeadingsTablesAndProperties() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Quarterly review</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Revenue rose </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>9%</w:t></w:r>\
            <w:ins><w:r><w:t xml:space="preserve"> to $41 million</w:t></w:r></w:ins><w:del><w:r><w:delText> to $40 million</w:delText></w:r></w:del>\
            <w:r><w:t>.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Segment</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Revenue</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>Freight</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>$29 million</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:sdt><w:sdtContent><w:p><w:r><w:t>Prepared by the finance office.</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:sectPr/>
            """
        let core = """
            <dc:title>Q3 review</dc:title><dc:creator>Finance Office</dc:creator>\
            <dcterms:created xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="dcterms:W3CDTF">2025-10-02T08:30:00Z</dcterms:created>
            """
        let document = try #require(try Ingest.read(F.docx(body: body, core: core), fileName: "review.docx").documents.first)
        #expect(document.kind == .document)
        #expect(document.format == "docx")
        #expect(document.title == "Q3 review")
        #expect(document.byline == "Finance Office")
        #expect(document.published == "2025-10-02T08:30:00Z")
        #expect(document.text == """
            Quarterly review

            Revenue rose 9% to $41 million.

            Segment | Revenue

            Freight | $29 million

            Prepared by the finance office.
            """)
    }

    @Test func aWordDocumentWithoutPropertiesTakesItsFirstHeading() throws {
        let body = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Fleet plan</w:t></w:r></w:p><w:p><w:r><w:t>Ten buses cost $7 million.</w:t></w:r></w:p>"
        let document = try #require(try Ingest.read(F.docx(body: body, core: nil), fileName: "plan.docx").documents.first)
        #expect(document.title == "Fleet plan")
    }

    @Test func aWordDocumentDeclaringEntitiesIsRefused() {
        let hostile = F.zip([
            .init(name: "word/document.xml", contents: F.bytes("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>")),
        ])
        #expect(throws: IngestError.declaresEntities) { try Ingest.read(hostile, fileName: "x.docx") }
    }

    /// Stands in for pdftotext: pages as given.
    struct PagesExtractor: PDFTextExtractor {
        var content: PDFContent
        func extract(_ bytes: [UInt8]) throws(IngestError) -> PDFContent { content }
    }

    static let pdfHeader = F.bytes("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<<>>\nendobj\n")

    @Test func pdfPagesKeepWhereEachPageStarts() throws {
        let content = PDFContent(pages: [
            "Annual report 2024\n\nThe authority handled 41 million\ntonnes of cargo, a record.\n",
            "",
            "Operating costs rose 6% to $212 mil-\nlion.\n",
        ], info: ["title": "Microsoft Word - annual-report-2024.docx", "author": "Port Authority",
                  "creationdate": "2025-03-31T09:00:00+01:00"])
        var options = ReadOptions()
        options.pdf = PagesExtractor(content: content)
        let document = try #require(try Ingest.read(Self.pdfHeader, fileName: "report.pdf", options: options).documents.first)
        #expect(document.text == "Annual report 2024\n\nThe authority handled 41 million tonnes of cargo, a record.\n\nOperating costs rose 6% to $212 million.")
        #expect(document.title == "Annual report 2024", "a title that is only a file name gives way to the first line")
        #expect(document.byline == "Port Authority")
        #expect(document.published == "2025-03-31T09:00:00+01:00")
        #expect(document.metadata["pages"] == "3")
        let starts = try #require(document.metadata[PageStarts.key])
        let costs = document.text.unicodeScalars.count - "Operating costs rose 6% to $212 million.".unicodeScalars.count
        #expect(PageStarts.page(at: costs, in: starts) == 3)
        #expect(PageStarts.page(at: 30, in: starts) == 1)
    }

    @Test func aPDFWithoutATextLayerSaysOCRIsNeeded() {
        var options = ReadOptions()
        options.pdf = PagesExtractor(content: PDFContent(pages: ["", "  \n", ""]))
        do {
            _ = try Ingest.read(Self.pdfHeader, fileName: "scan.pdf", options: options)
            Issue.record("a PDF with no text was imported")
        } catch {
            #expect(error.description.contains("no text layer"), "\(error)")
            #expect(error.description.contains("OCR"), "\(error)")
        }
    }

    @Test func withoutAPDFToolAPDFFailsNamingThePackage() {
        do {
            _ = try Ingest.read(Self.pdfHeader, fileName: "report.pdf", options: ReadOptions())
            Issue.record("a PDF was read without a PDF tool")
        } catch {
            #expect(error.description.contains("poppler-utils"), "\(error)")
        }
    }

    @Test func pageStartsAnswerForEveryOffset() {
        #expect(PageStarts.page(at: 0, in: "0,10,10,25") == 1)
        #expect(PageStarts.page(at: 9, in: "0,10,10,25") == 1)
        #expect(PageStarts.page(at: 10, in: "0,10,10,25") == 3, "an empty page gives way to the page that holds the text")
        #expect(PageStarts.page(at: 400, in: "0,10,10,25") == 4)
        #expect(PageStarts.page(at: 5, in: nil) == nil)
        #expect(PageStarts.page(at: 5, in: "") == nil)
    }
}
