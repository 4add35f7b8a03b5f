import Testing

/// Dates and periods as ISO 8601, possibly partial.
@Suite struct DateTests {
    static let cases: [MarkedCase] = [
        MarkedCase("The plant opens in ⟦2026⟧.", .date("2026")),
        // May has no abbreviation: its full stop ends the sentence.
        MarkedCase("Factory output fell ⟦0.3%⟧ in ⟦May⟧.", .pct(0.3), .date("--05")),
        MarkedCase("Sales peaked in ⟦March 2025⟧.", .date("2025-03")),
        MarkedCase("The deal closed on ⟦March 5, 2025⟧.", .date("2025-03-05")),
        MarkedCase("It was signed on ⟦5 March 2025⟧.", .date("2025-03-05")),
        MarkedCase("Deliveries start in ⟦Q3 2025⟧.", .date("2025-Q3")),
        MarkedCase("Results for ⟦fiscal 2024⟧ were strong.", .date("2024")),
        MarkedCase("Growth slowed in the ⟦first half of 2025⟧.", .date("2025-H1")),
        MarkedCase("Profit rose in the ⟦third quarter of 2024⟧.", .date("2024-Q3")),
        MarkedCase("Guidance for ⟦FY2025⟧ was raised.", .date("2025")),
        MarkedCase("Margins fell in ⟦FY24⟧.", .date("2024")),
        MarkedCase("Revenue in ⟦H1 2025⟧ doubled.", .date("2025-H1")),
        MarkedCase("The ⟦2024-25⟧ season was short.", .date("2024/2025")),
        MarkedCase("Filed on ⟦2025-03-14⟧.", .date("2025-03-14")),
        MarkedCase("Due by mid-⟦2026⟧.", .date("2026").q(.approximate)),
        MarkedCase("Prices rose in the ⟦1990s⟧.", .date("199")),
        MarkedCase("The rule took effect ⟦Jan. 1, 2024⟧.", .date("2024-01-01")),
        MarkedCase("The chips ship before ⟦2027⟧.", .date("2027").q(.lessThan)),
        MarkedCase("We expect results in ⟦3Q25⟧.", .date("2025-Q3")),
        MarkedCase("Net income for ⟦fiscal year 2023⟧ fell.", .date("2023")),
        MarkedCase("The meeting was held on ⟦May 7⟧.", .date("--05-07")),
        MarkedCase("The firm may hire more."),
        MarkedCase("Protesters march on the capital."),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
