public import DossierModel

/// Reads plain text and Markdown files.
///
/// The title is a Markdown `# heading` or the first short line; paragraphs are
/// separated by blank lines; Markdown markup (emphasis, links, heading marks,
/// list bullets) is reduced to its text so that figures and sentences read
/// cleanly.
public enum PlainTextReader {
    public static func read(_ bytes: [UInt8], markdown: Bool) throws(IngestError) -> ParsedDocument {
        guard let decoded = TextEncoding.decodeText(bytes) else { throw .binary }
        let lines = decoded.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        var title: String?
        var builder = TextBuilder()
        var frontMatter = false
        var metadata: [String: String] = [:]
        for (index, rawLine) in lines.enumerated() {
            var line = String(rawLine)
            if markdown, index == 0, line == "---" { frontMatter = true; continue }
            if frontMatter {
                if line == "---" { frontMatter = false; continue }
                if let colon = line.firstIndex(of: ":") {
                    let key = line[..<colon].trimmingSpaces().lowercased()
                    var value = line[line.index(after: colon)...].trimmingSpaces()
                    if value.count >= 2, value.first == "\"" || value.first == "'" { value = String(value.dropFirst().dropLast()) }
                    metadata[key] = value
                }
                continue
            }
            if line.allSatisfy({ TextBuilder.isSpace($0.unicodeScalars.first!) }) {
                builder.breakParagraph()
                continue
            }
            if markdown {
                if line.hasPrefix("#") {
                    let heading = String(line.drop(while: { $0 == "#" })).trimmingSpaces()
                    if title == nil { title = heading }
                    builder.paragraph(heading)
                    continue
                }
                line = MarkdownInline.strip(line)
            }
            if !markdown, title == nil, builder.isEmpty, line.count <= 200 {
                title = line.trimmingSpaces()
            }
            builder.append(line)
            builder.append(" ")
        }
        let text = builder.text
        guard !text.isEmpty else { throw .empty }
        return ParsedDocument(
            kind: .text,
            format: markdown ? "markdown" : "text",
            title: TextBuilder.clean(metadata["title"]) ?? TextBuilder.clean(title),
            byline: TextBuilder.clean(metadata["author"]),
            publisher: TextBuilder.clean(metadata["publisher"]),
            published: PublishedDate.normalize(metadata["date"]),
            url: metadata["url"],
            language: metadata["lang"] ?? metadata["language"],
            text: text
        )
    }
}

/// Markdown inline markup reduced to its text.
enum MarkdownInline {
    static func strip(_ line: String) -> String {
        var s = Substring(line)
        // Block prefixes: quotes, bullets, ordered-list numbers.
        while let first = s.first, first == ">" || first == " " { s = s.dropFirst() }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { s = s.dropFirst(2) }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "!" , s.index(after: i) < s.endIndex, s[s.index(after: i)] == "[" { i = s.index(after: i); continue }
            if c == "[", let close = s[i...].firstIndex(of: "]") {
                let after = s.index(after: close)
                if after < s.endIndex, s[after] == "(", let paren = s[after...].firstIndex(of: ")") {
                    out += s[s.index(after: i)..<close]
                    i = s.index(after: paren)
                    continue
                }
            }
            if c == "*" || c == "_" || c == "`" {
                // Emphasis marks only when they hug a word, so "3 * 4" survives.
                let prev = i > s.startIndex ? s[s.index(before: i)] : " "
                let nextIndex = s.index(after: i)
                let next = nextIndex < s.endIndex ? s[nextIndex] : " "
                if !(prev == " " && next == " ") , !(prev.isLetter && next.isLetter && c == "_") {
                    i = nextIndex
                    continue
                }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }
}

extension StringProtocol {
    /// Trims Unicode white space (including no-break spaces) at both ends.
    func trimmingSpaces() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !TextBuilder.isSpace($0) }),
              let last = scalars.lastIndex(where: { !TextBuilder.isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
