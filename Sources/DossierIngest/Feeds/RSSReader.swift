public import DossierModel

/// Reads RSS 2.0 (and its 0.9x ancestors) and RSS 1.0 (RDF) feeds: one
/// document per item.
///
/// Elements are matched by local name, because feeds mix RSS with Dublin Core,
/// `content:`, Atom and iTunes elements under whatever prefixes their
/// generator chose, and sometimes under no declared namespace at all.
public enum RSSReader {
    /// Reads a parsed `<rss>` or `<rdf:RDF>` root.
    public static func read(_ root: Element) throws(IngestError) -> [ParsedDocument] {
        let channel = root.childNamed("channel")
        // RSS 2.0 nests items in the channel; RSS 1.0 makes them siblings of it.
        var items = channel?.childrenNamed("item") ?? []
        if items.isEmpty { items = root.childrenNamed("item") }
        let isRDF = root.plainName == "rdf"
        let feed = FeedInfo(
            title: FeedText.title(of: channel.flatMap { own($0, "title") }),
            link: link(of: channel),
            language: channel?.textAt("language")
        )
        var keys = PartKeys()
        var documents: [ParsedDocument] = []
        for (index, item) in items.enumerated() {
            let url = link(of: item)
            let guid = item.childNamed("guid")?.foldedText ?? item.attributeNamed("about")
            var metadata: [String: String] = [:]
            if let feedTitle = feed.title { metadata["feed_title"] = feedTitle }
            if let feedLink = feed.link { metadata["feed_url"] = feedLink }
            if let guid { metadata["guid"] = guid }
            let categories = (item.childrenNamed("category") + item.childrenNamed("subject")).compactMap(\.foldedText)
            if !categories.isEmpty { metadata["categories"] = unique(categories).joined(separator: "; ") }
            if let enclosure = item.childNamed("enclosure")?.attributeNamed("url") { metadata["enclosure"] = enclosure }
            if let source = item.childNamed("source")?.foldedText { metadata["source"] = source }
            if let comments = item.childNamed("comments")?.foldedText { metadata["comments"] = comments }

            let content = FeedText.text(of: item.childNamed("encoded"))
            let description = FeedText.text(of: own(item, "description"))
                ?? FeedText.text(of: item.childNamed("group")?.childNamed("description"))
            if content != nil, let description, description != content { metadata["summary"] = description }
            let title = FeedText.title(of: own(item, "title"))
            let text = content ?? description ?? title ?? ""
            if text.isEmpty && title == nil && url == nil { continue }

            let rawDate = item.textAt("pubDate") ?? item.textAt("date") ?? item.textAt("published") ?? item.textAt("updated")
                ?? item.textAt("issued") ?? item.textAt("modified")
            documents.append(ParsedDocument(
                part: keys.key(guid ?? url, position: index + 1),
                kind: .feedItem,
                format: isRDF ? "rss-rdf" : "rss",
                title: title,
                byline: author(of: item),
                publisher: feed.title,
                published: PublishedDate.normalize(rawDate),
                url: url,
                language: feed.language,
                text: text,
                metadata: metadata
            ))
        }
        guard !documents.isEmpty else { throw .empty }
        return documents
    }

    /// RSS's own child of that name, ahead of a `media:` or `itunes:` one
    /// that some generators put first; any namespace as a last resort.
    static func own(_ element: Element, _ name: String) -> Element? {
        let candidates = element.childrenNamed(name)
        return candidates.first { candidate in
            guard let ns = candidate.namespace else { return !candidate.name.contains(":") }
            return ns.hasPrefix("http://purl.org/rss/") || ns.contains("backend.userland.com")
        } ?? candidates.first
    }

    /// The item's or channel's link: RSS's own `<link>` text, else an Atom
    /// `<atom:link rel="alternate" href>`, else a permalink guid.
    static func link(of element: Element?) -> String? {
        guard let element else { return nil }
        for link in element.childrenNamed("link") {
            if let text = link.foldedText { return text }
        }
        for link in element.childrenNamed("link") {
            let rel = link.attributeNamed("rel") ?? "alternate"
            if rel == "alternate", let href = link.attributeNamed("href") { return href }
        }
        if let guid = element.childNamed("guid"), guid.attributeNamed("isPermaLink")?.lowercased() != "false",
           let text = guid.foldedText, text.hasPrefix("http") {
            return text
        }
        return element.attributeNamed("about")
    }

    /// `dc:creator`, else `author` as RSS 2.0 writes it (`mail@x.com (Name)`).
    static func author(of item: Element) -> String? {
        let names = item.childrenNamed("creator").compactMap(\.foldedText)
        if !names.isEmpty { return unique(names).joined(separator: ", ") }
        guard let raw = item.textAt("author") ?? item.childNamed("author")?.foldedText else { return nil }
        return FeedAuthor.name(raw)
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// Channel-level facts every item inherits.
struct FeedInfo {
    var title: String?
    var link: String?
    var language: String?
}
