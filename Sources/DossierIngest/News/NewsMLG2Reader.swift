public import DossierModel

/// Reads IPTC NewsML-G2: a `newsItem`, or a `newsMessage` carrying several.
/// Each text news item becomes a document keyed by its `guid`.
public enum NewsMLG2Reader {
    /// Reads a parsed `newsItem`, `newsMessage` or `packageItem` root.
    public static func read(_ root: Element) throws(IngestError) -> [ParsedDocument] {
        let items = root.plainName == "newsitem" ? [root] : root.descendantsNamed("newsItem")
        var keys = PartKeys()
        var documents: [ParsedDocument] = []
        for (index, item) in items.enumerated() {
            guard let document = readItem(item) else { continue }
            var keyed = document
            keyed.part = items.count == 1 && root.plainName == "newsitem" ? "" : keys.key(item.attributeNamed("guid"), position: index + 1)
            documents.append(keyed)
        }
        guard !documents.isEmpty else { throw .empty }
        return documents
    }

    static func readItem(_ item: Element) -> ParsedDocument? {
        let itemMeta = item.childNamed("itemMeta")
        let contentMeta = item.childNamed("contentMeta")
        // Pictures and graphics have no text of their own worth a document.
        if let itemClass = itemMeta?.childNamed("itemClass")?.attributeNamed("qcode"),
           !itemClass.lowercased().hasSuffix(":text"), !itemClass.lowercased().hasSuffix(":composite") {
            return nil
        }
        var metadata: [String: String] = [:]
        if let guid = item.attributeNamed("guid") { metadata["guid"] = guid }
        if let version = item.attributeNamed("version") { metadata["version"] = version }

        let headlines = contentMeta?.childrenNamed("headline") ?? []
        let main = headlines.first { $0.attributeNamed("role") == nil || $0.attributeNamed("role")?.hasSuffix("main") == true } ?? headlines.first
        let title = main?.foldedText ?? itemMeta?.textAt("title")
        let subs = headlines.filter { $0 !== main }.compactMap(\.foldedText)
        if !subs.isEmpty { metadata["subheadline"] = subs.joined(separator: " — ") }
        if let slug = contentMeta?.textAt("slugline") { metadata["slugline"] = slug }
        if let credit = contentMeta?.textAt("creditline") { metadata["creditline"] = credit }
        if let dateline = contentMeta?.textAt("dateline") { metadata["dateline"] = dateline }
        if let located = contentMeta?.childNamed("located").flatMap(conceptName) { metadata["located"] = located }
        if let summary = contentMeta?.childrenNamed("description").first.flatMap({ FeedText.text(of: $0) }) {
            metadata["summary"] = summary
        }
        if let status = itemMeta?.childNamed("pubStatus")?.attributeNamed("qcode") { metadata["pub_status"] = status }
        if let notice = item.childNamed("rightsInfo")?.textAt("copyrightNotice") { metadata["copyright"] = notice }
        if let updated = NewsDate.normalize(itemMeta?.textAt("versionCreated")) { metadata["updated"] = updated }
        let categories = (contentMeta?.childrenNamed("subject") ?? []).compactMap(conceptName)
            + (contentMeta?.childrenNamed("keyword") ?? []).compactMap(\.foldedText)
        if !categories.isEmpty { metadata["categories"] = RSSReader.unique(categories).joined(separator: "; ") }
        if let genre = contentMeta?.childNamed("genre").flatMap(conceptName) { metadata["genre"] = genre }

        let creators = (contentMeta?.childrenNamed("creator") ?? []).compactMap(conceptName)
        let byline = contentMeta?.textAt("by") ?? (creators.isEmpty ? nil : creators.joined(separator: ", "))
        let provider = itemMeta?.childNamed("provider").flatMap(conceptName)
        let holder = item.childNamed("rightsInfo")?.childNamed("copyrightHolder").flatMap(conceptName)
        let publisher = provider ?? holder ?? contentMeta?.textAt("creditline")

        let published = NewsDate.normalize(itemMeta?.textAt("firstCreated") ?? contentMeta?.textAt("contentCreated")
            ?? itemMeta?.textAt("versionCreated"))
        let language = contentMeta?.childNamed("language")?.attributeNamed("tag") ?? item.attributeNamed("lang")

        var builder = TextBuilder()
        for sub in subs { builder.paragraph(sub) }
        if let contentSet = item.childNamed("contentSet") {
            NITFReader.appendParagraphs(bodyText(contentSet), to: &builder)
        }
        let text = builder.text
        guard !text.isEmpty || title != nil else { return nil }
        return ParsedDocument(
            kind: .wire, format: "newsml-g2", title: title, byline: byline.map { NITFStyle.stripBy($0) },
            publisher: publisher, published: published, url: nil, language: language, text: text, metadata: metadata
        )
    }

    /// The text of the first usable content in a `contentSet`: inline XHTML
    /// or NITF, else inline plain text.
    static func bodyText(_ contentSet: Element) -> String {
        for inline in contentSet.childrenNamed("inlineXML") {
            if let html = inline.descendantNamed("html") {
                let text = HTMLText.blocks(of: html.childNamed("body") ?? html)
                if !text.isEmpty { return text }
            }
            if let nitf = inline.descendantNamed("nitf"), let story = try? NITFReader.read(nitf) {
                return story.text
            }
            let text = NITFBody.text(inline)
            if !text.isEmpty { return text }
        }
        for inline in contentSet.childrenNamed("inlineData") {
            let type = inline.attributeNamed("contenttype")?.lowercased() ?? "text/plain"
            if type.contains("html") { return HTMLArticleReader.fragmentText(inline.textContent) }
            if let text = plainParagraphs(inline.textContent) { return text }
        }
        return ""
    }

    /// A G2 concept's display name: a `name` child, else `literal`, else the
    /// `qcode` without its scheme alias (`nprov:REUTERS` → `REUTERS`).
    static func conceptName(_ element: Element) -> String? {
        if let name = element.textAt("name") { return name }
        if let literal = element.attributeNamed("literal") { return TextBuilder.clean(literal) }
        if let qcode = element.attributeNamed("qcode") {
            return qcode.split(separator: ":", maxSplits: 1).last.map(String.init)
        }
        return element.elements.isEmpty ? element.foldedText : nil
    }

    /// Plain text with paragraphs at blank lines.
    static func plainParagraphs(_ raw: String) -> String? {
        var builder = TextBuilder()
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingSpaces().isEmpty { builder.breakParagraph() } else { builder.append(line); builder.append(" ") }
        }
        return builder.text.isEmpty ? nil : builder.text
    }
}
