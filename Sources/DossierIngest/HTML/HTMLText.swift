/// Turns HTML subtrees into paragraphs in reading order.
///
/// Block elements end paragraphs, one `<br>` ends a line and two in a row
/// end a paragraph (legacy pages write paragraphs that way), `<pre>` keeps
/// its lines, and a table becomes one paragraph with a line per row and
/// cells separated by ` | `.
public enum HTMLText {
    /// Elements that never hold readable text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "button", "select",
        "textarea", "title",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "address", "hr",
        "center", "body", "details", "summary", "form", "fieldset", "legend", "caption", "hgroup", "menu", "dialog",
        "video", "audio", "canvas", "noscript",
    ]

    /// The whole text of an element in reading order, every block kept
    /// (filings, feed fragments): table rows one per line.
    public static func blocks(of element: Element) -> String {
        var builder = TextBuilder()
        render([element], into: &builder) { _ in false }
        return builder.text
    }

    /// Renders the subtrees in order, leaving out every element for which
    /// `omit` is true (and its descendants).
    static func render(_ roots: [Element], into builder: inout TextBuilder, omit: (Element) -> Bool) {
        enum Step { case enter(Element), exit(Element), text(String) }
        var stack: [Step] = roots.reversed().map { .enter($0) }
        var cells: [Int] = []      // cells seen in each open table row
        var preformatted = 0
        var breaks = 0              // `<br>`s since the last text
        while let step = stack.popLast() {
            switch step {
            case .text(let s):
                if preformatted > 0 {
                    var first = true
                    for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
                        if !first { builder.lineBreak() }
                        builder.append(line)
                        first = false
                    }
                    if s.unicodeScalars.contains(where: { !TextBuilder.isSpace($0) }) { breaks = 0 }
                } else if builder.appendReportingText(s) {
                    breaks = 0
                }
            case .enter(let e):
                let name = e.name
                if skipped.contains(name) || omit(e) { continue }
                if name == "br" {
                    breaks += 1
                    if breaks >= 2 { builder.breakParagraph() } else { builder.lineBreak() }
                    continue
                }
                if name == "td" || name == "th" {
                    if let last = cells.indices.last {
                        if cells[last] > 0 { builder.append(" | ") }
                        cells[last] += 1
                    }
                } else if name == "tr" {
                    builder.lineBreak()
                    cells.append(0)
                } else if name == "table" {
                    builder.breakParagraph()
                } else if blocks.contains(name) {
                    builder.breakParagraph()
                    breaks = 0
                }
                if name == "pre" { preformatted += 1 }
                stack.append(.exit(e))
                for child in e.children.reversed() {
                    switch child {
                    case .element(let c): stack.append(.enter(c))
                    case .text(let s): stack.append(.text(s))
                    }
                }
            case .exit(let e):
                let name = e.name
                if name == "tr" {
                    builder.lineBreak()
                    if !cells.isEmpty { cells.removeLast() }
                } else if name == "td" || name == "th" {
                    builder.append(" ")
                } else if blocks.contains(name) {
                    builder.breakParagraph()
                    breaks = 0
                }
                if name == "pre" { preformatted -= 1 }
            }
        }
    }
}
