import Testing

/// Durations: numbers with time units, hyphenated adjectives, spelled-out and "a decade".
@Suite struct DurationTests {
    static let cases: [MarkedCase] = [
        MarkedCase("The build takes ⟦18 months⟧.", .dur(18, "month").m("time")),
        // A contract's number in words and in figures is one duration.
        MarkedCase("The notice period is ⟦forty-five (45) business days⟧.", .dur(45, "day")),
        MarkedCase("The lease runs for ⟦fifteen (15) years⟧.", .dur(15, "year")),
        MarkedCase("The review lasted ⟦two years⟧.", .dur(2, "year")),
        MarkedCase("It has been ⟦a decade⟧ since the launch.", .dur(10, "year")),
        MarkedCase("They signed an ⟦18-month⟧ lease.", .dur(18, "month")),
        MarkedCase("A ⟦five-year⟧ plan was approved.", .dur(5, "year")),
        MarkedCase("Approval usually takes ⟦90 days⟧.", .dur(90, "day")),
        MarkedCase("The outage lasted ⟦36 hours⟧.", .dur(36, "hour")),
        MarkedCase("Delivery takes ⟦ten business days⟧.", .dur(10, "day")),
        MarkedCase("The launch slipped by ⟦three weeks⟧.", .dur(3, "week")),
        MarkedCase("Checkout now takes ⟦45 seconds⟧.", .dur(45, "second")),
        MarkedCase("The loan runs for ⟦two quarters⟧.", .dur(2, "quarter")),
        MarkedCase("The site will be built over ⟦three years⟧.", .dur(3, "year")),
        MarkedCase("Results will follow within ⟦18 months⟧.", .dur(18, "month").q(.atMost)),
        MarkedCase("Building the plant will take about ⟦two years⟧.",
                       .dur(2, "year").q(.approximate).s("Building the plant")),
        MarkedCase("The review could take up to ⟦six months⟧.",
                       .dur(6, "month").q(.atMost).s("review")),
        MarkedCase("Sales rose ⟦5%⟧ from a year earlier.", .pct(5)),
        MarkedCase("The 42-year-old founder left."),
        MarkedCase("She is 61 years old."),
        MarkedCase("Twice a year the board meets."),
        MarkedCase("Prices were flat year-over-year."),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }
}
