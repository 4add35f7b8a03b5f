import DossierKit
import DossierModel
import Testing

/// `--since` and `--until` take what people type.
@Suite struct DateBoundTests {
    static let today = CalendarDay(year: 2026, month: 3, day: 31)

    @Test(arguments: [
        ("2019", "2019"), ("2019-11", "2019-11"), ("2019-11-05", "2019-11-05"), ("today", "2026-03-31"),
        ("Yesterday", "2026-03-30"), ("last week", "2026-03-24"), ("last month", "2026-02-28"), ("last year", "2025-03-31"),
        ("3 days ago", "2026-03-28"), ("2 weeks ago", "2026-03-17"), ("1 month ago", "2026-02-28"), ("13 months ago", "2025-02-28"),
        ("2 years ago", "2024-03-31"),
    ])
    func acceptedForms(text: String, value: String) {
        #expect(DateBound(text, today: Self.today)?.value == value)
    }

    @Test(arguments: ["March", "2019-13", "2019-1", "19-11-05", "last decade", "three days ago", "-2 days ago", ""])
    func refusedForms(text: String) {
        #expect(DateBound(text, today: Self.today) == nil)
    }
}

/// A person's corrected value, as typed on the command line or in the web form.
@Suite struct CorrectedValueTests {
    @Test(arguments: [
        ("25M", 25e6, nil), ("$1.5bn", 1.5e9, nil), ("1M-10M", 1e6, 10e6), ("1-10M", 1e6, 10e6), ("$1-$2M", 1e6, 2e6),
        ("10-1M", 1e6, 10e6), ("2..4", 2, 4), ("2 to 4", 2, 4), ("-5", -5, nil),
    ] as [(String, Double, Double?)])
    func readsValuesAndRanges(text: String, low: Double, high: Double?) throws {
        let value = try #require(CorrectedValue(text))
        #expect(value.low == low)
        #expect(value.high == high)
    }

    @Test(arguments: ["lots", "", "M-"])
    func refusesWhatIsNotAFigure(text: String) {
        #expect(CorrectedValue(text) == nil)
    }
}
