/// A page's metadata, each field taken from the most reliable source that has
/// it: JSON-LD, then OpenGraph and Twitter tags, then other `<meta>` names,
/// then what the page shows (headline, byline, dateline).
struct ArticleMetadata: Sendable {
    var title: String?
    var byline: String?
    var published: String?
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?
    var modified: String?
    /// The article text as JSON-LD gives it, when it does.
    var jsonBody: String?
    var isLiveBlog = false
    /// The `<title>` text when the title had to be taken from it: the
    /// reader checks its segments against the article's first lines.
    var documentTitle: String?

    init(root: Element, body: Element) {
        let meta = MetaTags(root: root)
        let h1 = Self.headline(in: body)
        let ld = JSONLDArticle.read(meta.jsonLD, headline: meta.first("og:title") ?? h1)
        let parsely = meta.first("parsely-page").flatMap(LenientJSON.parse)

        publisher = ld?.publisher ?? meta.first("og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher")
            ?? ld?.siteName
        if let p = publisher, p.hasPrefix("http") { publisher = nil }

        let documentTitle = TextBuilder.clean(root.first("title")?.textContent)
        let document = documentTitle ?? meta.first("title", "dc.title", "headline")
        let chosen = Self.chooseTitle(
            og: meta.first("og:title"), ld: ld?.headline, twitter: meta.first("twitter:title"),
            h1: h1, document: document, site: publisher
        )
        title = chosen.title
        if publisher == nil, let site = chosen.site { publisher = site }
        if chosen.fromDocument { self.documentTitle = document }

        var authors = (ld?.authors ?? []).compactMap { VisibleCredits.cleanByline($0, strict: false) }
        if authors.isEmpty {
            let candidates = meta.all("author") + meta.all("article:author") + meta.all("byl") + meta.all("dc.creator")
                + meta.all("dcterms.creator") + meta.all("sailthru.author") + meta.all("parsely-author") + meta.all("citation_author")
            for c in candidates where !c.hasPrefix("http") && !c.has("facebook.com") {
                if let name = VisibleCredits.cleanByline(c), !authors.contains(name) { authors.append(name) }
            }
        }
        if authors.isEmpty, let name = JSONLDArticle.text(parsely?["author"]) { authors = [name] }
        byline = authors.isEmpty ? VisibleCredits.byline(in: body) : authors.prefix(8).joined(separator: ", ")

        let metaDate = meta.first(
            "article:published_time", "og:article:published_time", "article:published", "datepublished", "published_time",
            "article.published", "publishdate", "publish-date", "publish_date", "publication_date", "pubdate", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
            "date", "originalpublicationdate", "displaydate", "citation_publication_date", "citation_date", "og:pubdate"
        )
        published = PublishedDate.normalize(ld?.published) ?? PublishedDate.normalize(metaDate)
            ?? PublishedDate.normalize(JSONLDArticle.text(parsely?["pub_date"]))
            ?? VisibleCredits.published(in: body)
        modified = PublishedDate.normalize(ld?.modified ?? meta.first("article:modified_time", "og:updated_time", "datemodified"))
        if published == nil { published = modified }

        url = Self.resolve(meta.canonical, against: meta.first("og:url") ?? meta.base)
            ?? meta.first("og:url").flatMap { $0.hasPrefix("http") ? $0 : nil } ?? ld?.url

        language = Self.languageTag(meta.language) ?? Self.languageTag(meta.first("og:locale"))
            ?? Self.languageTag(meta.first("content-language", "dc.language", "language", "dcterms.language"))
            ?? Self.languageTag(ld?.language)
        description = meta.first("og:description", "description", "twitter:description")
        jsonBody = ld?.body
        isLiveBlog = ld?.isLiveBlog ?? false
    }

    /// The page's headline element: an `h1` inside the article if there is
    /// one, else the first `h1`.
    static func headline(in body: Element) -> String? {
        let h1s = body.descendants { $0.name == "h1" }
        let inArticle = h1s.first { h in
            let names = ((h.attribute("class") ?? "") + " " + (h.attribute("itemprop") ?? "")).lowercased()
            return names.has("headline") || names.has("title")
        }
        for h in [inArticle].compactMap({ $0 }) + h1s {
            if let text = TextBuilder.clean(h.textContent), text.count >= 3 { return text }
        }
        return nil
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " || ", " ~ "]

    struct TitleChoice {
        var title: String?
        /// A site name cut from the title, when one was.
        var site: String?
        var fromDocument = false
    }

    static func chooseTitle(og: String?, ld: String?, twitter: String?, h1: String?, document: String?, site: String?) -> TitleChoice {
        // Some sites put their own name in og:title on every page.
        let og = og.flatMap { matchesSite($0, site) ? nil : $0 }
        if let candidate = og ?? ld ?? twitter {
            var t = stripSite(candidate, site: site, aggressive: false)
            // "Headline - Site" with no site name declared: the page's own
            // headline shows where the headline ends.
            if let h1, t.site == nil, t.title.count > h1.count, fold(t.title).hasPrefix(fold(h1)) {
                let rest = String(t.title.dropFirst(h1.count))
                if let sep = separators.first(where: { rest.hasPrefix($0) }) {
                    t = (h1, String(rest.dropFirst(sep.count)).trimmingSpaces())
                }
            }
            // Structured headlines are sometimes cut at 110 characters.
            if t.title.hasSuffix("…") || t.title.hasSuffix("..."), let h1, h1.count > t.title.count { t.title = h1 }
            if t.site == nil, let document {
                t.site = stripSite(document, site: site, aggressive: true).site
                // og:title carrying the same suffix as <title>: "Headline | Site".
                if let suffix = t.site, let sep = separators.first(where: { t.title.hasSuffix($0 + suffix) }) {
                    t.title = String(t.title.dropLast(sep.count + suffix.count)).trimmingSpaces()
                }
            }
            return TitleChoice(title: t.title, site: t.site)
        }
        if let h1, let document, Self.fold(document).hasPrefix(Self.fold(h1)) {
            return TitleChoice(title: h1, site: stripSite(document, site: site, aggressive: true).site)
        }
        if let document {
            let t = stripSite(document, site: site, aggressive: true)
            return TitleChoice(title: t.title, site: t.site, fromDocument: h1 == nil)
        }
        return TitleChoice(title: h1)
    }

    /// Removes a site name before or after the headline ("Headline | Site").
    static func stripSite(_ title: String, site: String?, aggressive: Bool) -> (title: String, site: String?) {
        var t = title
        var removed: String?
        for _ in 0..<2 {
            var changed = false
            for sep in separators {
                if let r = t.lastByteRange(of: sep) {
                    let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
                    if matchesSite(tail, site) || aggressive && looksLikeSiteName(tail, comparedTo: head) {
                        t = head; changed = true
                        if removed == nil { removed = tail.trimmingSpaces() }
                        break
                    }
                }
                if let r = t.firstByteRange(of: sep) {
                    let head = String(t[..<r.lowerBound]), tail = String(t[r.upperBound...])
                    if matchesSite(head, site) {
                        t = tail; changed = true
                        if removed == nil { removed = head.trimmingSpaces() }
                        break
                    }
                }
            }
            if !changed { break }
        }
        return (t.trimmingSpaces(), removed)
    }

    /// The segments of a title split at every site separator.
    static func segments(_ title: String) -> [String] {
        var parts = [title]
        for sep in separators {
            parts = parts.flatMap { $0.split(separator: sep).map { String($0).trimmingSpaces() } }
        }
        return parts.filter { !$0.isEmpty }
    }

    private static func matchesSite(_ part: String, _ site: String?) -> Bool {
        guard let site else { return false }
        let a = squash(part), b = squash(site)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII letters and digits only: characters are bytes, and a byte
            // search avoids the standard library's per-call search set-up.
            let ac = a.utf8.count, bc = b.utf8.count
            return a == b || (ac >= 4 && b.has(a)) || (bc >= 4 && a.has(b) && ac <= bc + 12)
        }
        return a == b || (a.count >= 4 && b.contains(a)) || (b.count >= 4 && a.contains(b) && a.count <= b.count + 12)
    }

    private static func looksLikeSiteName(_ tail: String, comparedTo head: String) -> Bool {
        let tailWords = tail.split(separator: " ").count
        let headWords = head.split(separator: " ").count
        return tailWords <= 4 && headWords >= tailWords + 2
    }

    private static func squash(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lowercase and keep letters and digits byte by byte, as
            // the scalar path below would.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { bytes.append(b + 0x20) }
                else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { bytes.append(b) }
            }
            return String(decoding: bytes, as: UTF8.self).replacingPrefix("the", "")
        }
        return String(s.lowercased().unicodeScalars.filter { CharacterSetLetters.isAlnum($0) }.map(Character.init))
            .replacingPrefix("the", "")
    }

    static func fold(_ s: String) -> String { (TextBuilder.clean(s) ?? "").lowercased() }

    /// `en_US` → `en-US`; nil for empty or placeholder values.
    static func languageTag(_ raw: String?) -> String? {
        guard let raw = TextBuilder.clean(raw) else { return nil }
        let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? raw
        let parts = first.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        guard let language = parts.first?.lowercased(), (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var tag = language
        for part in parts.dropFirst() {
            if part.count == 2 { tag += "-" + part.uppercased() }
            else if part.count == 4 { tag += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            else { tag += "-" + part }
        }
        return tag
    }

    /// Resolves a possibly relative URL against an absolute one.
    static func resolve(_ href: String?, against base: String?) -> String? {
        guard let href = href?.trimmingSpaces(), !href.isEmpty else { return nil }
        if href.hasPrefix("http://") || href.hasPrefix("https://") { return href }
        guard let base, let schemeEnd = base.firstByteRange(of: "://") else { return nil }
        if href.hasPrefix("//") { return String(base[..<schemeEnd.lowerBound]) + ":" + href }
        let afterScheme = base[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let origin = String(base[..<hostEnd])
        if href.hasPrefix("/") { return origin + href }
        var dir = String(base)
        if let slash = dir.lastIndex(of: "/"), slash >= hostEnd { dir = String(dir[...slash]) } else { dir = origin + "/" }
        return dir + href
    }
}

private enum CharacterSetLetters {
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
}

private extension String {
    func replacingPrefix(_ prefix: String, _ with: String) -> String {
        hasPrefix(prefix) && count > prefix.count + 2 ? with + dropFirst(prefix.count) : self
    }
}
