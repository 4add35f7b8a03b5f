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
