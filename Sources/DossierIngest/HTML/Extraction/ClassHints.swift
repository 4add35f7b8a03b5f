/// What an element's tag, class, id, role and itemprop say about whether it
/// holds article text.
///
/// Class names are split into words (`article-body`, `articleBody`,
/// `article__body` all give `article`, `body`), so `share` matches
/// `share-bar` and `shareTools` but not `shared`.
struct ClassHints: Sendable {
    /// Readability-style weight: positive for article-like names, negative for chrome.
    var weight = 0
    /// Names that only an article body wears (`itemprop=articleBody`, `entry-content`, `story-body`).
    var isArticleBody = false
    var drop: Drop = .keep

    enum Drop: Sendable, Equatable {
        case keep
        /// Chrome whatever its size: navigation, comments, share bars, related lists, ads.
        case always
        /// Metadata-ish (bylines, tag lists, captions): dropped when small or link-heavy.
        case whenSmall
        /// Comments and replies: never rescued by size, since they can outweigh the article.
        case comments
    }

    static let alwaysDroppedTags: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "map", "picture", "figcaption", "button", "input", "select",
        "textarea", "option", "label", "dialog", "menu", "nav", "aside", "footer", "amp-ad", "amp-sidebar",
        "amp-analytics", "amp-social-share", "amp-iframe", "amp-img", "img",
    ]

    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist",
    ]

    /// Whole words that mark chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "footer", "sidebar", "sidebars",
        "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "signup", "subscribe", "subscription",
        "share", "sharing", "shares", "sharebar", "social", "socials", "related", "recommended", "recommendations",
        "recirc", "recirculation", "outbrain", "taboola", "promo", "promos", "promotion", "advert", "advertisement",
        "advertising", "ad", "ads", "adslot", "adunit", "adsense", "dfp", "sponsor", "sponsored", "popup", "modal",
        "overlay", "masthead", "skip", "sr", "screen", "visually", "popular", "trending", "mostread", "mostpopular",
        "pagination", "pager", "paging", "login", "signin", "widget", "widgets", "banner", "toolbar", "jump",
        "sticky", "donate", "donation", "follow", "print", "offcanvas", "drawer", "teaser", "teasers", "more",
        "readmore", "newsfeed", "rail", "outstream", "upsell", "paywall", "flyout", "hamburger", "topbar", "alert",
        "notification", "disclaimer", "syndication", "viral", "tooltip", "copyright", "sitemap",
    ]
    /// Word prefixes that mark chrome (`sharedaddy`, `socialIcons`, `newsletterSignup`).
    static let chromePrefixes = [
        "share", "social", "newsletter", "sidebar", "breadcrumb", "advert", "sponsor", "cookie", "promo", "related",
        "recommend", "outbrain", "taboola", "navbar", "navigation", "footer", "subnav", "mostpopular", "mostread",
    ]
    static let commentWords: Set<String> = [
        "comment", "comments", "commentlist", "commentary_thread", "disqus", "respond", "reply", "replies", "discussion",
        "livefyre", "coral", "talk", "reactions", "feedback", "guestbook",
    ]
    /// Metadata-ish words: small blocks wearing them are not article text.
    static let metadataWords: Set<String> = [
        "byline", "bylines", "author", "authors", "meta", "metadata", "dateline", "bio", "caption", "credit", "credits",
        "tools", "actions", "utility", "tags", "tag", "topics", "keywords", "rating", "hidden", "hide", "info",
        "timestamp", "date", "time", "published", "updated", "contributor", "avatar", "icon", "icons", "label",
        "category", "categories", "kicker", "eyebrow", "source", "disclosure", "note", "image", "photo",
        "media", "gallery", "video", "audio", "embed", "player",
    ]
    static let positiveWords: Set<String> = [
        "article", "articles", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "richtext", "page", "column", "news", "detail", "single", "paragraph", "copy", "markdown", "abstract",
    ]
    /// Compound names (separators removed) that only the article body wears.
    static let articleBodyNames = [
        "articlebody", "articlecontent", "articletext", "storybody", "storycontent", "storytext", "entrycontent",
        "entrybody", "postcontent", "postbody", "posttext", "bodytext", "contentbody", "fieldnamebody",
        "fieldbody", "articlemain", "newsarticlebody", "blogpostcontent", "textcontent", "richtextarticlebody",
        "maintext", "articledetailbody", "singlecontent", "postentry", "bodycopy", "paywallcontent",
    ]

    init(_ e: Element) {
        if Self.alwaysDroppedTags.contains(e.name) { drop = .always; return }
        if e.attribute("hidden") != nil || e.attribute("aria-hidden") == "true" { drop = .always; return }
        if let style = e.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            drop = .always
            return
        }
        if let role = e.attribute("role")?.lowercased() {
            if Self.chromeRoles.contains(role) { drop = .always; return }
            if role == "main" || role == "article" { weight += 25 }
        }
        let itemprop = e.attribute("itemprop")?.lowercased() ?? ""
        if itemprop.contains("articlebody") || itemprop == "text" && e.name != "span" {
            isArticleBody = true
            weight += 25
        }
        if itemprop == "comment" || (e.attribute("itemtype")?.hasSuffix("/Comment") ?? false) { drop = .comments; return }
        if itemprop == "author" || itemprop == "datepublished" || itemprop == "publisher" { drop = .whenSmall }

        let names = [e.attribute("class"), e.attribute("id")].compactMap { $0 }.joined(separator: " ")
        guard !names.isEmpty else { return }
        let words = Self.words(names)
        let compact = String(names.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" })
        if Self.articleBodyNames.contains(where: { compact.contains($0) }) {
            isArticleBody = true
            weight += 25
        }
        var chrome = false, comment = false, metadata = false, positive = false
        for w in words {
            if Self.commentWords.contains(w) || w.hasPrefix("comment") && !w.hasPrefix("commentary") { comment = true }
            if Self.chromeWords.contains(w) || Self.chromePrefixes.contains(where: { w.hasPrefix($0) }) { chrome = true }
            if Self.metadataWords.contains(w) { metadata = true }
            if Self.positiveWords.contains(w) { positive = true }
        }
        if positive { weight += 25 }
        if chrome || comment { weight -= 25 }
        if comment { drop = .comments }
        else if chrome { drop = .always }
        else if metadata { drop = .whenSmall }
        if isArticleBody && drop != .comments { drop = .keep }
    }

    /// Lowercased words of class and id names, split at separators and camelCase humps.
    static func words(_ s: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousLower = false
        for ch in s {
            if ch.isLetter || ch.isNumber {
                if ch.isUppercase && previousLower, !current.isEmpty {
                    result.append(current)
                    current = ""
                }
                current.append(contentsOf: ch.lowercased())
                previousLower = ch.isLowercase || ch.isNumber
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
