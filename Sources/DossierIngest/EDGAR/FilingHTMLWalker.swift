/// Walks an HTML filing's tree into ``FilingBlock``s in reading order.
///
/// Filings are typeset for print: tables carry the financial statements with
/// `$`, `(` and `)` in cells of their own, bullet lists are two-cell tables,
/// and pages are marked with CSS page breaks or `<hr>`. The walker keeps
/// those structures visible so ``FilingPages`` can clean them. Hidden
/// content (the `ix:header` block, `display:none`) is skipped.
struct FilingHTMLWalker {
    private(set) var blocks: [FilingBlock] = []
    private var inline = ""
    private var tableCount = 0

    static let skipped: Set<String> = ["script", "style", "head", "title", "noscript", "template", "object", "svg"]
    static let blockNames: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "center",
        "section", "article", "body", "html", "address", "header", "footer", "main", "nav", "aside", "figure",
        "figcaption", "caption", "form",
    ]

    static func blocks(of root: Element) -> [FilingBlock] {
        var walker = FilingHTMLWalker()
        walker.walk(root)
        walker.flush()
        return walker.blocks
    }

    private mutating func walk(_ root: Element) {
        enum Step { case enter(Element), exit(block: Bool, breakAfter: Bool), text(String) }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .text(let s):
                inline += s
            case .enter(let e):
                let name = e.plainName
                let style = Self.style(e)
                if Self.skipped.contains(name) || UTF8Search.contains(style, "display:none") || Self.isIXHeader(e) { continue }
                if Self.breaksBefore(style) { flush(); blocks.append(.pageBreak) }
                switch name {
                case "table":
                    flush()
                    table(e)
                    if Self.breaksAfter(style) { blocks.append(.pageBreak) }
                    continue
                case "pre":
                    flush()
                    blocks += PlainFilingText.blocks(e.textContent, tableBase: &tableCount)
                    continue
                case "br":
                    inline += "\n"
                    continue
                case "hr", "page":
                    flush()
                    blocks.append(.pageBreak)
                    continue
                default:
                    break
                }
                let block = Self.blockNames.contains(name)
                if block { flush() }
                stack.append(.exit(block: block, breakAfter: Self.breaksAfter(style)))
                for child in e.children.reversed() {
                    switch child {
                    case .element(let c): stack.append(.enter(c))
                    case .text(let s): stack.append(.text(s))
                    }
                }
            case .exit(let block, let breakAfter):
                if block { flush() }
                if breakAfter { flush(); blocks.append(.pageBreak) }
            }
        }
    }

    /// Ends the current paragraph.
    private mutating func flush() {
        defer { inline = "" }
        let lines = inline.nonEmptyLines().compactMap { TextBuilder.clean($0) }
        guard !lines.isEmpty else { return }
        blocks.append(.paragraph(lines.joined(separator: "\n")))
    }

    // MARK: - Tables

    private mutating func table(_ table: Element) {
        tableCount += 1
        let id = tableCount
        var rows: [[String]] = []
        var stack: [Element] = table.elements.reversed()
        while let e = stack.popLast() {
            if Self.isHidden(e) { continue }
            switch e.plainName {
            case "tr":
                let cells = e.elements.filter { $0.plainName == "td" || $0.plainName == "th" }.map { Self.cellText($0) }
                let merged = Self.mergeCells(cells)
                if !merged.isEmpty { rows.append(merged) }
            case "table":
                continue // a nested table outside any cell: rare; its text is in the cell walk otherwise
            default:
                stack.append(contentsOf: e.elements.reversed())
            }
        }
        // Layout tables (one cell per row) are paragraphs; bullet rows are
        // list items.
        if rows.allSatisfy({ $0.count <= 1 }) {
            for row in rows { blocks.append(.paragraph(row[0])) }
            return
        }
        for row in rows {
            if row.count == 2, Self.isListMarker(row[0]), row[1].split(separator: " ").count >= 6 {
                blocks.append(.paragraph(row[0] + " " + row[1]))
            } else if row.count == 1, row[0].count > 200 {
                blocks.append(.paragraph(row[0]))
            } else {
                blocks.append(.row(row, table: id))
            }
        }
    }

    /// A cell's text on one line: nested blocks and breaks become spaces.
    static func cellText(_ cell: Element) -> String {
        var out = ""
        var stack: [MarkupNode] = cell.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let s): out += s
            case .element(let e):
                if skipped.contains(e.plainName) || isHidden(e) { continue }
                out += blockNames.contains(e.plainName) || e.plainName == "br" || e.plainName == "td" ? " " : ""
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return TextBuilder.clean(out) ?? ""
    }

    /// Joins the cells that print as one value: `$` | `1,234` → `$1,234`,
    /// `(12` | `)` → `(12)`, `4.5` | `%` → `4.5%`; drops empty cells.
    static func mergeCells(_ cells: [String]) -> [String] {
        let opening: Set<String> = ["$", "(", "$(", "($", "€", "£", "¥", "US$", "C$", "A$", "R$", "CHF", "¢"]
        let closing: Set<String> = [")", "%", ")%", "%)", ")*", "*"]
        var merged: [String] = []
        var pendingOpen = ""
        for cell in cells where !cell.isEmpty {
            if opening.contains(cell) { pendingOpen += cell; continue }
            if closing.contains(cell), !merged.isEmpty, pendingOpen.isEmpty {
                merged[merged.count - 1] += cell
                continue
            }
            merged.append(pendingOpen + cell)
            pendingOpen = ""
        }
        if !pendingOpen.isEmpty { merged.append(pendingOpen) }
        return merged
    }

    static func isListMarker(_ s: String) -> Bool {
        if ["•", "·", "◦", "▪", "■", "–", "-", "—", "o", "", "", "Ø", "ü", "§"].contains(s) { return true }
        // (a), (1), (iv), 1., a.
        var core = Substring(s)
        if core.hasPrefix("("), core.hasSuffix(")") { core = core.dropFirst().dropLast() }
        else if core.hasSuffix(".") || core.hasSuffix(")") { core = core.dropLast() }
        else { return false }
        return !core.isEmpty && core.count <= 4 && core.allSatisfy { $0.isNumber || $0.isLetter }
    }

    // MARK: - Styles

    static func style(_ e: Element) -> String {
        guard !e.attributes.isEmpty, let style = e.attributeNamed("style") else { return "" }
        return String(style.lowercased().filter { !$0.isWhitespace })
    }

    static func isHidden(_ e: Element) -> Bool {
        isIXHeader(e) || UTF8Search.contains(style(e), "display:none")
    }

    static func isIXHeader(_ e: Element) -> Bool {
        e.plainName == "header" && InlineXBRL.isIX(e)
    }

    static func breaksBefore(_ style: String) -> Bool {
        !style.isEmpty && UTF8Search.containsAny(style, ["page-break-before:always", "break-before:page"])
    }

    static func breaksAfter(_ style: String) -> Bool {
        !style.isEmpty && UTF8Search.containsAny(style, ["page-break-after:always", "break-after:page"])
    }
}
