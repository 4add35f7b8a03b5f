/// Reads plain-text filings (pre-2001 filings, `<PRE>` blocks) into
/// ``FilingBlock``s.
///
/// Such filings are typed for a line printer: prose is wrapped at ~70
/// columns, tables are aligned with runs of spaces or dot leaders, headings
/// are centred, `<PAGE>` or a form feed separates pages and the SGML table
/// tags `<TABLE> <CAPTION> <S> <C>` mark the columns.
enum PlainFilingText {
    /// SGML markup found inside old text filings; stripped wherever it stands.
    private static let sgmlTags: [String] = [
        "<PRE>", "</PRE>", "<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>", "<C>", "<FN>", "</FN>", "<F1>",
        "<F2>", "<F3>", "<F4>", "<F5>", "</F1>", "</F2>", "</F3>", "</F4>", "</F5>", "<R>", "</R>",
    ]

    static func blocks(_ raw: String, tableBase: inout Int) -> [FilingBlock] {
        var blocks: [FilingBlock] = []
        var paragraph: [String] = []
        var inTable = false
        func flush() {
            if let text = TextBuilder.clean(paragraph.joined(separator: " ")) { blocks.append(.paragraph(text)) }
            paragraph = []
        }
        let normalized = unifiedLineEnds(raw)
        for rawLine in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            if line.contains("\u{0C}") {
                flush(); inTable = false
                blocks.append(.pageBreak)
                line = String(line.filter { $0 != "\u{0C}" })
            }
            let upper = line.trimmingSpaces().uppercased()
            if upper == "<PAGE>" || upper.hasPrefix("<PAGE>") {
                flush(); inTable = false
                blocks.append(.pageBreak)
                continue
            }
            let hadText = !line.trimmingSpaces().isEmpty
            line = stripTags(line)
            let trimmed = line.trimmingSpaces()
            // A line of SGML table tags only (`<S>  <C>`) is not a paragraph break.
            if trimmed.isEmpty, hadText { continue }
            if trimmed.isEmpty { flush(); inTable = false; continue }
            // Rules under headings and around tables.
            if trimmed.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "_" || $0 == " " }) { continue }
            let cells = tableCells(line)
            if cells.count >= 2 {
                flush()
                if !inTable { tableBase += 1; inTable = true }
                blocks.append(.row(FilingHTMLWalker.mergeCells(cells), table: tableBase))
                continue
            }
            inTable = false
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            // Centred headings and short indented lines stand alone.
            if indent >= 10, trimmed.count < 80 {
                flush()
                blocks.append(.paragraph(trimmed))
                continue
            }
            paragraph.append(trimmed)
        }
        flush()
        return blocks
    }

    private static func stripTags(_ line: String) -> String {
        guard line.contains("<") else { return line }
        let chars = Array(line)
        var out = ""
        var i = 0
        outer: while i < chars.count {
            if chars[i] == "<" {
                for tag in sgmlTags where i + tag.count <= chars.count {
                    if String(chars[i..<(i + tag.count)]).uppercased() == tag {
                        // Keep the column alignment: the tag becomes spaces.
                        out += String(repeating: " ", count: tag.count)
                        i += tag.count
                        continue outer
                    }
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The cells of a line laid out as a table row: text runs separated by
    /// three or more spaces, a tab, or dot leaders. A single run is prose.
    static func tableCells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        var dots = 0
        func endCell() {
            if let cell = TextBuilder.clean(current) { cells.append(cell) }
            current = ""
        }
        for ch in line {
            if ch == "\t" { endCell(); spaces = 0; dots = 0; continue }
            if ch == " " {
                spaces += 1
                if spaces == 3 { endCell() } else if spaces < 3 { current.append(ch) }
                continue
            }
            if ch == "." {
                dots += 1
                if dots >= 4 {
                    // A leader: drop the dots typed so far and end the cell.
                    while current.hasSuffix(".") || current.hasSuffix(" ") { current.removeLast() }
                    endCell()
                    spaces = 0
                    continue
                }
                if spaces >= 3 { spaces = 0 } else { spaces = 0 }
                current.append(ch)
                continue
            }
            dots = 0
            spaces = 0
            current.append(ch)
        }
        endCell()
        return cells
    }

    /// `\r\n` and lone `\r` as `\n`.
    static func unifiedLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" { out.append("\n"); previousCR = true; continue }
            if scalar == "\n", previousCR { previousCR = false; continue }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
