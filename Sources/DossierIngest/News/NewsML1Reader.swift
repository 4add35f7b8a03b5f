public import DossierModel

/// Reads NewsML 1.x: a `NewsML` envelope of `NewsItem`s whose nested
/// `NewsComponent`s carry `NewsLines` and `ContentItem`s (NITF, XHTML or plain
/// text). Each news item becomes a document keyed by its public identifier.
public enum NewsML1Reader {
    /// Reads a parsed `<NewsML>` root.
    public static func read(_ root: Element) throws(IngestError) -> [ParsedDocument] {
        let envelope = root.childNamed("NewsEnvelope")
        let items = root.childrenNamed("NewsItem")
        var keys = PartKeys()
        var documents: [ParsedDocument] = []
        for (index, item) in items.enumerated() {
            guard var document = readItem(item, envelope: envelope) else { continue }
            let identifier = item.childAt("Identification", "NewsIdentifier")
            let key = identifier?.textAt("PublicIdentifier") ?? identifier?.textAt("NewsItemId")
            document.part = items.count == 1 ? "" : keys.key(key, position: index + 1)
            documents.append(document)
        }
        guard !documents.isEmpty else { throw .empty }
        return documents
    }

    static func readItem(_ item: Element, envelope: Element?) -> ParsedDocument? {
        let components = item.descendantsNamed("NewsComponent")
        // The first NewsLines and metadata found, outermost component first.
        func first<T>(_ pick: (Element) -> T?) -> T? {
            for component in components { if let value = pick(component) { return value } }
            return nil
        }
        let lines = first { $0.childNamed("NewsLines") }
        var metadata: [String: String] = [:]
        let identifier = item.childAt("Identification", "NewsIdentifier")
        if let id = identifier?.textAt("PublicIdentifier") { metadata["guid"] = id }
        if let slug = lines?.textAt("SlugLine") { metadata["slugline"] = slug }
        if let credit = lines?.textAt("CreditLine") { metadata["creditline"] = credit }
        if let dateline = lines?.textAt("DateLine") { metadata["dateline"] = dateline }
        if let copyright = lines?.textAt("CopyrightLine") { metadata["copyright"] = copyright }
        let subs = (lines?.childrenNamed("SubHeadLine") ?? []).compactMap(\.foldedText)
        if !subs.isEmpty { metadata["subheadline"] = subs.joined(separator: " — ") }
        let subjects = item.descendantsNamed("Subject").compactMap { $0.attributeNamed("FormalName") }
            + item.descendantsNamed("KeywordLine").compactMap(\.foldedText)
        if !subjects.isEmpty { metadata["categories"] = RSSReader.unique(subjects).joined(separator: "; ") }
        if let status = item.childAt("NewsManagement", "Status")?.attributeNamed("FormalName") { metadata["status"] = status }

        let provider = first { $0.childAt("AdministrativeMetadata", "Provider")?.childNamed("Party")?.attributeNamed("FormalName") }
            ?? first { $0.childAt("AdministrativeMetadata", "Source")?.childNamed("Party")?.attributeNamed("FormalName") }
            ?? identifier?.textAt("ProviderId")
            ?? envelope?.childAt("SentFrom", "Party")?.attributeNamed("FormalName")
        let language = first { $0.childAt("DescriptiveMetadata", "Language")?.attributeNamed("FormalName") }
        let management = item.childNamed("NewsManagement")
        let published = NewsDate.normalize(management?.textAt("FirstCreated") ?? management?.textAt("ThisRevisionCreated")
            ?? envelope?.textAt("DateAndTime"))

        var title = lines?.textAt("HeadLine")
        var byline = lines?.textAt("ByLine").map(NITFStyle.stripBy)
        var builder = TextBuilder()
        for sub in subs { builder.paragraph(sub) }
        for content in item.descendantsNamed("ContentItem") {
            let media = content.childNamed("MediaType")?.attributeNamed("FormalName")?.lowercased()
            if let media, media != "text" { continue }
            guard let data = content.childNamed("DataContent") else { continue }
            if let nitf = data.descendantNamed("nitf"), let story = try? NITFReader.read(nitf) {
                title = title ?? story.title
                byline = byline ?? story.byline
                NITFReader.appendParagraphs(story.text, to: &builder)
            } else if let html = data.descendantNamed("html") {
                NITFReader.appendParagraphs(HTMLText.blocks(of: html.childNamed("body") ?? html), to: &builder)
            } else if !data.elements.isEmpty {
                NITFReader.appendParagraphs(NITFBody.text(data), to: &builder)
            } else if let text = NewsMLG2Reader.plainParagraphs(data.textContent) {
                NITFReader.appendParagraphs(text, to: &builder)
            }
        }
        let text = builder.text
        guard !text.isEmpty || title != nil else { return nil }
        return ParsedDocument(
            kind: .wire, format: "newsml", title: title, byline: byline, publisher: provider, published: published,
            language: language, text: text, metadata: metadata
        )
    }
}
