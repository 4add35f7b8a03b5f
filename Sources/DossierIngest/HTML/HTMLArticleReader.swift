public import DossierModel

/// Reads an HTML page into a document: metadata and main text.
///
/// (First cut: keeps every block of the body except scripts and styles. The
/// boilerplate-removing extractor replaces `mainText`.)
public enum HTMLArticleReader {
    /// Parses a whole page.
    public static func read(_ bytes: [UInt8], declaredCharset: String? = nil) throws(IngestError) -> ParsedDocument {
        let encoding = TextEncoding.htmlEncoding(for: bytes, declared: declaredCharset)
        let root: Element
        do { root = try Markup.parseHTML(bytes, encoding: encoding) } catch { throw IngestError(error) }
        let title = TextBuilder.clean(root.first("title")?.textContent)
        let text = HTMLText.blocks(of: root.first("body") ?? root)
        guard !text.isEmpty || title != nil else { throw .empty }
        return ParsedDocument(kind: .article, format: "html", title: title, language: root.attribute("lang"), text: text)
    }

    /// The text of an HTML fragment (a feed item's `content:encoded`, a
    /// NewsML body): every block kept, in reading order.
    public static func fragmentText(_ html: String) -> String {
        let bytes = Array(("<html><body>" + html + "</body></html>").utf8)
        guard let root = try? Markup.parseHTML(bytes, encoding: "UTF-8") else { return "" }
        return HTMLText.blocks(of: root.first("body") ?? root)
    }
}

/// Turns an HTML subtree into paragraphs: block elements end paragraphs,
/// `<br>` ends a line, table rows become lines with cells separated by ` | `.
public enum HTMLText {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "button", "select", "form"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "address", "hr",
        "center", "body", "details", "summary",
    ]

    public static func blocks(of element: Element) -> String {
        var builder = TextBuilder()
        walk(element, into: &builder)
        return builder.text
    }

    static func walk(_ root: Element, into builder: inout TextBuilder) {
        enum Step { case enter(Element), exit(Element), text(String) }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .text(let s):
                builder.append(s)
            case .enter(let e):
                if skipped.contains(e.name) { continue }
                if e.name == "br" { builder.lineBreak(); continue }
                if e.name == "td" || e.name == "th" { builder.append(" | ") }
                if blocks.contains(e.name) { e.name == "tr" ? builder.lineBreak() : builder.breakParagraph() }
                stack.append(.exit(e))
                for child in e.children.reversed() {
                    switch child {
                    case .element(let c): stack.append(.enter(c))
                    case .text(let s): stack.append(.text(s))
                    }
                }
            case .exit(let e):
                if e.name == "tr" { builder.lineBreak() }
                else if blocks.contains(e.name) { builder.breakParagraph() }
            }
        }
    }
}
