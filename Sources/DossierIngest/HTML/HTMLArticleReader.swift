public import DossierModel

/// Reads an HTML page into a document: metadata and the article's main text,
/// without the site's navigation, ads, share bars, related lists, comments
/// and footers.
public enum HTMLArticleReader {
    /// Parses a whole page.
    ///
    /// - Parameter declaredCharset: a charset known from outside the bytes (an
    ///   HTTP header); see ``TextEncoding/htmlEncoding(for:declared:)``.
    public static func read(_ bytes: [UInt8], declaredCharset: String? = nil) throws(IngestError) -> ParsedDocument {
        let root = try parse(bytes, declaredCharset: declaredCharset)
        let body = root.first("body") ?? root
        let metadata = ArticleMetadata(root: root, body: body)
        var title = metadata.title
        var publisher = metadata.publisher
        let extractor = MainTextExtractor(body: body, liveBlog: metadata.isLiveBlog)
        var text = extractor.text(title: title)
        text = fallBackToStructuredBody(text, jsonBody: metadata.jsonBody)
        text = tidyLines(text)
        if let document = metadata.documentTitle {
            let segments = ArticleMetadata.segments(document)
            if let headline = ArticleLead.headline(among: segments, in: text) {
                title = headline
                if publisher == nil, segments.count == 2 { publisher = segments.first { $0 != headline } }
            }
        }
        text = ArticleLead.trim(text, title: title, keepDates: extractor.isLiveBlog)
        guard !text.isEmpty || metadata.title != nil else { throw .empty }
        var extras: [String: String] = [:]
        if let description = metadata.description { extras["description"] = description }
        if let modified = metadata.modified { extras["modified"] = modified }
        return ParsedDocument(
            kind: .article, format: "html", title: title, byline: metadata.byline, publisher: publisher,
            published: metadata.published, url: metadata.url, language: metadata.language, text: text, metadata: extras
        )
    }

    /// The text of an HTML fragment (a feed item's `content:encoded`, a
    /// NewsML body): every block kept, in reading order, tables as one row
    /// per line; only scripts and styles are left out.
    public static func fragmentText(_ html: String) -> String {
        let bytes = Array(("<html><body>" + html + "</body></html>").utf8)
        guard let root = try? Markup.parseHTML(bytes, encoding: "UTF-8") else { return "" }
        return tidyLines(HTMLText.blocks(of: root.first("body") ?? root))
    }

    /// Parses with the charset policy, retrying as windows-1252 when libxml2
    /// does not know the label the page gives.
    static func parse(_ bytes: [UInt8], declaredCharset: String?) throws(IngestError) -> Element {
        var encoding = TextEncoding.htmlEncoding(for: bytes, declared: declaredCharset)
        encoding = TextEncoding.libxml2Name(encoding)
        var input = bytes
        // libxml2 would read a UTF-8 byte-order mark as text.
        if TextEncoding.bom(bytes) == .utf8 { input = Array(bytes.dropFirst(3)) }
        do {
            let root = try Markup.parseHTML(input, encoding: encoding)
            if root.first("body") != nil || !root.children.isEmpty { return root }
        } catch {
            if case .empty = error, encoding != "windows-1252" {} else { throw IngestError(error) }
        }
        do { return try Markup.parseHTML(input, encoding: "windows-1252") } catch { throw IngestError(error) }
    }

    /// Pages whose DOM yields little (script-rendered articles) but whose
    /// JSON-LD carries the whole `articleBody` get that body instead.
    static func fallBackToStructuredBody(_ text: String, jsonBody: String?) -> String {
        guard let jsonBody else { return text }
        let structured: String
        if jsonBody.has("</p>") || jsonBody.has("<br") || jsonBody.has("</div>") {
            structured = fragmentText(jsonBody)
        } else {
            var builder = TextBuilder()
            for line in jsonBody.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) { builder.paragraph(line) }
            structured = builder.text
        }
        return text.count * 4 < structured.count ? structured : text
    }

    /// Removes the space the text builder leaves after a line break inside a paragraph.
    static func tidyLines(_ text: String) -> String {
        guard text.has("\n ") else { return text }
        var out = String.UnicodeScalarView()
        var afterNewline = false
        for scalar in text.unicodeScalars {
            if afterNewline && scalar == " " { continue }
            afterNewline = scalar == "\n"
            out.append(scalar)
        }
        return String(out)
    }
}
