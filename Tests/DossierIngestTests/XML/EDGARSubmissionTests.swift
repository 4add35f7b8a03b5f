import Testing
@testable import DossierIngest
import DossierModel

@Suite("XML EDGAR submissions and forms")
struct XMLEDGARTests {
    @Test func fullSubmissionWithThreeReadableDocuments() throws {
        let result = try XMLFixtures.ingest("edgar/hlb-8k-submission.txt")
        #expect(result.warnings == ["skipped 1 non-text document(s): 3 (GRAPHIC: binary)"])
        let docs = result.documents
        #expect(docs.map(\.part) == ["1", "2", "4"])
        #expect(docs.allSatisfy { $0.kind == .filing })
        for doc in docs {
            #expect(doc.metadata["company"] == "Harrow Lane Biotherapeutics, Inc.")
            #expect(doc.metadata["cik"] == "0001800555")
            #expect(doc.metadata["form_type"] == "8-K")
            #expect(doc.metadata["filing_date"] == "2025-02-26")
            #expect(doc.metadata["period"] == "2025-02-26")
            #expect(doc.metadata["accession_number"] == "0001800555-25-000014")
            #expect(doc.published == "2025-02-26")
            #expect(doc.publisher == "Harrow Lane Biotherapeutics, Inc.")
        }
        let main = docs[0]
        #expect(main.title == "Harrow Lane Biotherapeutics, Inc. — 8-K (2025-02-26)")
        #expect(main.metadata["items"] == "Results of Operations and Financial Condition; Financial Statements and Exhibits")
        #expect(main.metadata["sic"] == "PHARMACEUTICAL PREPARATIONS [2834]")
        #expect(main.metadata["document_type"] == "8-K")
        #expect(main.metadata["commission_file_number"] == "001-39877")
        // windows-1252 quotes decoded; table rows kept as rows.
        #expect(main.text.contains("Harrow Lane Biotherapeutics, Inc. (the \u{201C}Company\u{201D}) issued a press release"))
        #expect(main.text.contains("Delaware | 001-39877 | 84-3321098"))
        #expect(main.text.contains("Exhibit No. | Description\n99.1 | Press release dated February 26, 2025"))

        let release = docs[1]
        #expect(release.title == "Harrow Lane Biotherapeutics, Inc. — EX-99.1: PRESS RELEASE")
        #expect(release.metadata["document_type"] == "EX-99.1")
        #expect(release.text.contains("Harrow Lane Biotherapeutics, Inc. today reported revenue of $64.2 million for the fourth quarter of 2024, compared with $41.9 million a year earlier. Net loss narrowed to $18.7 million."))
        #expect(release.text.contains("""
            2024 | 2023
            Collaboration revenue | $64,210 | $41,874
            Research and development | 58,003 | 55,120
            Net loss | $(18,702) | $(31,466)
            """))
        #expect(!release.text.contains("-2-"))
        #expect(!release.text.contains("<PAGE>"))

        let instance = docs[2]
        #expect(instance.format == "xbrl")
        #expect(instance.facts == [Fact(concept: "hlb:PressReleaseCount", value: 1, unit: "pure", period: "2025-02-26/2025-02-26",
                                        entity: "0001800555", decimals: "INF", context: "c0")])
    }

    @Test func oldPlainTextFilingInSGMLSubmissionHeader() throws {
        let source = """
            <SUBMISSION>
            <ACCESSION-NUMBER>0000950123-98-004411
            <TYPE>10-K405
            <PUBLIC-DOCUMENT-COUNT>1
            <PERIOD>19971231
            <FILING-DATE>19980327
            <FILER>
            <COMPANY-DATA>
            <CONFORMED-NAME>OSPREY TEXTILE MILLS INC
            <CIK>0000712345
            <ASSIGNED-SIC>2211
            </COMPANY-DATA>
            </FILER>
            <DOCUMENT>
            <TYPE>10-K405
            <SEQUENCE>1
            <TEXT>
                                      UNITED STATES
                           SECURITIES AND EXCHANGE COMMISSION
                                 WASHINGTON, D.C. 20549

                                       FORM 10-K405

                      For the fiscal year ended December 31, 1997

            The Company operates three weaving plants in the Carolinas and
            employed approximately 2,150 people at year end.

                                           1
            <PAGE>
            <TABLE>
            <CAPTION>
                                                 1997          1996
            <S>                              <C>           <C>
            Net sales.....................   $ 412,118     $ 398,540
            Net income....................      11,902         9,377
            </TABLE>

                                           2
            </TEXT>
            </DOCUMENT>
            </SUBMISSION>
            """
        let result = try Ingest.read(Array(source.utf8), fileName: "0000950123-98-004411.txt")
        let doc = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(doc.part == "1")
        #expect(doc.format == "edgar-text")
        #expect(doc.metadata["company"] == "OSPREY TEXTILE MILLS INC")
        #expect(doc.metadata["cik"] == "0000712345")
        #expect(doc.metadata["form_type"] == "10-K405")
        #expect(doc.metadata["period"] == "1997-12-31")
        #expect(doc.metadata["filing_date"] == "1998-03-27")
        #expect(doc.title == "OSPREY TEXTILE MILLS INC — 10-K405 (1997-12-31)")
        #expect(doc.text == """
            UNITED STATES

            SECURITIES AND EXCHANGE COMMISSION

            WASHINGTON, D.C. 20549

            FORM 10-K405

            For the fiscal year ended December 31, 1997

            The Company operates three weaving plants in the Carolinas and employed approximately 2,150 people at year end.

            1997 | 1996
            Net sales | $ 412,118 | $ 398,540
            Net income | 11,902 | 9,377
            """)
    }

    @Test func formDOfferingAmountsAreFacts() throws {
        let result = try XMLFixtures.ingest("edgar/form-d.xml")
        let doc = try #require(result.documents.first)
        #expect(doc.format == "form-d")
        #expect(doc.title == "Form D: Tidewater Kelp Farms, Inc.")
        #expect(doc.metadata["company"] == "Tidewater Kelp Farms, Inc.")
        #expect(doc.metadata["cik"] == "0001987001")
        #expect(doc.metadata["form_type"] == "D")
        #expect(doc.metadata["date_of_first_sale"] == "2025-01-15")
        func value(_ concept: String) -> Double? { doc.facts.first { $0.concept == concept }?.value }
        #expect(value("formd:TotalOfferingAmount") == 7_500_000)
        #expect(value("formd:TotalAmountSold") == 5_125_000)
        #expect(value("formd:TotalRemaining") == 2_375_000)
        #expect(value("formd:MinimumInvestmentAccepted") == 25_000)
        #expect(value("formd:FindersFees") == 51_250)
        #expect(value("formd:TotalNumberAlreadyInvested") == 19)
        let total = try #require(doc.facts.first { $0.concept == "formd:TotalOfferingAmount" })
        #expect(total.unit == "USD")
        #expect(total.period == "2025-02-03")
        #expect(total.entity == "0001987001")
        #expect(doc.text.contains("Total offering amount: $7500000"))
        #expect(doc.text.contains("Total amount sold: $5125000"))
        #expect(doc.text.contains("Related person: Hana Lindqvist (Executive Officer, Director)"))
        #expect(doc.text.contains("Securities offered: equity, option to acquire"))
    }

    @Test func formDWithIndefiniteOfferingHasNoFactForIt() throws {
        var source = String(decoding: try XMLFixtures.bytes("edgar/form-d.xml"), as: UTF8.self)
        source = source.replacing("<totalOfferingAmount>7500000</totalOfferingAmount>", with: "<totalOfferingAmount>Indefinite</totalOfferingAmount>")
        source = source.replacing("<totalRemaining>2375000</totalRemaining>", with: "<totalRemaining>Indefinite</totalRemaining>")
        let doc = try #require(try XMLDocumentReader.read(Array(source.utf8)).documents.first)
        #expect(!doc.facts.contains { $0.concept == "formd:TotalOfferingAmount" })
        #expect(doc.facts.contains { $0.concept == "formd:TotalAmountSold" && $0.value == 5_125_000 })
        #expect(doc.text.contains("Total offering amount: Indefinite"))
    }

    @Test func form4TransactionsAsTextAndFacts() throws {
        let result = try XMLFixtures.ingest("edgar/form4.xml")
        let doc = try #require(result.documents.first)
        #expect(doc.format == "form-4")
        #expect(doc.title == "Form 4: Achterberg Ines — Bellweather Instruments Corp")
        #expect(doc.metadata["company"] == "Bellweather Instruments Corp")
        #expect(doc.metadata["cik"] == "0001456789")
        #expect(doc.metadata["ticker"] == "BWIC")
        #expect(doc.metadata["period"] == "2025-03-11")
        #expect(doc.metadata["reporting_owner"] == "Achterberg Ines")
        #expect(doc.text.contains("Reporting owner: Achterberg Ines, CIK 0001600222; Officer (Chief Operating Officer)"))
        #expect(doc.text.contains("Transaction: 2025-03-11 | Common Stock | S (open market sale) | disposed | 12000 shares | $61.2475 per share | 45310 owned after | direct"))
        #expect(doc.text.contains("(F2) Weighted average price; prices ranged from $60.90 to $61.55."))
        let sale = doc.facts.filter { $0.context == "nonDerivativeTransaction-2" }
        #expect(sale.map(\.concept) == ["ownership:TransactionShares", "ownership:TransactionPricePerShare", "ownership:SharesOwnedFollowingTransaction"])
        #expect(sale.map(\.value) == [12_000, 61.2475, 45_310])
        #expect(sale[1].unit == "USD/shares")
        #expect(sale[0].period == "2025-03-11")
        #expect(sale[0].entity == "0001456789")
        #expect(sale[0].dimensions == ["ownership:Security=Common Stock", "ownership:TransactionCode=S", "ownership:AcquiredDisposed=D", "ownership:ReportingOwner=0001600222"])
        #expect(doc.facts.contains { $0.concept == "ownership:SharesOwned" && $0.value == 3_400 })
        #expect(doc.facts.contains { $0.concept == "ownership:ConversionOrExercisePrice" && $0.value == 18.4 })
        #expect(doc.facts.contains { $0.concept == "ownership:DerivativeTransactionShares" && $0.value == 12_000 })
    }

    @Test func thirteenFTableValuesAndThousandsRule() throws {
        let bytes = try XMLFixtures.bytes("edgar/infotable-13f.xml")
        let doc = try #require(try XMLDocumentReader.read(bytes).documents.first)
        #expect(doc.format == "form-13f")
        let values = doc.facts.filter { $0.concept == "thirteenf:Value" }
        #expect(values.map(\.value) == [4_512_330, 1_980_000])
        #expect(values[0].dimensions == ["thirteenf:Issuer=ALDER ROBOTICS INC", "thirteenf:TitleOfClass=COM", "thirteenf:Cusip=01449X107"])
        let principal = try #require(doc.facts.first { $0.concept == "thirteenf:SharesOrPrincipalAmount" && $0.context == "infoTable-2" })
        #expect(principal.unit == "USD")
        #expect(principal.value == 2_000_000)
        #expect(doc.text.contains("BRIGHTWATER UTILS | NOTE 2.5% 2029 | CUSIP 10922Q AB2 | $1980000 | 2000000 principal | Put | discretion DFND"))
        // Filed before 2023: values were in thousands.
        let root = try Markup.parseXML(bytes).root
        let old = try InformationTableReader.read(root, filingDate: "2022-11-14", period: "2022-09-30")
        #expect(old.facts.first { $0.concept == "thirteenf:Value" }?.value == 4_512_330_000)
        #expect(old.facts.first?.period == "2022-09-30")
    }

    @Test func htmlFilingIsRecognisedOnTheHTMLPath() throws {
        let submission = try XMLFixtures.bytes("edgar/hlb-8k-submission.txt")
        let text = String(decoding: submission, as: UTF8.self)
        let start = try #require(text.firstRange(of: "<HTML>"))
        let end = try #require(text.firstRange(of: "</HTML>"))
        let page = Array(String(text[start.lowerBound..<end.upperBound]).utf8)
        #expect(EDGARFilingText.isFiling(page))
        let result = try Ingest.read(page, fileName: "form8-k.htm")
        let doc = try #require(result.documents.first)
        #expect(doc.kind == .filing)
        #expect(doc.format == "edgar-html")
        #expect(doc.metadata["form_type"] == "8-K")
        #expect(doc.metadata["company"] == "Harrow Lane Biotherapeutics, Inc.")
        #expect(doc.metadata["period"] == "2025-02-26")
        #expect(doc.title == "Harrow Lane Biotherapeutics, Inc. — 8-K (2025-02-26)")
        // Standalone, the signature date is the nearest stated filing date.
        #expect(doc.metadata["signature_date"] == "2025-02-26")
        #expect(doc.published == "2025-02-26")
        #expect(doc.metadata["filing_date"] == nil)
        let article = Array("<html><body><p>Securities and Exchange Commission news for investors.</p></body></html>".utf8)
        #expect(!EDGARFilingText.isFiling(article))
        // A web page about an SEC rule quotes the address but runs scripts.
        let rulePage = Array("<html><head><script src=\"/site.js\"></script></head><body><p>SECURITIES AND EXCHANGE COMMISSION</p><p>Washington, D.C. 20549</p><p>Amendments to Form 10-K</p></body></html>".utf8)
        #expect(!EDGARFilingText.isFiling(rulePage))
    }

    @Test func coverPeriodsOfOtherForms() {
        let monthly = "For the month of March 2025"
        #expect(FilingCover.period(monthly, upper: monthly.uppercased()) == "2025-03")
        let annual = "For the fiscal year ended September 28, 2024"
        #expect(FilingCover.period(annual, upper: annual.uppercased()) == "2024-09-28")
        let event = "Date of Report (Date of earliest event reported): January 6, 2025"
        #expect(FilingCover.period(event, upper: event.uppercased()) == "2025-01-06")
        #expect(FilingCover.formType("FORM 20-F") == "20-F")
        #expect(FilingCover.formType("FORM 10-K/A") == "10-K/A")
        #expect(FilingCover.formType("FORM OF INDENTURE") == nil)
    }
}

@Suite("XML EDGAR payload sniffing")
struct XMLEDGARPayloadTests {
    @Test func sgmlTablesAndPageTagsAreNotHTML() {
        #expect(!SubmissionDocument.looksHTML("<page>\n      annual report"))
        #expect(!SubmissionDocument.looksHTML("<table>\n<caption>\n<s>   <c>"))
        #expect(SubmissionDocument.looksHTML("<table border=0><tr><td>x</td></tr>"))
        #expect(SubmissionDocument.looksHTML("<pre>\n  exhibit 99"))
        #expect(SubmissionDocument.looksHTML("<p style=\"margin:0\">text</p>"))
        #expect(SubmissionDocument.looksHTML("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
        #expect(!SubmissionDocument.looksHTML("<?xml version=\"1.0\"?>\n<ownershipdocument>"))
    }
}

@Suite("XML EDGAR 13F submissions")
struct XMLThirteenFSubmissionTests {
    @Test func coverAndInformationTableFromA2022Filing() throws {
        let table = String(decoding: try XMLFixtures.bytes("edgar/infotable-13f.xml"), as: UTF8.self)
        let source = """
            <SEC-DOCUMENT>0001733333-22-000007.txt : 20221110
            <SEC-HEADER>0001733333-22-000007.hdr.sgml : 20221110
            ACCESSION NUMBER:\t\t0001733333-22-000007
            CONFORMED SUBMISSION TYPE:\t13F-HR
            PUBLIC DOCUMENT COUNT:\t\t2
            CONFORMED PERIOD OF REPORT:\t20220930
            FILED AS OF DATE:\t\t20221110
            FILER:
            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tLantern Hill Capital LLC
            \t\tCENTRAL INDEX KEY:\t\t\t0001733333
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>13F-HR
            <SEQUENCE>1
            <FILENAME>primary_doc.xml
            <TEXT>
            <XML>
            <?xml version="1.0" encoding="UTF-8"?>
            <edgarSubmission xmlns="http://www.sec.gov/edgar/thirteenffiler">
              <headerData><submissionType>13F-HR</submissionType></headerData>
              <formData><coverPage><reportCalendarOrQuarter>09-30-2022</reportCalendarOrQuarter>
                <filingManager><name>Lantern Hill Capital LLC</name></filingManager></coverPage>
                <summaryPage><tableEntryTotal>2</tableEntryTotal><tableValueTotal>6492</tableValueTotal></summaryPage></formData>
            </edgarSubmission>
            </XML>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>INFORMATION TABLE
            <SEQUENCE>2
            <FILENAME>infotable.xml
            <TEXT>
            <XML>
            \(table)
            </XML>
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>
            """
        let result = try Ingest.read(Array(source.utf8), fileName: "0001733333-22-000007.txt")
        #expect(result.documents.count == 2)
        let cover = result.documents[0]
        #expect(cover.kind == .filing)
        #expect(cover.title == "Lantern Hill Capital LLC — 13F-HR (2022-09-30)")
        #expect(cover.text.contains("report calendar or quarter: 09-30-2022"))
        #expect(cover.text.contains("table value total: 6492"))
        let holdings = result.documents[1]
        #expect(holdings.format == "form-13f")
        #expect(holdings.title == "Lantern Hill Capital LLC — INFORMATION TABLE")
        // Filed in 2022: the table's values are thousands of dollars.
        let values = holdings.facts.filter { $0.concept == "thirteenf:Value" }
        #expect(values.map(\.value) == [4_512_330_000, 1_980_000_000])
        #expect(values.allSatisfy { $0.period == "2022-09-30" })
        #expect(holdings.metadata["company"] == "Lantern Hill Capital LLC")
    }
}
