import Testing

/// How the text bounds a figure.
@Suite struct QualifierTests {
    static let cases: [MarkedCase] = [
        MarkedCase("It cost roughly ⟦$100 million⟧.", .money(100e6).q(.approximate)),
        MarkedCase("It cost about ⟦$5m⟧.", .money(5e6).q(.approximate)),
        MarkedCase("Around ⟦300⟧ staff left.", .count(300, "staff").q(.approximate)),
        MarkedCase("Some ⟦40%⟧ of sales come from China.", .pct(40).q(.approximate)),
        MarkedCase("Nearly ⟦$2bn⟧ was lost.", .money(2e9).q(.approximate)),
        MarkedCase("Almost ⟦half a million⟧ users signed up.", .count(500_000, "users").q(.approximate)),
        MarkedCase("It spent ⟦~$5m⟧ on ads.", .money(5e6).q(.approximate)),
        MarkedCase("An estimated ⟦$3bn⟧ was spent.", .money(3e9).q(.approximate)),
        MarkedCase("It will cost at least ⟦$1bn⟧.", .money(1e9).q(.atLeast)),
        MarkedCase("Revenue topped more than ⟦$50 billion⟧.", .money(50e9).q(.moreThan)),
        MarkedCase("The stake is worth north of ⟦$30bn⟧.", .money(30e9).q(.moreThan)),
        MarkedCase("They invested upwards of ⟦$500m⟧.", .money(500e6).q(.moreThan)),
        MarkedCase("Over ⟦1,000⟧ employees signed.", .count(1000, "employees").q(.moreThan)),
        MarkedCase("Startups with ⟦$100M+⟧ in revenue are rare.", .money(100e6).q(.atLeast)),
        MarkedCase("The fine could be up to ⟦€20 million⟧.", .money(20e6, "EUR").q(.atMost).m("fine")),
        MarkedCase("Damages could run as much as ⟦$1.6bn⟧.", .money(1.6e9).q(.atMost)),
        MarkedCase("Prices stayed under ⟦$10⟧.", .money(10).q(.lessThan)),
        MarkedCase("Less than ⟦5%⟧ of users pay.", .pct(5).q(.lessThan)),
        MarkedCase("Growth fell below ⟦2%⟧.", .pct(2).q(.lessThan)),
        MarkedCase("Fewer than ⟦200⟧ firms applied.", .count(200, "firms").q(.lessThan)),
        MarkedCase("The fund has ⟦$5 billion⟧ or more.", .money(5e9).q(.atLeast)),
        MarkedCase("It took ⟦10 years⟧ or so.", .dur(10, "year").q(.approximate)),
        MarkedCase("Close to ⟦$1tn⟧ was wiped off.", .money(1e12).q(.approximate)),
        MarkedCase("It earns in excess of ⟦$2m⟧ a year.", .money(2e6).q(.moreThan)),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
