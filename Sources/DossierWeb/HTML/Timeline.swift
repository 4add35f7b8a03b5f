import DossierKit
import Foundation

/// A small chart of a `changed` group's values over time, drawn on the server as inline SVG (no
/// script, no external image). Each claim is placed at the time its figure holds (its period or
/// stated date, as `asOf`), else at its publication: an article of 2025 recalling the 2024 value
/// puts that value in 2024. A range is a bar.
enum Timeline {
    static let width = 640.0, height = 220.0, margin = 64.0

    struct Point {
        var day: Double
        var low: Double
        var high: Double
        var label: String
        var claim: Int64
    }

    static func points(_ entries: [EvidenceEntry]) -> [Point] {
        entries.compactMap { entry in
            guard let day = [entry.stored.asOf, entry.stored.source.published].lazy.compactMap({ $0.flatMap(Self.day) }).first else { return nil }
            let c = entry.claim
            guard let low = c.value ?? c.low, let high = c.value ?? c.high else { return nil }
            return Point(day: Double(day.ordinal), low: low, high: high, label: FigureFormat.describe(c), claim: entry.stored.id)
        }
    }

    /// The first day of an ISO date, month or year (`2025-03-04`, `2025-03`, `2024`).
    static func day(_ text: String) -> CalendarDay? {
        let parts = text.prefix(10).split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        if parts.count >= 3, let day = CalendarDay(iso: String(text.prefix(10))) { return day }
        if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) { return CalendarDay(year: year, month: month, day: 1) }
        return parts.count == 1 ? CalendarDay(year: year, month: 1, day: 1) : nil
    }

    /// An axis label: `61.5B`, `250M`, `12K`, `3.2`.
    static func compact(_ value: Double) -> String {
        for (scale, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")] where abs(value) >= scale {
            return FigureFormat.number((value / scale * 10).rounded() / 10) + suffix
        }
        return FigureFormat.number((value * 100).rounded() / 100)
    }

    /// Nil when fewer than two dated values (nothing to draw).
    static func svg(_ entries: [EvidenceEntry]) -> String? {
        let points = points(entries)
        guard points.count >= 2 else { return nil }
        let firstDay = points.map(\.day).min()!, lastDay = points.map(\.day).max()!
        var bottom = points.map(\.low).min()!, top = points.map(\.high).max()!
        if top == bottom { top += abs(top) * 0.1 + 1; bottom -= abs(bottom) * 0.1 + 1 }
        let span = max(lastDay - firstDay, 1)
        func x(_ day: Double) -> Double { margin + (day - firstDay) / span * (width - 2 * margin) }
        func y(_ value: Double) -> Double { height - margin - (value - bottom) / (top - bottom) * (height - 2 * margin) }
        func f(_ number: Double) -> String { String(format: "%.1f", number) }
        var out = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Values over time\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<line x1=\"\(f(margin))\" y1=\"\(f(height - margin))\" x2=\"\(f(width - margin))\" y2=\"\(f(height - margin))\" stroke=\"#888\"/>"
        out += "<line x1=\"\(f(margin))\" y1=\"\(f(margin))\" x2=\"\(f(margin))\" y2=\"\(f(height - margin))\" stroke=\"#888\"/>"
        let sorted = points.sorted { ($0.day, $0.low) < ($1.day, $1.low) }
        let path = sorted.map { "\(f(x($0.day))),\(f(y(($0.low + $0.high) / 2)))" }.joined(separator: " ")
        out += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"1.5\"/>"
        for point in sorted {
            if point.high > point.low {
                out += "<line x1=\"\(f(x(point.day)))\" y1=\"\(f(y(point.low)))\" x2=\"\(f(x(point.day)))\" y2=\"\(f(y(point.high)))\" stroke=\"#8a5a00\" stroke-width=\"3\"/>"
            }
            out += "<a href=\"#claim-\(point.claim)\"><circle cx=\"\(f(x(point.day)))\" cy=\"\(f(y((point.low + point.high) / 2)))\" r=\"4\" fill=\"#1a5fb4\"><title>\(Markup.escape(point.label))</title></circle></a>"
        }
        let first = sorted.first!, last = sorted.last!
        out += "<text x=\"\(f(margin))\" y=\"\(f(height - margin + 18))\" font-size=\"12\">\(Markup.escape(CalendarDay(ordinal: Int(first.day)).iso))</text>"
        out += "<text x=\"\(f(width - margin))\" y=\"\(f(height - margin + 18))\" font-size=\"12\" text-anchor=\"end\">\(Markup.escape(CalendarDay(ordinal: Int(last.day)).iso))</text>"
        out += "<text x=\"\(f(margin - 4))\" y=\"\(f(margin))\" font-size=\"12\" text-anchor=\"end\">\(Markup.escape(compact(top)))</text>"
        out += "<text x=\"\(f(margin - 4))\" y=\"\(f(height - margin))\" font-size=\"12\" text-anchor=\"end\">\(Markup.escape(compact(bottom)))</text>"
        return out + "</svg>"
    }
}
