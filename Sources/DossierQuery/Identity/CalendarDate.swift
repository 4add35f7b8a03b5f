import DossierModel

/// A date written `YYYY-MM` or `YYYY-MM-DD`, and the arithmetic periods and
/// timelines need (without Foundation's calendars: this runs per claim).
struct CalendarDate: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int?

    init?(_ text: some StringProtocol) {
        let fields = text.split(separator: "-")
        guard fields.count == 2 || fields.count == 3, fields[0].count == 4, let y = Int(fields[0]),
              fields[1].count == 2, let m = Int(fields[1]), (1...12).contains(m) else { return nil }
        year = y
        month = m
        if fields.count == 3 {
            guard fields[2].count == 2, let d = Int(fields[2]), (1...31).contains(d) else { return nil }
            day = d
        }
    }

    /// Days since 1970-01-01.
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CalendarDay(year: year, month: month, day: day).ordinal
    }
}
