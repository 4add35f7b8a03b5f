import Testing

/// What each figure measures, from the words around it.
@Suite struct MetricTests {
    static let cases: [MarkedCase] = [
        MarkedCase("Training GPT-4 class models cost roughly ⟦$100 million⟧ in compute.",
                       .money(100e6).q(.approximate).m("cost").s("Training GPT-4 class models")),
        MarkedCase("Anthropic was valued at ⟦$61.5 billion⟧.", .money(61.5e9).m("valuation").s("Anthropic")),
        MarkedCase("Mistral raised ⟦€600 million⟧ in a new round.", .money(600e6, "EUR").m("funding").s("Mistral")),
        MarkedCase("Microsoft will invest ⟦$80 billion⟧ in data centers.", .money(80e9).m("investment").s("Microsoft")),
        MarkedCase("Apple reported revenue of ⟦$94.9 billion⟧.", .money(94.9e9).m("revenue").s("Apple")),
        MarkedCase("Net income was ⟦$14.7 billion⟧.", .money(14.7e9).m("profit")),
        MarkedCase("Intel posted a net loss of ⟦$16.6 billion⟧.", .money(16.6e9).m("loss").s("Intel")),
        MarkedCase("The headset is priced at ⟦$3,499⟧.", .money(3499).m("price")),
        MarkedCase("The subscription costs ⟦$20⟧ a month.", .money(20).m("price")),
        MarkedCase("The global AI chip market is expected to reach ⟦$400 billion⟧.", .money(400e9).m("market_size")),
        MarkedCase("Google was fined ⟦€4.3 billion⟧ by the EU.", .money(4.3e9, "EUR").m("fine").s("Google")),
        MarkedCase("Boeing agreed to pay ⟦$2.5 billion⟧ to settle the charges.", .money(2.5e9).m("fine").s("Boeing")),
        MarkedCase("Musk's pay package was worth ⟦$56 billion⟧.", .money(56e9).m("compensation").s("Musk")),
        MarkedCase("The CEO received a salary of ⟦$1.5 million⟧.", .money(1.5e6).m("compensation")),
        MarkedCase("Shares rose ⟦12%⟧ after the report.", .pct(12).m("growth")),
        MarkedCase("Samsung holds ⟦19%⟧ of the market.", .pct(19).m("market_share").s("Samsung")),
        MarkedCase("The retailer shed ⟦2,000⟧ jobs.", .count(2000, "jobs").m("employees")),
        MarkedCase("Oracle issued ⟦$18 billion⟧ of bonds.", .money(18e9).s("Oracle")),
        MarkedCase("Nvidia's market value hit ⟦$3 trillion⟧.", .money(3e12).m("valuation").s("Nvidia")),
        MarkedCase("Disney agreed to buy the studio for ⟦$71.3 billion⟧.", .money(71.3e9).m("price").s("Disney")),
        MarkedCase("Operating expenses were ⟦$14.2 billion⟧.", .money(14.2e9).m("cost")),
        MarkedCase("Capital expenditures reached ⟦$52.9 billion⟧.", .money(52.9e9).m("investment")),
        MarkedCase("Quarterly sales jumped to ⟦$26 billion⟧.", .money(26e9).m("revenue")),
        MarkedCase("The deal gives Anthropic an annualized revenue run rate of ⟦$5 billion⟧.", .money(5e9).m("revenue")),
        MarkedCase("Uber turned a profit of ⟦$1.9 billion⟧.", .money(1.9e9).m("profit").s("Uber")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
