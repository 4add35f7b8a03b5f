@testable import DossierClaims
import DossierModel
import Testing

struct CalendarDayTests {
    @Test func ordinalsRoundTripAndWeekdaysAreRight() throws {
        let day = try #require(CalendarDay(iso: "2025-03-14T09:30:00Z"))
        #expect(day == CalendarDay(year: 2025, month: 3, day: 14))
        #expect(day.weekday == 5)  // a Friday
        #expect(CalendarDay(ordinal: day.ordinal) == day)
        #expect(CalendarDay(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(CalendarDay(year: 2024, month: 2, day: 28).adding(days: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(iso: "2025-02-29") == nil)
        #expect(CalendarDay(iso: "2025") == nil)
    }

    @Test func isoWeeksFollowTheThursdayRule() {
        #expect(CalendarDay(year: 2025, month: 1, day: 1).isoWeek == "2025-W01")
        #expect(CalendarDay(year: 2024, month: 12, day: 30).isoWeek == "2025-W01")
        #expect(CalendarDay(year: 2021, month: 1, day: 3).isoWeek == "2020-W53")
    }

    @Test func yearlessDatesGoToTheNearestYear() {
        let december = CalendarDay(year: 2025, month: 12, day: 20)
        #expect(december.nearest(month: 1, day: 9) == CalendarDay(year: 2026, month: 1, day: 9))
        #expect(december.nearest(month: 11, day: 30) == CalendarDay(year: 2025, month: 11, day: 30))
        #expect(december.nearest(month: 2, day: 29) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(december.nearest(month: 2) == "2026-02")
        #expect(december.nearest(month: 7) == "2025-07")
    }

    @Test func relativeTimesResolveAgainstTheDocumentDate() {
        let day = CalendarDay(year: 2025, month: 1, day: 15)
        #expect(PeriodFinder.resolve(unit: "year", shift: -1, from: day) == "2024")
        #expect(PeriodFinder.resolve(unit: "quarter", shift: -1, from: day) == "2024-Q4")
        #expect(PeriodFinder.resolve(unit: "month", shift: 1, from: day) == "2025-02")
        #expect(PeriodFinder.resolve(unit: "month", shift: -1, from: day) == "2024-12")
        #expect(PeriodFinder.resolve(unit: "week", shift: -1, from: day) == "2025-W02")
    }

    /// "a year earlier" moves the sentence's own period back, keeping its grain; a week becomes a year.
    @Test func periodsMoveBackByYears() {
        #expect(PeriodFinder.yearsEarlier("2025-Q3", 1) == "2024-Q3")
        #expect(PeriodFinder.yearsEarlier("2025", 5) == "2020")
        #expect(PeriodFinder.yearsEarlier("2025-04/2025-06", 1) == "2024-04/2024-06")
        #expect(PeriodFinder.yearsEarlier("2026-01-31", 1) == "2025-01-31")
        #expect(PeriodFinder.yearsEarlier("2024-02-29", 1) == "2023-02-28")
        #expect(PeriodFinder.yearsEarlier("2025-W08", 1) == "2024")
        #expect(PeriodFinder.yearsEarlier("soon", 1) == nil)
    }
}

/// A month or day without a year leans the way its word says: "since June" is past, "until June" future.
struct YearlessLeanTests {
    @Test func sinceIsPastAndUntilIsFuture() throws {
        let since = ClaimExtractor().extract(from: "Prices have risen 4% since June.", published: "2025-02-10")
        #expect(since.first { $0.kind == .date }?.date == "2024-06")
        let until = ClaimExtractor().extract(from: "The offer runs until June.", published: "2025-08-10")
        #expect(until.first { $0.kind == .date }?.date == "2026-06")
        let plain = ClaimExtractor().extract(from: "The vote is set for a day in June.", published: "2025-02-10")
        #expect(plain.first { $0.kind == .date }?.date == "2025-06")
    }
}
