@testable import DossierClaims
import DossierModel
import Testing

/// XBRL and form facts become claims with origin `filing`.
@Suite struct FilingClaimsTests {
    @Test func revenueInDollars() {
        let fact = Fact(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", value: 94_930_000_000,
                        unit: "USD", period: "2024-06-30/2024-09-28", entity: "0000320193")
        let c = FilingClaims.claims(from: [fact], entityName: "Apple Inc.")
        #expect(c.count == 1)
        #expect(c.first?.kind == .money && c.first?.currency == "USD" && c.first?.value == 94_930_000_000)
        #expect(c.first?.metric == "revenue" && c.first?.date == "2024-09-28" && c.first?.subject == "Apple Inc.")
        #expect(c.first?.origin == .filing)
    }

    @Test func netLossBecomesALoss() {
        let c = FilingClaims.claims(from: [Fact(concept: "us-gaap:NetIncomeLoss", value: -16_639_000_000, unit: "USD",
                                                period: "2024-09-28")])
        #expect(c.first?.metric == "loss")
        #expect(c.first?.value == 16_639_000_000)
        let p = FilingClaims.claims(from: [Fact(concept: "us-gaap:NetIncomeLoss", value: 5, unit: "USD")])
        #expect(p.first?.metric == "profit")
    }

    @Test func unitsMapToKinds() {
        let facts = [
            Fact(concept: "dei:EntityCommonStockSharesOutstanding", value: 15_000_000_000, unit: "shares", period: "2024-10-18"),
            Fact(concept: "us-gaap:EffectiveIncomeTaxRateContinuingOperations", value: 0.241, unit: "pure"),
            Fact(concept: "us-gaap:OperatingExpenses", value: 14_000_000, unit: "EUR"),
            Fact(concept: "us-gaap:EarningsPerShareDiluted", value: 1.64, unit: "USD/shares"),
        ]
        let c = FilingClaims.claims(from: facts)
        #expect(c.map(\.kind) == [.count, .percent, .money, .money])
        #expect(c[0].unit == "share" && c[0].metric == "shares")
        #expect(abs((c[1].value ?? 0) - 24.1) < 1e-9)
        #expect(c[2].metric == "cost" && c[2].currency == "EUR")
        #expect(c[3].metric == "profit" && c[3].unit == "per share")
    }

    @Test func dimensionedFactsAreBreakdowns() {
        let f = Fact(concept: "us-gaap:Revenues", value: 1, unit: "USD", hasDimensions: true, dimensions: ["srt:ProductOrServiceAxis=aapl:IPhoneMember"])
        #expect(FilingClaims.claims(from: [f]).isEmpty)
        #expect(FilingClaims.claims(from: [f], includeDimensioned: true).count == 1)
    }

    @Test func locatesTheValueInTheFilingText() {
        let text = "Total net sales were $94,930 million for the quarter. Other income was small."
        let f = Fact(concept: "us-gaap:Revenues", value: 94_930_000_000, unit: "USD", period: "2024-09-28")
        let c = FilingClaims.claims(from: [f], text: text)
        #expect(c.first?.text == "$94,930 million")
        #expect(c.first?.start == 21)
        #expect(c.first?.sentence == "Total net sales were $94,930 million for the quarter.")
    }
}

/// One key per subject for cross-referencing.
@Suite struct SubjectKeyTests {
    @Test(arguments: [
        ("Anthropic", "anthropic"), ("Anthropic PBC", "anthropic"), ("the AI company Anthropic", "anthropic"),
        ("Anthropic's", "anthropic"), ("Anthropic’s", "anthropic"), ("Apple Inc.", "apple"), ("Alphabet Inc", "alphabet"),
        ("Siemens AG", "siemens"), ("HSBC Holdings plc", "hsbc"), ("Bank of America Corp.", "bank of america"),
        ("the chipmaker Nvidia Corporation", "nvidia"), ("OpenAI, Inc.", "openai"), ("The New York Times", "new york times"),
        ("Volkswagen AG’s", "volkswagen"), ("Robert Bosch GmbH", "robert bosch"), ("Nestlé S.A.", "nestlé"),
        ("Training a GPT-4-class model", "training gpt-4-class model"),
        ("Training GPT-4-class models", "training gpt-4-class model"),
        ("building the factories", "building factory"), ("Extracting a comparable model", "extracting comparable model"),
        ("Processing batches", "processing batch"), ("Running the business", "running business"),
        // Names are not activities: "Boeing Holdings" keeps its s-less key and names keep their plurals.
        ("Boeing", "boeing"), ("General Motors", "general motors"), ("Sing Sing Systems", "sing sing systems"),
        ("Boeing Commercial Airplanes", "boeing commercial airplanes"),
    ])
    func normalizes(_ pair: (String, String)) {
        #expect(SubjectKey.normalize(pair.0) == pair.1)
    }
}

/// Facts are located among claims already extracted from the filing's text
/// (the import passes them instead of extracting the text a second time).
@Suite struct FactLocationTests {
    @Test func claimsGivenLocateFactsAsTheTextDoes() {
        let text = """
            Revenue was $94,930 million, up 6%. Net income was $14.7 billion. The company had 164,000 employees. \
            Revenue of 94,930 appeared again in the table.
            """
        let facts = [
            Fact(concept: "us-gaap:Revenues", value: 94_930_000_000, unit: "USD", period: "2024-09-28", decimals: "-6"),
            Fact(concept: "us-gaap:NetIncomeLoss", value: 14_712_000_000, unit: "USD", period: "2024-09-28"),
            Fact(concept: "dei:EntityNumberOfEmployees", value: 164_000, unit: "pure"),
            Fact(concept: "us-gaap:Cash", value: 123_456, unit: "USD"),
        ]
        let fromText = FilingClaims.linkedClaims(from: facts, text: text)
        let prose = ClaimExtractor().extract(from: text)
        let fromClaims = FilingClaims.linkedClaims(from: facts, text: text, prose: prose)
        #expect(fromText.map(\.claim) == fromClaims.map(\.claim))
        // The first statement of the value in the text wins; rounded prose counts for money.
        #expect(fromClaims[0].claim.text == "$94,930 million")
        #expect(fromClaims[1].claim.text == "$14.7 billion")
        #expect(fromClaims[3].claim.start == 0, "a value the text never states keeps no span")
    }
}

/// The measure and period a filing fact's claim carries, so it meets the same quantity quoted in prose.
@Suite struct FilingFactMeaningTests {
    @Test(arguments: [
        ("us-gaap:Revenues", 412.6e6, "revenue"),
        ("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", 9e9, "revenue"),
        ("us-gaap:NetIncomeLoss", -37.9e6, "net loss"),
        ("us-gaap:NetIncomeLoss", 12e6, "net income"),
        ("us-gaap:OperatingIncomeLoss", -3e6, "operating loss"),
        ("us-gaap:CostOfRevenue", 1e6, "cost of sales"),
        ("us-gaap:ResearchAndDevelopmentExpense", 1e6, "research and development expense"),
        ("us-gaap:EarningsPerShareDiluted", -0.21, "diluted earnings per share"),
        ("us-gaap:EarningsPerShareBasic", -0.21, "basic earnings per share"),
        ("us-gaap:ProfitLoss", 12e6, "profit loss"),
        ("us-gaap:NetIncomeLossAttributableToNoncontrollingInterest", 1e6, "net income loss attributable to noncontrolling interest"),
        ("us-gaap:PurchaseObligation", 2.4e9, "purchase obligation"),
        ("formd:TotalAmountSold", 180e6, "amount sold"),
    ] as [(String, Double, String)])
    func conceptsNameTheirMeasure(_ concept: String, _ value: Double, _ measure: String) {
        #expect(ConceptMeasure.measure(for: Fact(concept: concept, value: value, unit: "USD")) == measure)
    }

    @Test func contractRevenueIsTheRevenueUnlessTotalRevenueIsAlsoStated() {
        let contract = Fact(concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", value: 9e9, unit: "USD")
        #expect(ConceptMeasure.measure(for: contract, concepts: []) == "revenue")
        #expect(ConceptMeasure.measure(for: contract, concepts: ["Revenues"]) == "revenue from contracts with customers")
    }

    @Test func everyListedConceptHasAMeasure() {
        for (concept, measure) in MeaningWords.conceptMeasures {
            #expect(ConceptMeasure.measure(for: Fact(concept: "us-gaap:" + concept, value: 1, unit: "USD")) == measure, "\(concept)")
        }
    }

    @Test func aFactClaimCarriesItsPeriodAndAPerShareDenominator() throws {
        let facts = [
            Fact(concept: "us-gaap:Revenues", value: 412.6e6, unit: "USD", period: "2025-07-01/2025-09-30"),
            Fact(concept: "us-gaap:EarningsPerShareBasic", value: -0.21, unit: "USD/shares", period: "2025-07-01/2025-09-30"),
        ]
        let claims = FilingClaims.claims(from: facts, entityName: "Meridian Compute Corp.")
        #expect(claims.map(\.period) == ["2025-07-01/2025-09-30", "2025-07-01/2025-09-30"])
        #expect(claims.map(\.date) == ["2025-09-30", "2025-09-30"])
        #expect(claims.map(\.measure) == ["revenue", "basic earnings per share"])
        #expect(claims.map(\.per) == [nil, "share"])
    }
}
