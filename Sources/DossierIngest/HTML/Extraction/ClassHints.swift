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
    /// Named like a live blog's feed or entry (`liveblog`, `live-update`).
    var marksLiveBlog = false
    /// The verdict comes from the tag itself (`nav`, `aside`, `script`), not from names.
    var byTag = false
    /// Hidden from readers: the `hidden` attribute, `aria-hidden`, `display:none`, or a
    /// screen-reader-only name (`sr-only`, `visually-hidden`). Such text is dropped even
    /// inside a sentence; text a reader sees never is.
    var concealed = false

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
        "pagination", "pager", "paging", "login", "signin", "banner", "toolbar", "jump",
        "donate", "donation", "follow", "offcanvas", "drawer", "noprint",
        "readmore", "newsfeed", "rail", "outstream", "upsell", "flyout", "hamburger", "topbar", "alert",
        "twitter", "tweet", "instagram", "facebook", "pinterest", "whatsapp", "linkedin", "tiktok", "reddit",
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
        "category", "categories", "kicker", "eyebrow", "source", "disclosure", "note", "image", "photo", "teaser",
        "paywall", "profile", "about",
        "media", "gallery", "video", "audio", "embed", "player",
    ]
    /// Words of names that hide text from sighted readers (`sr-only`, `visually-hidden`, `screen-reader-text`).
    static let concealingWords: Set<String> = ["sr", "visually", "screenreader", "hidden", "hide", "invisible", "offscreen"]
    /// Compound names (separators removed) of recirculation boxes.
    static let chromeCompounds = [
        "morestories", "topstories", "relatedstories", "morefrom", "readmore", "readnext", "upnext", "mostviewed",
        "mostshared", "alsolike", "alsoread", "seealso", "editorspicks", "recommendedfor", "authorbio", "aboutauthor",
        "abouttheauthor", "authorbox", "authorcard", "authorinfo", "postnavigation", "linkedstories",
        // Page builders (Elementor) wrap every text block in "widget"; only
        // the widget *area* of a theme is chrome.
        "widgetarea", "sidebarwidget", "footerwidget",
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
        var verdicts: [String: NameVerdict] = [:]
        self.init(e, verdicts: &verdicts)
    }

    /// - Parameter verdicts: what each class-name string seen so far on the
    ///   page said (filled in as names are met).
    init(_ e: Element, verdicts: inout [String: NameVerdict]) {
        if Self.alwaysDroppedTags.contains(e.name) { drop = .always; byTag = true; return }
        guard !e.attributes.isEmpty else { return }
        let a = HintAttributes(e)
        if a.hidden || a.ariaHidden == "true" { drop = .always; concealed = true; return }
        if let style = a.style?.lowercased().filter({ $0 != " " }),
           style.has("display:none") || style.has("visibility:hidden") {
            drop = .always
            concealed = true
            return
        }
        if let role = a.role?.lowercased() {
            if Self.chromeRoles.contains(role) { drop = .always; return }
            if role == "main" || role == "article" { weight += 25 }
        }
        let itemprop = a.itemprop?.lowercased() ?? ""
        if itemprop.has("articlebody") || itemprop == "text" && e.name != "span" {
            isArticleBody = true
            weight += 25
        }
        if itemprop == "comment" || (a.itemtype?.hasSuffix("/Comment") ?? false) { drop = .comments; return }
        if itemprop == "author" || itemprop == "datepublished" || itemprop == "publisher" { drop = .whenSmall }

        guard let names = a.names, !names.isEmpty else { return }
        // A page repeats the same class names on many elements: judge each
        // distinct name string once.
        let verdict: NameVerdict
        if let known = verdicts[names] {
            verdict = known
        } else {
            verdict = NameVerdict(names)
            verdicts[names] = verdict
        }
        if verdict.isArticleBody {
            isArticleBody = true
            weight += 25
        }
        if verdict.marksLiveBlog { marksLiveBlog = true }
        if verdict.concealed { concealed = true }
        if verdict.positive { weight += 25 }
        if verdict.chrome || verdict.comment { weight -= 25 }
        if verdict.comment { drop = .comments }
        else if verdict.chrome { drop = .always }
        else if verdict.metadata { drop = .whenSmall }
        if isArticleBody && drop != .comments { drop = .keep }
    }

    /// The attributes the hints read, found in one pass over the element's
    /// attributes (the first of each name wins, as in ``Element/attribute(_:namespace:)``).
    private struct HintAttributes {
        var hidden = false
        var ariaHidden: String?
        var style: String?
        var role: String?
        var itemprop: String?
        var itemtype: String?
        var className: String?
        var id: String?
        var component: String?
        var testID: String?
        var module: String?

        init(_ e: Element) {
            for attribute in e.attributes {
                let value = attribute.value
                switch attribute.name {
                case "class": if className == nil { className = value }
                case "id": if id == nil { id = value }
                case "style": if style == nil { style = value }
                case "role": if role == nil { role = value }
                case "itemprop": if itemprop == nil { itemprop = value }
                case "itemtype": if itemtype == nil { itemtype = value }
                case "hidden": hidden = true
                case "aria-hidden": if ariaHidden == nil { ariaHidden = value }
                case "data-component": if component == nil { component = value }
                case "data-testid": if testID == nil { testID = value }
                case "data-module": if module == nil { module = value }
                default: break
                }
            }
        }

        /// Class, id and component names joined by spaces; nil when the element has none.
        var names: String? {
            var joined = className
            func add(_ part: String?) {
                guard let part else { return }
                if let sofar = joined { joined = sofar + " " + part } else { joined = part }
            }
            add(id)
            add(component)
            add(testID)
            add(module)
            return joined
        }
    }

    /// What a string of class and id names says, independent of the element.
    struct NameVerdict: Sendable {
        var isArticleBody = false
        var chrome = false
        var comment = false
        var metadata = false
        var positive = false
        var marksLiveBlog = false
        /// Screen-reader-only or hidden by name (`sr-only`, `visually-hidden`, `hidden`).
        var concealed = false

        init(_ names: String) {
            let words = ClassHints.words(names)
            // Byte search: the standard library's substring search builds a
            // table per call, far too slow for every element of a page.
            var compact: [UInt8] = []
            compact.reserveCapacity(names.utf8.count)
            for b in names.utf8 where b != UInt8(ascii: "-") && b != UInt8(ascii: "_") {
                compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            isArticleBody = ClassHints.articleBodyPhrases.occurs(in: compact)
            for w in words {
                if ClassHints.commentWords.contains(w) || w.hasPrefix("comment") && !w.hasPrefix("commentary") { comment = true }
                if !chrome, ClassHints.chromeWords.contains(w) || ClassHints.hasChromePrefix(w) { chrome = true }
                if ClassHints.metadataWords.contains(w) { metadata = true }
                if ClassHints.positiveWords.contains(w) { positive = true }
                if ClassHints.concealingWords.contains(w) { concealed = true }
            }
            if words.contains("liveblog") || words.contains("live")
                && (words.contains("blog") || words.contains("update") || words.contains("entry") || words.contains("post")) {
                marksLiveBlog = true
            }
            if !chrome, ClassHints.chromeCompoundPhrases.occurs(in: compact) { chrome = true }
        }
    }

    static let articleBodyPhrases = BytePhrases(articleBodyNames)
    static let chromeCompoundPhrases = BytePhrases(chromeCompounds)
    static let chromePrefixPhrases = BytePhrases(chromePrefixes)

    /// True when the word starts with one of ``chromePrefixes``. ASCII words
    /// are compared as bytes; others keep `String`'s character comparison.
    static func hasChromePrefix(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) { return chromePrefixPhrases.opens(utf8) }
        return chromePrefixes.contains { word.hasPrefix($0) }
    }

    /// Lowercased words of class and id names, split at separators and camelCase humps.
    /// Works on bytes: non-ASCII bytes count as letters.
    static func words(_ s: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func flush() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for b in s.utf8 {
            let upper = b >= 0x41 && b <= 0x5A
            let lower = b >= 0x61 && b <= 0x7A
            let digit = b >= 0x30 && b <= 0x39
            if upper || lower || digit || b >= 0x80 {
                if upper && previousLower { flush() }
                current.append(upper ? b + 0x20 : b)
                previousLower = lower || digit
            } else {
                flush()
                previousLower = false
            }
        }
        flush()
        return result
    }
}
