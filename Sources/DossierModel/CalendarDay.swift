/// A day of the proleptic Gregorian calendar, for resolving "last year",
/// "on Tuesday" and "Jan. 9" against a document's date without Foundation's
/// calendars (whose results depend on the machine's time zone and locale).
public struct CalendarDay: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Reads `YYYY-MM-DD` at the start of an ISO date or timestamp (`2025-03-14T09:30:00Z`).
    public init?(iso: String) {
        let b = Array(iso.utf8.prefix(10))
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard b[i] >= 48 && b[i] <= 57 else { return nil }; n = n * 10 + Int(b[i] - 48) }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= CalendarDay.days(inMonth: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The ISO 8601 week, `2025-W07`.
    public var isoWeek: String {
        // The week's Thursday decides its year.
        let thursday = adding(days: 4 - weekday)
        let first = CalendarDay(year: thursday.year, month: 1, day: 1)
        let week = (thursday.ordinal - first.ordinal) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    public var iso: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
    public var quarter: Int { (month - 1) / 3 + 1 }

    public static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    public static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A month and day without a year (`--03-05`), placed in the year that puts it nearest to `self`.
    public func nearest(month: Int, day: Int) -> CalendarDay? {
        var best: CalendarDay?
        for y in (year - 1)...(year + 1) where day <= CalendarDay.days(inMonth: month, year: y) {
            let c = CalendarDay(year: y, month: month, day: day)
            if best.map({ abs(c.ordinal - ordinal) < abs($0.ordinal - ordinal) }) ?? true { best = c }
        }
        return best
    }

    /// A month and day in a given year, when the day exists there.
    public func nearest(month: Int, day: Int, inYear y: Int) -> CalendarDay? {
        day <= CalendarDay.days(inMonth: month, year: y) ? CalendarDay(year: y, month: month, day: day) : nil
    }

    /// A quarter (`of: 4`) or half (`of: 2`) without a year, placed in the year whose period's middle
    /// is nearest: `2025-Q3`, `2026-H1`.
    public func nearest(part n: Int, of parts: Int) -> String {
        let months = 12 / parts
        let here = year * 12 + (month - 1)
        let middle = { (y: Int) in y * 12 + (n - 1) * months + months / 2 }
        let y = [year - 1, year, year + 1].min { abs(middle($0) - here) < abs(middle($1) - here) }!
        return "\(y)-\(parts == 4 ? "Q" : "H")\(n)"
    }

    /// A month without a year ("in August"), placed in the nearest year.
    public func nearest(month: Int) -> String {
        let here = year * 12 + self.month
        let y = [year - 1, year, year + 1].min { abs($0 * 12 + month - here) < abs($1 * 12 + month - here) }!
        return "\(y)-\(Self.pad(month))"
    }
}
