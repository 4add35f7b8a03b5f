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
        MarkedCase("Samsung holds ⟦19%⟧ of the market.", .pct(19).m("share").s("Samsung")),
        MarkedCase("The retailer shed ⟦2,000⟧ jobs.", .count(2000, "jobs").m("employees")),
        MarkedCase("Oracle issued ⟦$18 billion⟧ of bonds.", .money(18e9).s("Oracle")),
        MarkedCase("Nvidia's market value hit ⟦$3 trillion⟧.", .money(3e12).m("valuation").s("Nvidia")),
        MarkedCase("Disney agreed to buy the studio for ⟦$71.3 billion⟧.", .money(71.3e9).m("price").s("Disney")),
        MarkedCase("Operating expenses were ⟦$14.2 billion⟧.", .money(14.2e9).m("cost")),
        MarkedCase("Capital expenditures reached ⟦$52.9 billion⟧.", .money(52.9e9).m("investment")),
        MarkedCase("Quarterly sales jumped to ⟦$26 billion⟧.", .money(26e9).m("revenue")),
        MarkedCase("The deal gives Anthropic an annualized revenue run rate of ⟦$5 billion⟧.", .money(5e9).m("revenue")),
        MarkedCase("Uber turned a profit of ⟦$1.9 billion⟧.", .money(1.9e9).m("profit").s("Uber")),
        // The word governing the figure decides over other cues of the sentence.
        MarkedCase("Kestrel was valued at ⟦$4 billion⟧ in a funding round led by Accel.", .money(4e9).m("valuation").s("Kestrel")),
        MarkedCase("Investors led by Thrive value Halcyon north of ⟦$30 billion⟧.", .money(30e9).q(.moreThan).m("valuation")),
        MarkedCase("Orbital raised ⟦$200 million⟧ at a valuation of ⟦$2 billion⟧.",
                       .money(200e6).m("funding").s("Orbital"), .money(2e9).m("valuation")),
        MarkedCase("Cost of revenue rose to ⟦$8.1 billion⟧, while revenue was ⟦$20 billion⟧.",
                       .money(8.1e9).m("cost"), .money(20e9).m("revenue")),
        MarkedCase("Regulators imposed a penalty of ⟦$90 million⟧ on the airline.", .money(90e6).m("fine")),
        MarkedCase("The bank will settle the case for ⟦$75 million⟧.", .money(75e6).m("fine")),
        MarkedCase("Her total pay package came to ⟦$24 million⟧ last year.", .money(24e6).m("compensation")),
        MarkedCase("The market for humanoid robots could be worth ⟦$38 billion⟧.", .money(38e9).m("market_size")),
        MarkedCase("Sony controls ⟦54%⟧ of the market for image sensors.", .pct(54).m("share").s("Sony")),
        MarkedCase("Subscriptions grew ⟦17%⟧ in the quarter.", .pct(17).m("growth")),
        MarkedCase("The lender paid ⟦$1.2 billion⟧ in dividends.", .money(1.2e9)),
        MarkedCase("It will cut its workforce by ⟦6%⟧.", .pct(6).m("employees")),
        MarkedCase("The central bank raised rates by ⟦25 basis points⟧.", .pct(0.25)),
        MarkedCase("Patients lost ⟦12%⟧ of their body weight.", .pct(12)),
        MarkedCase("Revenue was ⟦$9 billion⟧, up from ⟦$7 billion⟧ a year earlier.", .money(9e9).m("revenue"), .money(7e9).m("revenue")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
