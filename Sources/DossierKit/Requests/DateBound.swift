import Foundation
public import DossierModel

/// A date bound for `--since`/`--until` (and the web filters), as people type it: `2025`, `2025-03`,
/// `2025-03-14`, or relative to today: `today`, `yesterday`, `last week`, `last month`, `last year`,
/// `3 days ago`, `2 weeks ago`, `6 months ago`, `1 year ago`.
public struct DateBound: Sendable, Equatable {
    /// An ISO date or its prefix (a relative bound becomes the day it names).
    public var value: String

    /// The forms accepted, for help texts and error messages.
    public static let accepted = "YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, last week|month|year, N days|weeks|months|years ago"

    public init?(argument: String) {
        self.init(argument, today: Self.today())
    }

    public init?(_ text: String, today: CalendarDay) {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let absolute = Self.absolute(typed) {
            value = absolute
        } else if let day = Self.relative(typed, today: today) {
            value = day.iso
        } else {
            return nil
        }
    }

    public static var defaultValueDescription: String { "date" }

    static func absolute(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil } }
        if parts.count == 3 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil } }
        return text
    }

    static func relative(_ text: String, today: CalendarDay) -> CalendarDay? {
        switch text {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        case "last week": return today.adding(days: -7)
        case "last month": return months(1, before: today)
        case "last year": return months(12, before: today)
        default: break
        }
        let words = text.split(separator: " ")
        guard words.count == 3, words[2] == "ago", let count = Int(words[0]), (0...10_000).contains(count) else { return nil }
        switch words[1] {
        case "day", "days": return today.adding(days: -count)
        case "week", "weeks": return today.adding(days: -7 * count)
        case "month", "months": return months(count, before: today)
        case "year", "years": return months(12 * count, before: today)
        default: return nil
        }
    }

    /// The same day `count` months earlier, or that month's last day when it is shorter (31 March → 28/29 February).
    static func months(_ count: Int, before day: CalendarDay) -> CalendarDay {
        let index = day.year * 12 + (day.month - 1) - count
        let year = index / 12, month = index % 12 + 1
        let first = CalendarDay(year: year, month: month, day: 1).ordinal
        let next = CalendarDay(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1).ordinal
        return CalendarDay(year: year, month: month, day: min(day.day, next - first))
    }

    /// Today in UTC, as archive dates are stored.
    static func today() -> CalendarDay {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDay(ordinal: CalendarDay(year: 1970, month: 1, day: 1).ordinal + days)
    }
}
