/// What a page's JSON-LD says about its article.
///
/// Real pages put the article node at the top level, in an array, inside
/// `@graph`, or under `mainEntity`; authors and publishers come as strings,
/// objects, arrays or `@id` references to other nodes. All of those are
/// resolved here.
struct JSONLDArticle: Sendable {
    var headline: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var url: String?
    var language: String?
    var body: String?
    var isLiveBlog = false
    /// The name of a `WebSite` or `Organization` node, when no article names its publisher.
    var siteName: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "satiricalarticle", "blogposting",
        "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "advertisercontentarticle",
        "medicalscholarlyarticle", "posting", "discussionforumposting", "review", "recipe", "howto",
    ]
    static let pageTypes: Set<String> = ["webpage", "itempage", "collectionpage", "aboutpage", "profilepage", "qapage"]
    static let organisationTypes: Set<String> = ["organization", "newsmediaorganization", "corporation", "website", "onlinebusiness"]

    /// Reads the JSON-LD script bodies of one page; unreadable ones are ignored.
    ///
    /// - Parameter headline: the page's own headline (og:title or h1): when
    ///   several articles are described, the one with this headline is the page's.
    static func read(_ scripts: [String], headline: String? = nil) -> JSONLDArticle? {
        var nodes: [JSONValue] = []
        for script in scripts {
            guard let value = LenientJSON.parse(script) else { continue }
            collect(value, into: &nodes, depth: 0)
        }
        guard !nodes.isEmpty else { return nil }
        var byID: [String: JSONValue] = [:]
        for node in nodes {
            if let id = node["@id"]?.string, byID[id] == nil || (node["name"] != nil && byID[id]?["name"] == nil) { byID[id] = node }
        }
        let articles = nodes.filter { !types($0).isDisjoint(with: articleTypes) }
        let pages = nodes.filter { !types($0).isDisjoint(with: pageTypes) }
        var result = JSONLDArticle()
        for node in nodes where !types(node).isDisjoint(with: organisationTypes) {
            if result.siteName == nil, let name = text(node["name"]) { result.siteName = name }
        }
        // The article named like the page, else the one with the longest
        // body, is the page's own; list pages describe many.
        let named = headline.map(ArticleMetadata.fold)
        let chosen = articles.first { a in named != nil && text(a["headline"]).map(ArticleMetadata.fold) == named }
            ?? articles.max { (raw($0["articleBody"])?.count ?? 0) < (raw($1["articleBody"])?.count ?? 0) }
        guard let node = chosen ?? pages.first else { return result.siteName == nil ? nil : result }
        result.isLiveBlog = types(node).contains("liveblogposting")
        result.headline = text(node["headline"]) ?? text(node["name"])
        result.authors = names(node["author"], byID: byID) + (node["author"] == nil ? names(node["creator"], byID: byID) : [])
        result.published = text(node["datePublished"]) ?? text(node["dateCreated"]) ?? text(node["uploadDate"])
        result.modified = text(node["dateModified"])
        result.publisher = names(node["publisher"], byID: byID).first ?? names(node["sourceOrganization"], byID: byID).first
        result.url = text(node["url"]) ?? node["mainEntityOfPage"].flatMap { $0["@id"]?.string ?? $0.string }
        if let url = result.url, !url.hasPrefix("http") { result.url = nil }
        if result.url == nil {
            // The article's page: `isPartOf` points at it, or it is the only WebPage.
            let pageID = node["isPartOf"]?["@id"]?.string
            let page = pageID.flatMap { byID[$0] } ?? (pages.count == 1 ? pages.first : nil)
            if let u = page.flatMap({ text($0["url"]) }), u.hasPrefix("http") { result.url = u }
        }
        result.language = text(node["inLanguage"]) ?? node["inLanguage"]?["name"]?.string
        result.body = raw(node["articleBody"]) ?? raw(node["text"])
        if result.published == nil, let page = pages.first { result.published = text(page["datePublished"]) }
        return result
    }

    /// Gathers every object that can describe the page: top-level values,
    /// array items, `@graph` members and `mainEntity` children.
    private static func collect(_ value: JSONValue, into nodes: inout [JSONValue], depth: Int) {
        guard depth < 6 else { return }
        switch value {
        case .array(let items):
            for item in items { collect(item, into: &nodes, depth: depth + 1) }
        case .object:
            nodes.append(value)
            if let graph = value["@graph"] { collect(graph, into: &nodes, depth: depth + 1) }
            if let main = value["mainEntity"] { collect(main, into: &nodes, depth: depth + 1) }
            for key in ["author", "publisher", "isPartOf"] {
                for item in value[key]?.list ?? [] where item["@id"] != nil && item["name"] != nil {
                    nodes.append(item)
                }
            }
        default:
            break
        }
    }

    static func types(_ node: JSONValue) -> Set<String> {
        var result = Set<String>()
        for t in node["@type"]?.list ?? [] {
            guard var s = t.string?.lowercased() else { continue }
            if let slash = s.lastIndex(where: { $0 == "/" || $0 == ":" }) { s = String(s[s.index(after: slash)...]) }
            result.insert(s)
        }
        return result
    }

    /// A string value, entities decoded and whitespace folded.
    static func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case .string(let s):
            return TextBuilder.clean(HTMLEntities.decode(s))
        case .array(let items):
            for item in items { if let s = text(item) { return s } }
            return nil
        case .object:
            return text(value["@value"])
        default:
            return nil
        }
    }

    /// A string value with its line breaks kept (article bodies), entities decoded.
    static func raw(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if case .string(let s) = value, s.contains(where: { !$0.isWhitespace }) { return HTMLEntities.decode(s) }
        if case .array(let items) = value {
            let parts = items.compactMap { raw($0) }
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        }
        return nil
    }

    /// Person or organisation names from a string, object, array or `@id` reference.
    static func names(_ value: JSONValue?, byID: [String: JSONValue]) -> [String] {
        guard let value else { return [] }
        var result: [String] = []
        for item in value.list {
            var node = item
            if case .object = item, item["name"] == nil, let id = item["@id"]?.string, let target = byID[id] { node = target }
            var name: String?
            switch node {
            case .string: name = text(node)
            case .object:
                name = text(node["name"])
                if name == nil, let given = text(node["givenName"]) {
                    name = [given, text(node["familyName"])].compactMap { $0 }.joined(separator: " ")
                }
            default: break
            }
            guard let name, !name.hasPrefix("http"), !result.contains(name) else { continue }
            result.append(name)
        }
        return result
    }
}
