/// A small PDF written object by object: pages of Helvetica text lines and
/// a document information dictionary, with a correct cross-reference table.
public enum PDFFixture {
    /// - Parameters:
    ///   - pages: each page's lines (ASCII; parentheses and backslashes are escaped).
    ///   - info: document information entries (`Title`, `Author`, `CreationDate`…).
    public static func make(pages: [[String]], info: [String: String] = [:]) -> [UInt8] {
        var objects: [String] = []
        let pageCount = pages.count
        // 1 catalog, 2 pages, 3 font, 4 info, then a page and its content per page.
        let kids = (0..<pageCount).map { "\(5 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        objects.append("<< " + info.sorted { $0.key < $1.key }.map { "/\($0.key) (\(escape($0.value)))" }.joined(separator: " ") + " >>")
        for (index, lines) in pages.enumerated() {
            var stream = "BT /F1 11 Tf 72 720 Td 14 TL\n"
            for line in lines { stream += "(\(escape(line))) Tj T*\n" }
            stream += "ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(6 + 2 * index) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (n, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(n + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "(" || c == ")" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
