import Testing

/// Percentages, percentage points and basis points, all in percentage points.
@Suite struct PercentTests {
    static let cases: [MarkedCase] = [
        MarkedCase("Margins widened to ⟦12%⟧.", .pct(12)),
        MarkedCase("Inflation was ⟦3.4 percent⟧ in ⟦May⟧.", .pct(3.4), .date("--05")),
        MarkedCase("Unemployment hit ⟦4.1 per cent⟧.", .pct(4.1)),
        MarkedCase("The rate fell ⟦0.5 percentage points⟧.", .pct(0.5)),
        MarkedCase("The Fed cut by ⟦25 basis points⟧.", .pct(0.25)),
        MarkedCase("Spreads narrowed ⟦40bps⟧.", .pct(0.4)),
        MarkedCase("Yields rose ⟦15 bp⟧ on the day.", .pct(0.15)),
        MarkedCase("Only ⟦0.1%⟧ of users pay.", .pct(0.1)),
        MarkedCase("Sales fell ⟦-2.5%⟧.", .pct(-2.5)),
        MarkedCase("The stock gained ⟦7 pct⟧.", .pct(7)),
        MarkedCase("Turnout was ⟦62 %⟧.", .pct(62)),
        MarkedCase("It owns a ⟦10%⟧ stake in the firm.", .pct(10)),
        MarkedCase("Growth slowed by ⟦1.2 percentage-points⟧.", .pct(1.2)),
        MarkedCase("Revenue grew ⟦38%⟧ year over year.", .pct(38).m("growth")),
        MarkedCase("Apple's market share reached ⟦23%⟧.", .pct(23).m("share").s("Apple")),
        MarkedCase("Gross margin was ⟦46.2%⟧ in the quarter.", .pct(46.2)),
        MarkedCase("A ⟦25%⟧ tariff on steel takes effect.", .pct(25)),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
