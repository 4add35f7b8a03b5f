/// Drops what printed pages add to a filing and a reader does not want: page
/// numbers, running headers and footers repeated on every page, and the page
/// column of the table of contents. Then renders the blocks as text, one
/// table row per line with cells separated by ` | `.
enum FilingPages {
    static func clean(_ blocks: [FilingBlock]) -> [FilingBlock] {
        var pages: [[FilingBlock]] = [[]]
        for block in blocks {
            if block == .pageBreak { if !(pages.last?.isEmpty ?? true) { pages.append([]) } } else { pages[pages.count - 1].append(block) }
        }
        if pages.last?.isEmpty == true, pages.count > 1 { pages.removeLast() }
        let paged = pages.count > 1
        var rowsPerTable: [Int: Int] = [:]
        for case .row(_, let table) in blocks { rowsPerTable[table, default: 0] += 1 }
        let repeated = paged ? repeatedEdges(pages, rowsPerTable: rowsPerTable) : []
        var seenRepeated = Set<String>()
        var out: [FilingBlock] = []
        for page in pages {
            let edges = edgeIndices(page, rowsPerTable: rowsPerTable)
            for (index, block) in page.enumerated() {
                // A one-row table at a page edge (a footer laid out in cells)
                // goes when it repeats; other rows always stay.
                if case .row(let cells, let table) = block {
                    if edges.contains(index), rowsPerTable[table] == 1, !repeated.isEmpty,
                       repeated.contains(edgeKey(cells.joined(separator: " | "))) { continue }
                    out.append(block)
                    continue
                }
                guard case .paragraph(let raw) = block else { out.append(block); continue }
                let text = ContentsLeader.strip(raw)
                if text != raw { out.append(.paragraph(text)); continue }
                let atEdge = edges.contains(index)
                if PageNumber.matches(text, strict: !atEdge || !paged) { continue }
                if atEdge, !repeated.isEmpty, repeated.contains(edgeKey(text)) {
                    // Keep a running header's first appearance when it heads a
                    // table (the "Table of Contents" title above the contents).
                    let headsTable: Bool = { if index + 1 < page.count, case .row = page[index + 1] { true } else { false } }()
                    if !(headsTable && seenRepeated.insert(edgeKey(text)).inserted) { continue }
                }
                out.append(block)
            }
        }
        return dropContentsPageNumbers(out)
    }

    /// The first two and last three paragraphs (or one-row tables) of a
    /// page: where running headers, footers and page numbers sit.
    private static func edgeIndices(_ page: [FilingBlock], rowsPerTable: [Int: Int]) -> Set<Int> {
        let candidates = page.indices.filter {
            switch page[$0] {
            case .paragraph: return true
            case .row(_, let table): return rowsPerTable[table] == 1
            case .pageBreak: return false
            }
        }
        return Set(candidates.prefix(2) + candidates.suffix(3))
    }

    /// Edge paragraphs that recur on at least three pages.
    private static func repeatedEdges(_ pages: [[FilingBlock]], rowsPerTable: [Int: Int]) -> Set<String> {
        var counts: [String: Int] = [:]
        for page in pages {
            var keys = Set<String>()
            for index in edgeIndices(page, rowsPerTable: rowsPerTable) {
                switch page[index] {
                case .paragraph(let text) where text.hasAtMost(160): keys.insert(edgeKey(text))
                case .row(let cells, _):
                    let text = cells.joined(separator: " | ")
                    if text.hasAtMost(160) { keys.insert(edgeKey(text)) }
                default: break
                }
            }
            for key in keys { counts[key, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// Lowercased, digits folded to `#` and a page reference at either end
    /// dropped, so "Page 3", "Page 4" and "… | 17", "… | F-2" match.
    static func edgeKey(_ raw: String) -> String {
        var words = raw.split(whereSeparator: { $0 == " " || $0 == "\n" })
        if words.count > 1, let last = words.last, PageNumber.matches(String(last), strict: false) { words.removeLast() }
        if words.count > 1, let first = words.first, PageNumber.matches(String(first), strict: false) { words.removeFirst() }
        let text = words.joined(separator: " ")
        if let key = asciiEdgeKey(text) { return key }
        var out = ""
        var lastHash = false
        for ch in text.lowercased() {
            if ch.isNumber { if !lastHash { out.append("#") }; lastHash = true; continue }
            lastHash = false
            if ch.isWhitespace { if out.last != " " { out.append(" ") }; continue }
            out.append(ch)
        }
        return out.trimmingSpaces()
    }

    /// ``edgeKey(_:)``'s folding by bytes, for ASCII text (nil otherwise):
    /// there a character is a byte, digits are 0–9 and white space is
    /// tab through carriage return and the space.
    private static func asciiEdgeKey(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var lastHash = false
            for b in bytes {
                if b >= 0x30 && b <= 0x39 { if !lastHash { out.append(0x23) }; lastHash = true; continue }
                lastHash = false
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { if out.last != 0x20 { out.append(0x20) }; continue }
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            var start = 0, end = out.count
            while start < end, out[start] == 0x20 { start += 1 }
            while end > start, out[end - 1] == 0x20 { end -= 1 }
            return String(decoding: out[start..<end], as: UTF8.self)
        } ?? nil
    }

    /// In a table of contents (most multi-cell rows end in a page reference
    /// while the rest of the row is words), drops that last cell and the
    /// "Page" column heading.
    private static func dropContentsPageNumbers(_ blocks: [FilingBlock]) -> [FilingBlock] {
        var rowsByTable: [Int: [[String]]] = [:]
        for case .row(let cells, let table) in blocks { rowsByTable[table, default: []].append(cells) }
        var contents = Set<Int>()
        for (table, rows) in rowsByTable {
            let multi = rows.filter { $0.count >= 2 }
            guard multi.count >= 3 else { continue }
            let referenced = multi.filter { row in
                PageNumber.matches(row[row.count - 1], strict: false)
                    && row.dropLast().allSatisfy { cell in !PageNumber.matches(cell, strict: false) && !looksNumeric(cell) }
                    && row.dropLast().contains { $0.contains(where: \.isLetter) }
            }
            if referenced.count * 10 >= multi.count * 6 { contents.insert(table) }
        }
        guard !contents.isEmpty else { return blocks }
        return blocks.compactMap { block in
            guard case .row(var cells, let table) = block, contents.contains(table) else { return block }
            if cells.count == 1, ["page", "pages", "page no.", "page number"].contains(cells[0].lowercased()) { return nil }
            if cells.count >= 2, PageNumber.matches(cells[cells.count - 1], strict: false) { cells.removeLast() }
            if let last = cells.last, ["page", "pages"].contains(last.lowercased()) { cells.removeLast() }
            return cells.isEmpty ? nil : .row(cells, table: table)
        }
    }

    private static func looksNumeric(_ s: String) -> Bool {
        let digits = s.filter(\.isNumber).count
        return digits > 0 && digits * 2 >= s.filter { !$0.isWhitespace }.count
    }

    /// The blocks as text: paragraphs separated by a blank line; the rows of
    /// one table are consecutive lines of one paragraph.
    static func render(_ blocks: [FilingBlock]) -> String {
        var builder = TextBuilder()
        var currentTable: Int?
        for block in blocks {
            switch block {
            case .paragraph(let text):
                currentTable = nil
                builder.breakParagraph()
                for (i, line) in text.split(separator: "\n").enumerated() {
                    if i > 0 { builder.lineBreak() }
                    builder.append(line)
                }
                builder.breakParagraph()
            case .row(let cells, let table):
                if currentTable != table { builder.breakParagraph(); currentTable = table }
                builder.append(cells.joined(separator: " | "))
                builder.lineBreak()
            case .pageBreak:
                break
            }
        }
        return builder.text
    }
}
