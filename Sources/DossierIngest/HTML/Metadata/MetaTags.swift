/// The `<meta>` and `<link>` facts of a page, keyed the way sites write them.
///
/// Keys are lowercased `property`, `name`, `itemprop` or `http-equiv` values
/// (`og:title`, `article:published_time`, `parsely-pub-date`, `dc.date`).
struct MetaTags: Sendable {
    private(set) var values: [String: [String]] = [:]
    var canonical: String?
    var base: String?
    var language: String?
    var jsonLD: [String] = []

    init(root: Element) {
        language = root.attribute("lang") ?? root.attribute("xml:lang")
        var stack: [Element] = [root]
        while let e = stack.popLast() {
            switch e.name {
            case "meta":
                let content = e.attribute("content") ?? e.attribute("value")
                guard let content, let clean = TextBuilder.clean(content) else { break }
                for attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let key = e.attribute(attr)?.lowercased() {
                        for k in key.split(separator: " ") { values[String(k), default: []].append(clean) }
                    }
                }
            case "link":
                let rel = e.attribute("rel")?.lowercased() ?? ""
                if canonical == nil, rel.split(separator: " ").contains("canonical"), let href = e.attribute("href"),
                   let clean = TextBuilder.clean(href) {
                    canonical = clean
                }
            case "base":
                if base == nil { base = e.attribute("href") }
            case "script":
                if let type = e.attribute("type")?.lowercased(), type.has("ld+json") { jsonLD.append(e.textContent) }
            default:
                break
            }
            stack.append(contentsOf: e.elements.reversed())
        }
    }

    /// The first value under any of these keys, in the order given.
    func first(_ keys: String...) -> String? {
        for key in keys { if let v = values[key]?.first { return v } }
        return nil
    }

    func all(_ key: String) -> [String] { values[key] ?? [] }
}
