/// One unit of a filing's text, before page furniture is removed.
enum FilingBlock: Equatable, Sendable {
    /// A paragraph; `\n` inside marks a line break.
    case paragraph(String)
    /// A table row: its non-empty cells, and which table it belongs to.
    case row([String], table: Int)
    /// A page boundary (`page-break-before/after`, `<hr>`, `<PAGE>`, form feed).
    case pageBreak
}
