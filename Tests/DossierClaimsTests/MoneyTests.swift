import Testing

/// Money in its many written forms: symbols, codes, words, scales, spelled numbers.
@Suite struct MoneyTests {
    static let cases: [MarkedCase] = [
        MarkedCase("The company raised ⟦$10B⟧ last week.", .money(10e9)),
        // A contract's amount written twice is one figure.
        MarkedCase("The Buyer shall pay ⟦$750,000 (seven hundred fifty thousand dollars)⟧ at closing.", .money(750_000)),
        // Currencies named by their country after the number, and the prefixes of Australian and Malaysian papers.
        MarkedCase("The brewer will return ⟦800 million Swiss francs⟧ to shareholders.", .money(800e6, "CHF")),
        MarkedCase("The tower sold for ⟦31 billion Hong Kong dollars⟧.", .money(31e9, "HKD")),
        MarkedCase("Wheat settled at ⟦241.50 U.S. dollars⟧ a tonne.", .money(241.5)),
        MarkedCase("The wind farm cost ⟦6.4 billion Danish crowns⟧.", .money(6.4e9, "DKK")),
        MarkedCase("A phone there costs ⟦5,999 Chinese yuan⟧.", .money(5999, "CNY")),
        MarkedCase("The miner will spend ⟦$US740 million⟧ on the mine.", .money(740e6)),
        MarkedCase("The plant will cost ⟦RM1.8 billion⟧.", .money(1.8e9, "MYR")),
        MarkedCase("Fares rose ⟦20 satang⟧ a trip.", .money(0.2, "THB")),
        MarkedCase("It posted revenue of ⟦$1.5bn⟧.", .money(1.5e9).m("revenue")),
        MarkedCase("Revenue was ⟦$4.2 billion⟧.", .money(4.2e9)),
        MarkedCase("The fund holds ⟦USD34.6 million⟧ in cash.", .money(34.6e6)),
        MarkedCase("A seat costs ⟦USD 200⟧.", .money(200)),
        MarkedCase("Tickets sell for ⟦200 USD⟧ each.", .money(200)),
        MarkedCase("The bonds pay ⟦EUR 500 million⟧.", .money(500e6, "EUR")),
        MarkedCase("The startup raised ⟦$ 75 million⟧.", .money(75e6).m("funding")),
        MarkedCase("Sales reached ⟦€3.2bn⟧ in Germany.", .money(3.2e9, "EUR")),
        MarkedCase("The contract is worth ⟦£450m⟧.", .money(450e6, "GBP")),
        MarkedCase("Toyota set aside ⟦¥1.2 trillion⟧ for the plan.", .money(1.2e12, "JPY")),
        MarkedCase("The mine sold for ⟦A$2.1 billion⟧.", .money(2.1e9, "AUD")),
        MarkedCase("The bid valued the lender at ⟦US$8bn⟧.", .money(8e9)),
        MarkedCase("HSBC paid ⟦HK$1.2bn⟧ for the unit.", .money(1.2e9, "HKD")),
        MarkedCase("Investors lost ⟦two billion dollars⟧.", .money(2e9)),
        MarkedCase("They spent ⟦a hundred million dollars⟧ on ads.", .money(100e6)),
        MarkedCase("The state will borrow ⟦half a billion dollars⟧.", .money(500e6)),
        MarkedCase("The tax raised ⟦5 billion euros⟧ last year.", .money(5e9, "EUR")),
        MarkedCase("Beijing pledged ⟦1 trillion yuan⟧ in support.", .money(1e12, "CNY")),
        MarkedCase("The bill costs ⟦400 crore rupees⟧.", .money(4e9, "INR")),
        MarkedCase("Each share paid ⟦50 cents⟧.", .money(0.5)),
        MarkedCase("A coffee costs ⟦$4.50⟧ now.", .money(4.5)),
        MarkedCase("The firm has ⟦$1,250,000⟧ in the bank.", .money(1_250_000)),
        MarkedCase("Payroll was ⟦$850k⟧ a month.", .money(850_000)),
        MarkedCase("Startups raised ⟦$3.5mn⟧ on average.", .money(3.5e6)),
        MarkedCase("Capex was ⟦$12mm⟧ for the quarter.", .money(12e6)),
        MarkedCase("The buyout is worth ⟦$1.1tn⟧.", .money(1.1e12)),
        MarkedCase("Debt stands at ⟦$2T⟧.", .money(2e12)),
        MarkedCase("It sold ⟦SEK 4 billion⟧ of bonds.", .money(4e9, "SEK")),
        MarkedCase("A ⟦$1.5-billion⟧ deal was signed.", .money(1.5e9)),
        MarkedCase("The chip plant will cost ⟦₹76,000 crore⟧.", .money(7.6e11, "INR")),
        MarkedCase("Net loss was ⟦-$3.2 million⟧.", .money(-3.2e6)),
        MarkedCase("Nvidia is worth ⟦$4.2tn⟧ after the rally.", .money(4.2e12).m("valuation").s("Nvidia")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
