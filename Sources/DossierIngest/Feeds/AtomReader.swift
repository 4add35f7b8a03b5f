public import DossierModel

/// Reads Atom 1.0 (and 0.3) feeds: one document per entry.
public enum AtomReader {
    /// Reads a parsed `<feed>` root.
    public static func read(_ root: Element) throws(IngestError) -> [ParsedDocument] {
        let feedTitle = FeedText.title(of: root.childNamed("title"))
        let feedLink = alternateLink(of: root)
        let feedLanguage = root.attributeNamed("lang")
        let feedAuthors = authors(of: root)
        var keys = PartKeys()
        var documents: [ParsedDocument] = []
        for (index, entry) in root.childrenNamed("entry").enumerated() {
            let id = entry.textAt("id")
            let url = alternateLink(of: entry)
            var metadata: [String: String] = [:]
            if let feedTitle { metadata["feed_title"] = feedTitle }
            if let feedLink { metadata["feed_url"] = feedLink }
            if let id { metadata["guid"] = id }
            let categories = entry.childrenNamed("category").compactMap { $0.attributeNamed("label") ?? $0.attributeNamed("term") ?? $0.foldedText }
            if !categories.isEmpty { metadata["categories"] = RSSReader.unique(categories).joined(separator: "; ") }
            if let updated = PublishedDate.normalize(entry.textAt("updated") ?? entry.textAt("modified")) {
                metadata["updated"] = updated
            }
            let contentElement = entry.childNamed("content")
            if let src = contentElement?.attributeNamed("src") { metadata["content_src"] = src }
            let content = FeedText.atomText(of: contentElement)
            // YouTube-style entries carry their text in media:group.
            let summary = FeedText.atomText(of: entry.childNamed("summary"))
                ?? FeedText.text(of: entry.childNamed("group")?.childNamed("description"))
            if content != nil, let summary, summary != content { metadata["summary"] = summary }
            let title = FeedText.title(of: entry.childNamed("title"))
            let text = content ?? summary ?? title ?? ""
            if text.isEmpty && url == nil { continue }
            let names = authors(of: entry)
            let rawDate = entry.textAt("published") ?? entry.textAt("issued") ?? entry.textAt("created")
                ?? entry.textAt("updated") ?? entry.textAt("modified")
            documents.append(ParsedDocument(
                part: keys.key(id ?? url, position: index + 1),
                kind: .feedItem,
                format: "atom",
                title: title,
                byline: (names.isEmpty ? feedAuthors : names).first.map { _ in (names.isEmpty ? feedAuthors : names).joined(separator: ", ") },
                publisher: feedTitle,
                published: PublishedDate.normalize(rawDate),
                url: url,
                language: entry.attributeNamed("lang") ?? feedLanguage,
                text: text,
                metadata: metadata
            ))
        }
        guard !documents.isEmpty else { throw .empty }
        return documents
    }

    /// `<link rel="alternate" href>` (a link without `rel` is alternate).
    static func alternateLink(of element: Element) -> String? {
        let links = element.childrenNamed("link")
        for link in links where (link.attributeNamed("rel") ?? "alternate") == "alternate" {
            if let href = link.attributeNamed("href") { return href }
        }
        return links.first?.attributeNamed("href") ?? links.first?.foldedText
    }

    static func authors(of element: Element) -> [String] {
        element.childrenNamed("author").compactMap { $0.textAt("name") ?? $0.foldedText }
    }
}
