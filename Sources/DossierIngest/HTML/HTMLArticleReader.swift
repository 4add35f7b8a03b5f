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
        if let structured = metadata.jsonBody.map(structuredText) {
            text = reconcile(text, structured: structured, extractor: extractor, title: title)
        }
        text = tidyLines(text)
        if let document = metadata.documentTitle {
            let segments = ArticleMetadata.segments(document)
            if let headline = ArticleLead.headline(among: segments, in: text) {
                title = headline
                // The site is the segment at the other end from the headline.
                if publisher == nil { publisher = segments.last == headline ? segments.first : segments.last }
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

    /// JSON-LD `articleBody` as paragraphs (some sites put HTML in it).
    static func structuredText(_ body: String) -> String {
        if body.has("</p>") || body.has("<br") || body.has("</div>") { return fragmentText(body) }
        var builder = TextBuilder()
        for line in body.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) { builder.paragraph(line) }
        return builder.text
    }

    /// Checks the extracted text against the article text a page's JSON-LD
    /// carries. When the extraction misses the body's opening, or is far
    /// longer than the body, the block that opens the body anchors a new
    /// extraction; when the page shows
    /// little of the body at all (script-rendered pages), the JSON-LD text
    /// is used.
    static func reconcile(_ text: String, structured: String, extractor: MainTextExtractor, title: String?) -> String {
        guard structured.count >= 200 else { return text }
        let opening = String((structured.split(separator: "\n").first ?? "").prefix(60))
        let folded = MainTextExtractor.fold(text)
        let expected = structured.unicodeScalars.reduce(0) { $0 + (TextBuilder.isSpace($1) ? 0 : 1) }
        let containsOpening = folded.has(MainTextExtractor.fold(opening))
        // Far more text than the body: the choice took in comments or lists.
        let overlong = text.count * 10 > structured.count * 16
        if !containsOpening || overlong,
           let anchored = extractor.text(anchoredAt: opening, expectedChars: expected, title: title),
           !containsOpening || anchored.count < text.count {
            return anchored
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
