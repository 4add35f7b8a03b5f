import Testing

/// Subjects (with "it" and "the company" resolved) and attributions.
@Suite struct ContextTests {
    static let cases: [MarkedCase] = [
        MarkedCase("OpenAI is raising ⟦$40 billion⟧, according to people familiar with the matter.",
                       .money(40e9).s("OpenAI").a("people familiar with the matter")),
        MarkedCase("Revenue reached ⟦$3.7 billion⟧, according to The Information.", .money(3.7e9).a("The Information")),
        MarkedCase("The cost was ⟦$2 billion⟧, Reuters reported.", .money(2e9).a("Reuters")),
        MarkedCase("Shares could fall ⟦20%⟧, analysts at Morgan Stanley said.", .pct(20).a("analysts at Morgan Stanley")),
        MarkedCase("\"We expect ⟦$5 billion⟧ in sales,\" said Jane Fraser.", .money(5e9).a("Jane Fraser")),
        MarkedCase("Analysts expect revenue of ⟦$12 billion⟧.", .money(12e9).a("Analysts").m("revenue")),
        MarkedCase("The startup is reportedly seeking ⟦$1 billion⟧.", .money(1e9).a("reportedly")),
        MarkedCase("Estimates put it at ⟦$300 million⟧.", .money(300e6).a("estimates")),
        MarkedCase("Stripe was founded in ⟦2010⟧. The company raised ⟦$6.5 billion⟧ last year.",
                       .date("2010"), .money(6.5e9).s("Stripe").m("funding")),
        MarkedCase("Databricks is growing fast. It expects revenue of ⟦$3 billion⟧.",
                       .money(3e9).s("Databricks").a("Databricks")),
        MarkedCase("Anthropic said its run-rate revenue topped ⟦$5 billion⟧.", .money(5e9).s("Anthropic").a("Anthropic")),
        MarkedCase("Valued at ⟦$157 billion⟧, the AI company OpenAI is the most valuable startup.",
                       .money(157e9).s("OpenAI").m("valuation")),
        MarkedCase("Nvidia reported revenue of ⟦$35.1 billion⟧, while AMD posted ⟦$6.8 billion⟧.",
                       .money(35.1e9).s("Nvidia").m("revenue"), .money(6.8e9).s("AMD")),
        MarkedCase("The European Commission fined Apple ⟦€1.8 billion⟧.", .money(1.8e9, "EUR").m("fine")),
        MarkedCase("Goldman Sachs estimates the market at ⟦$1 trillion⟧.", .money(1e12).a("Goldman Sachs")),
        MarkedCase("The governor's office said the state would contribute ⟦$500 million⟧.",
                       .money(500e6).a("The governor's office")),
        MarkedCase("SEATTLE — Amazon said it would invest ⟦$10 billion⟧ in Ohio.", .money(10e9).s("Amazon").a("Amazon")),
        MarkedCase("The project is an effort that costs ⟦$5 million⟧.", .money(5e6).s("effort").m("cost")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }

    @Test func extractionExampleFromTheIssue() {
        let text = "Training GPT-4 class models cost roughly $100 million in compute. Extracting a comparable model? Estimates put it at 0.1% to 1% of that cost."
        let claims = ClaimExtractorProbe.claims(text)
        #expect(claims.count == 2)
        #expect(claims.first?.metric == "cost")
        #expect(claims.first?.subject == "Training GPT-4 class models")
        #expect(claims.first?.sentence == "Training GPT-4 class models cost roughly $100 million in compute.")
        #expect(claims.last?.low == 0.1 && claims.last?.high == 1 && claims.last?.value == nil)
        #expect(claims.last?.subject == "Extracting a comparable model")
        #expect(claims.last?.attribution == "estimates")
    }
}
