import Foundation
import DossierKit

/// Renders rows as the chosen format. Every reading command goes through here,
/// so JSON is always pretty and sorted, CSV always RFC 4180, tables always aligned.
enum Renderer {
    static func json<T: Encodable>(_ value: T) -> String { ArchiveJSON.pretty(value) }

    static func jsonLine<T: Encodable>(_ value: T) -> String { ArchiveJSON.line(value) }

    /// One CSV record, quoted where needed (RFC 4180).
    static func csvRecord(_ fields: [String]) -> String {
        fields.map { field in
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }

    static func csv(headers: [String], rows: [[String]]) -> String {
        ([csvRecord(headers)] + rows.map(csvRecord)).joined(separator: "\n")
    }

    /// An aligned text table. Columns but the last are cut at `maxWidth`; the last (the evidence,
    /// a sentence) takes the rest of the terminal's width, or is whole when not on a terminal. Cells
    /// are measured and cut as the terminal shows them (see `TableCell`).
    static func table(headers: [String], rows: [[String]], maxWidth: Int = 60, totalWidth: Int? = Terminal.width) -> String {
        guard !headers.isEmpty else { return "" }
        let clean = rows.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } }
        var widths = headers.map(TableCell.width)
        let last = widths.count - 1
        for row in clean {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], i == last ? TableCell.width(cell) : min(TableCell.width(cell), maxWidth))
            }
        }
        if let total = totalWidth {
            let fixed = widths.dropLast().reduce(0, +) + 2 * last
            widths[last] = max(10, min(widths[last], total - fixed))
        }
        func line(_ cells: [String], header: Bool) -> String {
            var parts: [String] = []
            for (i, width) in widths.enumerated() {
                let cell = TableCell.clip(i < cells.count ? cells[i] : "", to: width)
                parts.append(i == last ? cell : TableCell.pad(cell, to: width))
            }
            let text = parts.joined(separator: "  ")
            return header ? Terminal.styled(text, .bold) : text
        }
        var out = [line(headers, header: true)]
        out.append(contentsOf: clean.map { line($0, header: false) })
        return out.joined(separator: "\n")
    }
}
