/// Turns the text fields of feeds and news XML into plain text.
///
/// Feed fields hold HTML more often than not: inside CDATA, escaped
/// (`&lt;p&gt;`), or double-escaped by careless generators (`&amp;lt;p&amp;gt;`).
/// A field is read as HTML when it holds tags or character references after
/// parsing; otherwise it is plain text with its whitespace folded.
enum FeedText {
    /// The text of a field that may be HTML.
    static func text(of element: Element?) -> String? {
        guard let element else { return nil }
        // Markup as real child elements (unescaped XHTML in RSS, Atom type="xhtml").
        if !element.elements.isEmpty { return nonEmpty(HTMLText.blocks(of: element)) }
        return text(ofMarkup: element.textContent)
    }

    /// The text of a string that may be HTML.
    static func text(ofMarkup raw: String) -> String? {
        var content = raw
        if UTF8Search.contains(content, "&lt;"), !content.contains("<"), looksDoubleEscaped(content) {
            content = HTMLArticleReader.fragmentText(content)
        }
        if looksLikeHTML(content) { return nonEmpty(HTMLArticleReader.fragmentText(content)) }
        return TextBuilder.clean(content)
    }

    /// Atom's text constructs: `type="text"` is plain, `html` is escaped HTML,
    /// `xhtml` is a `div` of XHTML elements.
    static func atomText(of element: Element?) -> String? {
        guard let element else { return nil }
        let type = element.attributeNamed("type")?.lowercased() ?? "text"
        switch type {
        case "xhtml", "application/xhtml+xml":
            return nonEmpty(HTMLText.blocks(of: element))
        case "html", "text/html":
            return nonEmpty(HTMLArticleReader.fragmentText(element.textContent))
        default:
            // Many generators label HTML as text; trust the content.
            if !element.elements.isEmpty { return nonEmpty(HTMLText.blocks(of: element)) }
            return text(ofMarkup: element.textContent)
        }
    }

    /// A one-line title: tags stripped, whitespace folded.
    static func title(of element: Element?) -> String? {
        guard let element else { return nil }
        let type = element.attributeNamed("type")?.lowercased()
        if !element.elements.isEmpty || type == "html" || looksLikeHTML(element.textContent) {
            let text = element.elements.isEmpty
                ? HTMLArticleReader.fragmentText(element.textContent) : HTMLText.blocks(of: element)
            return TextBuilder.clean(text)
        }
        return TextBuilder.clean(element.textContent)
    }

    /// True for a string with a tag (`<p`, `</b`, `<br/>`) or a character
    /// reference (`&amp;`, `&#8217;`).
    static func looksLikeHTML(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        var i = 0
        while i + 1 < bytes.count {
            let b = bytes[i], next = bytes[i + 1]
            if b == UInt8(ascii: "<"), isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") { return true }
            if b == UInt8(ascii: "&"), next == UInt8(ascii: "#") || isLetter(next) {
                var j = i + 1
                while j < bytes.count, j < i + 12, bytes[j] != UInt8(ascii: ";"), bytes[j] != 0x20 { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";") { return true }
            }
            i += 1
        }
        return false
    }

    private static func looksDoubleEscaped(_ s: String) -> Bool {
        UTF8Search.containsAny(s, ["&lt;p", "&lt;/", "&lt;br", "&lt;a ", "&lt;div"])
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }
}
