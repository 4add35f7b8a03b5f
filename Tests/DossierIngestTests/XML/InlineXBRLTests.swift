import Testing
@testable import DossierIngest
import DossierModel

@Suite("XML inline XBRL and XBRL instances")
struct XMLInlineXBRLTests {
    func fact(_ doc: ParsedDocument, _ concept: String, context: String, unit: String? = nil) -> Fact? {
        doc.facts.first { $0.concept == concept && $0.context == context && (unit == nil || $0.unit == unit) }
    }

    @Test func inlineQuarterlyReportFacts() throws {
        let result = try XMLFixtures.ingest("edgar/nwf-10q-ixbrl.htm")
        #expect(result.warnings.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.kind == .filing)
        #expect(doc.format == "ixbrl")
        #expect(doc.title == "Northwind Freight Corp. — 10-Q (2025-03-31)")
        #expect(doc.metadata["form_type"] == "10-Q")
        #expect(doc.metadata["company"] == "Northwind Freight Corp.")
        #expect(doc.metadata["cik"] == "0009876543")
        #expect(doc.metadata["period"] == "2025-03-31")
        #expect(doc.metadata["commission_file_number"] == "001-40125")
        #expect(doc.metadata["fiscal_period"] == "Q1")
        // 17 tagged values, one exact duplicate and one nil: 15 facts.
        #expect(doc.facts.count == 15)

        // gaap: and cover: are resolved by namespace to us-gaap: and dei:.
        let revenue = try #require(doc.facts.first { $0.concept == "us-gaap:Revenues" && $0.decimals == "-5" && $0.context == "c-1" })
        #expect(revenue.value == 1_482_600_000)
        #expect(revenue.unit == "USD")
        #expect(revenue.period == "2025-01-01/2025-03-31")
        #expect(revenue.entity == "0009876543")
        #expect(revenue.hasDimensions == false)
        #expect(doc.facts.contains { $0.concept == "us-gaap:Revenues" && $0.value == 1_500_000_000 && $0.decimals == "-8" })
        #expect(fact(doc, "us-gaap:Revenues", context: "c-5")?.value == 1_310_200_000)
        #expect(fact(doc, "us-gaap:OperatingIncomeLoss", context: "c-1")?.value == -41_300_000)
        let eps = try #require(fact(doc, "us-gaap:EarningsPerShareBasic", context: "c-1"))
        #expect(eps.value == -0.27)
        #expect(eps.unit == "USD/shares")
        #expect(eps.decimals == "2")
        #expect(fact(doc, "us-gaap:GoodwillImpairmentLoss", context: "c-1")?.value == 0)
        #expect(fact(doc, "us-gaap:GoodwillImpairmentLoss", context: "c-5") == nil)
        #expect(fact(doc, "us-gaap:RestructuringCharges", context: "c-5")?.value == 0)
        #expect(fact(doc, "us-gaap:RestructuringCharges", context: "c-1")?.value == 9_400_000)

        // The comma-decimal segment table: scale 6, sign "-", a segment.
        let segment = try #require(fact(doc, "us-gaap:Revenues", context: "c-3"))
        #expect(segment.value == 1_021_450_000)
        #expect(segment.unit == "EUR")
        #expect(segment.hasDimensions)
        #expect(segment.dimensions == ["srt:ProductOrServiceAxis=nrth:FreightMember"])
        #expect(fact(doc, "us-gaap:OperatingIncomeLoss", context: "c-3")?.value == -12_750_000)

        // Hidden in ix:header, words, the filer's own prefix.
        #expect(fact(doc, "us-gaap:CommonStockSharesAuthorized", context: "c-2")?.value == 200_000_000)
        let vessels = try #require(fact(doc, "nrth:NumberOfVesselsAcquired", context: "c-1"))
        #expect(vessels.value == 3)
        #expect(vessels.unit == "pure")
        let outstanding = try #require(fact(doc, "dei:EntityCommonStockSharesOutstanding", context: "c-4"))
        #expect(outstanding.value == 48_210_553)
        #expect(outstanding.period == "2025-04-30")
        #expect(outstanding.unit == "shares")
    }

    @Test func inlineFilingTextDropsPageFurniture() throws {
        let doc = try #require(try XMLFixtures.ingest("edgar/nwf-10q-ixbrl.htm").documents.first)
        let text = doc.text
        // Hidden header facts stay out of the text.
        #expect(!text.contains("0009876543"))
        #expect(!text.contains("200,000,000"))
        // Running footer and page numbers are gone; the contents keep their entries, not their page numbers.
        #expect(!text.contains("Q1 2025 Form 10-Q"))
        #expect(text.contains("""
            Table of Contents

            Part I. | Financial Information
            Item 1. | Financial Statements
            Item 2. | Management’s Discussion and Analysis
            Item 4. | Controls and Procedures

            CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
            """))
        #expect(text.components(separatedBy: "Table of Contents").count == 2)
        #expect(text.contains("""
            Revenues | $1,482.6 | $1,310.2
            Goodwill impairment | —
            Restructuring charges | 9.4 | nil
            Operating loss | (41.3) | (28.0)
            Net loss per share, basic | $(0.27) | $(0.19)
            """))
        #expect(text.contains("Segment revenues | €1.021,45\nSegment operating loss | (12,75)"))
        #expect(text.contains("• Volumes on transatlantic lanes increased for the third consecutive quarter."))
        #expect(text.hasSuffix("• Fuel costs per container fell compared with the first quarter of 2024."))
    }

    @Test func continuationAndExcludeInNonNumericFacts() throws {
        let bytes = try XMLFixtures.bytes("edgar/nwf-10q-ixbrl.htm")
        let root = try Markup.parseXML(bytes).root
        let ix = root.descendants(where: InlineXBRL.isIX)
        let continuations = Dictionary(uniqueKeysWithValues: ix.filter { $0.plainName == "continuation" }.map { ($0.attributeNamed("id")!, $0) })
        let block = try #require(ix.first { $0.attributeNamed("name") == "gaap:SegmentReportingDisclosureTextBlock" })
        let text = TextBuilder.clean(InlineXBRL.text(of: block, continuations: continuations))
        #expect(text == "Our European freight segment reports in euros. Amounts are in millions of euros. The segment acquired three vessels during the quarter.")
    }

    @Test func notWellFormedInlineFallsBackToHTMLWithSameFacts() throws {
        var source = String(decoding: try XMLFixtures.bytes("edgar/nwf-10q-ixbrl.htm"), as: UTF8.self)
        // An unclosed <br> and a bare &nbsp; make the XHTML invalid XML.
        source = source.replacingOccurrences(of: "<p>UNITED STATES</p>", with: "<p>UNITED STATES<br></p>")
        let strict = try XMLFixtures.ingest("edgar/nwf-10q-ixbrl.htm").documents[0]
        let result = try EDGARFilingText.read(Array(source.utf8))
        #expect(result.warnings == ["inline XBRL document is not well-formed XHTML; read with the HTML parser"])
        let doc = try #require(result.documents.first)
        #expect(Set(doc.facts) == Set(strict.facts))
        #expect(doc.metadata["company"] == "Northwind Freight Corp.")
        #expect(doc.metadata["period"] == "2025-03-31")
    }

    @Test func instanceWithUnusualPrefixesAndDimensions() throws {
        let result = try XMLFixtures.ingest("edgar/kestrel-instance.xml")
        let doc = try #require(result.documents.first)
        #expect(doc.format == "xbrl")
        #expect(doc.title == "Kestrel Mining Inc. — 10-K (2023-12-31)")
        #expect(doc.facts.count == 6)
        let revenue = try #require(fact(doc, "us-gaap:Revenues", context: "FY2023"))
        #expect(revenue.value == 2_418_000_000)
        #expect(revenue.period == "2023-01-01/2023-12-31")
        #expect(revenue.entity == "0001122334")
        #expect(revenue.decimals == "-6")
        let chile = try #require(fact(doc, "us-gaap:Revenues", context: "FY2023_Copper_Chile"))
        #expect(chile.value == 977_000_000)
        #expect(chile.hasDimensions)
        #expect(chile.dimensions == ["srt:ProductOrServiceAxis=kes:CopperMember", "srt:StatementGeographicalAxis=kes:ChileMember"])
        #expect(fact(doc, "us-gaap:NetIncomeLoss", context: "FY2023")?.value == -153_000_000)
        #expect(fact(doc, "us-gaap:EarningsPerShareDiluted", context: "FY2023")?.unit == "USD/shares")
        #expect(fact(doc, "us-gaap:Assets", context: "AsOf2023")?.value == 9_811_500_000)
        #expect(fact(doc, "us-gaap:Assets", context: "AsOf2023")?.period == "2023-12-31")
        let ore = try #require(fact(doc, "kes:OreProcessed", context: "FY2023_Mine"))
        #expect(ore.unit == "Tonne")
        #expect(ore.hasDimensions)
        #expect(ore.dimensions == ["kes:MineSiteAxis=Alta Vista"])
        // The numbers are facts; the text is never a listing of them (claims were once read from such a dump).
        #expect(!doc.text.contains("us-gaap:Revenues"))
        #expect(!doc.text.contains("2418000000"))
    }
}

@Suite("XML ixt transforms")
struct XMLTransformTests {
    @Test func numericTransformsAcrossRegistryVersions() {
        #expect(IXTransform.value("1,234.56", format: "ixt:num-dot-decimal") == 1234.56)
        #expect(IXTransform.value("1,234.56", format: "ixt:numdotdecimal") == 1234.56)
        #expect(IXTransform.value("1.234,56", format: "ixt4:num-comma-decimal") == 1234.56)
        #expect(IXTransform.value("1 234,56", format: "ixt:numcommadecimal") == 1234.56)
        #expect(IXTransform.value("1.234.567", format: "ixt:num-comma-decimal") == 1_234_567)
        #expect(IXTransform.value("12,5", format: "ixt:numdotcomma") == 12.5)
        #expect(IXTransform.value("—", format: "ixt:zerodash") == 0)
        #expect(IXTransform.value("-", format: "ixt:fixed-zero") == 0)
        #expect(IXTransform.value("", format: "ixt:fixed-empty") == nil)
        #expect(IXTransform.value("twenty-one", format: "ixt-sec:numwordsen") == 21)
        #expect(IXTransform.value("No", format: "ixt-sec:numwordsen") == 0)
        #expect(IXTransform.value("one hundred twenty-three thousand four hundred five", format: "ixt-sec:num-word-en") == 123_405)
        #expect(IXTransform.value("two and a half", format: "ixt-sec:numwordsen") == nil)
        #expect(IXTransform.value("5 dollars 25 cents", format: "ixt:numunitdecimal") == 5.25)
        #expect(IXTransform.value("3,500", format: nil) == 3500)
        #expect(IXTransform.value("n/a", format: "ixt:num-dot-decimal") == nil)
    }

    @Test func scaleIsAppliedInDecimal() {
        #expect(DecimalText.applyScale(1234.56, 6) == 1_234_560_000)
        #expect(DecimalText.applyScale(0.3, 3) == 300)
        #expect(DecimalText.applyScale(12, -2) == 0.12)
    }

    @Test func conventionalPrefixesByNamespace() {
        let names = ConceptNames(declarations: [
            "gaap": "http://fasb.org/us-gaap/2021", "old": "http://xbrl.us/us-gaap/2009-01-31", "ifrs": "http://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full",
            "cov": "http://xbrl.sec.gov/dei/2019-01-31", "x": "http://fasb.org/srt/2022", "mine": "http://mine.example/2024",
        ])
        #expect(names.conventional("gaap:Revenues") == "us-gaap:Revenues")
        #expect(names.conventional("old:Revenues") == "us-gaap:Revenues")
        #expect(names.conventional("ifrs:Revenue") == "ifrs-full:Revenue")
        #expect(names.conventional("cov:DocumentType") == "dei:DocumentType")
        #expect(names.conventional("x:SegmentsAxis") == "srt:SegmentsAxis")
        #expect(names.conventional("mine:Ore") == "mine:Ore")
        #expect(names.conventional("undeclared:Thing") == "undeclared:Thing")
    }
}
