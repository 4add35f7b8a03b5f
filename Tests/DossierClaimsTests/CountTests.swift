import Testing

/// Counts with their counted noun (singularised) and multiples.
@Suite struct CountTests {
    static let cases: [MarkedCase] = [
        MarkedCase("The company has ⟦1,200⟧ employees.", .count(1200, "employees").m("employees")),
        // Index points are a quantity (an index's move); a poll's few points are not read as one.
        MarkedCase("The Dow fell ⟦612⟧ points on Friday.", ExpectedFigure(kind: .quantity, value: 612, unit: "point", metric: "index")),
        MarkedCase("The FTSE 100 added ⟦38.24⟧ points.", ExpectedFigure(kind: .quantity, value: 38.24, unit: "point", metric: "index")),
        MarkedCase("Her lead widened by ⟦three⟧ points.", .count(3, "points").m("count")),
        MarkedCase("The app has ⟦3 million⟧ users.", .count(3e6, "users").m("users")),
        MarkedCase("The model was queried ⟦100,000 times⟧ a day.", .count(100_000, "times")),
        MarkedCase("Amazon will hire ⟦10,000⟧ full-time workers.", .count(10_000, "workers").m("employees")),
        MarkedCase("It shipped ⟦3.76 million⟧ H100 GPUs.", .count(3.76e6, "H100 GPUs")),
        MarkedCase("Meta cut ⟦11,000⟧ jobs in ⟦2022⟧.", .count(11_000, "jobs").m("employees"), .date("2022")),
        MarkedCase("There are ⟦500⟧ companies on the list.", .count(500, "companies")),
        MarkedCase("⟦Three⟧ executives resigned.", .count(3, "executives")),
        MarkedCase("The region lost ⟦two million⟧ people.", .count(2e6, "people")),
        MarkedCase("About ⟦40⟧ children were hurt.", .count(40, "children").q(.approximate)),
        MarkedCase("Netflix added ⟦9.3m⟧ subscribers.", .count(9.3e6, "subscribers").m("users")),
        MarkedCase("The index closed at ⟦4,512⟧.", .count(4512)),
        MarkedCase("The company issued ⟦2.5 million⟧ shares.", .count(2.5e6, "shares").m("shares")),
        MarkedCase("Output was ⟦10x⟧ higher.", .mult(10)),
        MarkedCase("The new chip is ⟦three times⟧ faster.", .mult(3)),
        MarkedCase("Demand grew ⟦tenfold⟧.", .mult(10)),
        MarkedCase("Revenue rose ⟦2.5x⟧ in ⟦two years⟧.", .mult(2.5).m("growth"), .dur(2, "year")),
        MarkedCase("Costs are ⟦4×⟧ what they were.", .mult(4)),
        MarkedCase("Output rose ⟦threefold⟧.", .mult(3)),
        MarkedCase("Storage is ⟦100 times⟧ cheaper.", .mult(100).m("cost")),
        MarkedCase("One of the founders left."),
        MarkedCase("Two people familiar with the matter confirmed it."),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}

