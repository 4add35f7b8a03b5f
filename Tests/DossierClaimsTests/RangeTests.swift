import Testing

/// Ranges carry low and high and no value.
@Suite struct RangeTests {
    static let cases: [MarkedCase] = [
        MarkedCase("Each site costs ⟦$1M-10M⟧.", .money(1e6, 10e6)),
        MarkedCase("It costs ⟦$1 million to $10 million⟧.", .money(1e6, 10e6)),
        MarkedCase("The plan costs between ⟦$5 million and $8 million⟧.", .money(5e6, 8e6)),
        MarkedCase("Estimates put it at ⟦0.1% to 1%⟧ of that cost.", .pct(0.1, 1).a("estimates")),
        MarkedCase("Approval takes ⟦6-12 months⟧.", .dur(6, 12, "month")),
        MarkedCase("Repairs take ⟦2–4 months⟧.", .dur(2, 4, "month")),
        MarkedCase("Prices rise ⟦5-10%⟧ a year.", .pct(5, 10)),
        MarkedCase("Fees run ⟦5 to 10 percent⟧.", .pct(5, 10)),
        MarkedCase("The fine could reach ⟦$5-8 billion⟧.", .money(5e9, 8e9).m("fine")),
        MarkedCase("It would take ⟦two to three years⟧.", .dur(2, 3, "year")),
        MarkedCase("It took ⟦two or three weeks⟧.", .dur(2, 3, "week")),
        MarkedCase("Chips are ⟦2-3x⟧ faster.", .mult(2, 3)),
        MarkedCase("The firm employs between ⟦500 and 700⟧ people.", .count(500, 700, "people")),
        MarkedCase("Deals range from ⟦$500,000 to $2 million⟧.", .money(500_000, 2e6)),
        MarkedCase("Revenue rose from ⟦$5m⟧ to ⟦$8m⟧.", .money(5e6).m("revenue"), .money(8e6).m("revenue")),
        MarkedCase("Its share rose ⟦3 percentage points⟧ to ⟦42%⟧.", .pct(3), .pct(42)),
        MarkedCase("Budgets of ⟦€2bn–€3bn⟧ are typical.", .money(2e9, 3e9, "EUR")),
        MarkedCase("The delay was ⟦18 months⟧ to ⟦two years⟧ in most cases.", .dur(18, "month"), .dur(2, "year")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
