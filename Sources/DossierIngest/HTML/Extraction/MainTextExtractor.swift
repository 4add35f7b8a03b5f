/// Extracts an article's main text from a parsed page: chrome masked, the
/// article's container chosen, and its text rendered without the inline
/// boilerplate (link lists, "Read more" boxes, ad labels).
struct MainTextExtractor {
    let index: PageIndex
    let raw: PageIndex.Measure
    let clean: PageIndex.Measure
    let dropped: [Bool]
    let teasers: TeaserLists
    /// Declared a live blog by its JSON-LD, or named like one.
    let isLiveBlog: Bool
    private let ids: [ObjectIdentifier: Int]

    /// - Parameter liveBlog: keep small timestamp blocks, which carry a live
    ///   blog's entry times.
    init(body: Element, liveBlog: Bool) {
        index = PageIndex(root: body)
        raw = index.measure()
        let live = liveBlog || index.hints.lazy.filter(\.marksLiveBlog).prefix(2).count >= 2
        dropped = BoilerplateMask.compute(index, raw: raw, liveBlog: live)
        isLiveBlog = live
        clean = index.measure(excluding: dropped)
        teasers = TeaserLists(index: index, clean: clean, dropped: dropped)
        var ids: [ObjectIdentifier: Int] = [:]
        ids.reserveCapacity(index.count)
        for (id, e) in index.elements.enumerated() { ids[ObjectIdentifier(e)] = id }
        self.ids = ids
    }

    /// The main text; `title` (when given) is left out if the article repeats
    /// it as its first heading.
    func text(title: String?) -> String {
        let selector = ContentSelector(index: index, clean: clean, dropped: dropped, headline: title.map(Self.fold), teasers: teasers)
        return render(selector.select(), title: title)
    }

    /// The text of the element that holds a known article text (JSON-LD
    /// `articleBody`): the smallest ancestor of the block that starts with
    /// `opening` holding at least most of `expectedChars` non-space characters.
    /// Nil when no block starts that way.
    func text(anchoredAt opening: String, expectedChars: Int, title: String?) -> String? {
        let probe = Self.fold(opening)
        guard probe.count >= 20 else { return nil }
        for id in 0..<index.count where !dropped[id] && clean.inlineChars[id] >= 20 {
            let name = index.name(id)
            guard !PageIndex.inlineTags.contains(name) else { continue }
            let element = index.elements[id]
            let opensWithProbe = Self.fold(Self.leadingText(element, limit: probe.count * 2 + 40)).hasPrefix(probe) || element.children.contains { node in
                // Prose written straight into a container (`text<br><br>…`).
                if case .text(let t) = node { return Self.fold(t).hasPrefix(probe) }
                return false
            }
            guard opensWithProbe else { continue }
            var container = id
            while container > 0, clean.chars[container] * 10 < expectedChars * 8 {
                container = index.parent[container]
            }
            guard container > 0, clean.chars[container] <= expectedChars * 3 else { return nil }
            return render([container], title: title)
        }
        return nil
    }

    private func render(_ roots: [Int], title: String?) -> String {
        let rootSet = Set(roots)
        var builder = TextBuilder()
        let normalisedTitle = title.map(Self.fold)
        var titleSkipped = false
        HTMLText.render(roots.map { index.elements[$0] }, into: &builder) { element in
            guard let id = ids[ObjectIdentifier(element)] else { return false }
            if dropped[id] { return true }
            if rootSet.contains(id) { return false }
            if !titleSkipped, element.name == "h1" || element.name == "h2", let normalisedTitle,
               Self.fold(element.textContent) == normalisedTitle {
                titleSkipped = true
                return true
            }
            return isInlineChrome(id)
        }
        return builder.text
    }

    /// Boilerplate inside the chosen container, judged on its cleaned text.
    private func isInlineChrome(_ id: Int) -> Bool {
        let name = index.name(id)
        let chars = clean.chars[id]
        guard chars > 0 else { return false }
        let density = clean.linkDensity(id)
        if PageIndex.inlineTags.contains(name) && name != "a" {
            // Legacy pages use <font> or <span> as blocks: a run of links
            // set straight into a cell ("Home > Technology", "Related
            // Stories » … » …") is navigation, not a sentence.
            let parent = index.parent[id]
            guard parent >= 0, !ContentSelector.paragraphTags.contains(index.name(parent)), index.name(parent) != "p" else { return false }
            let links = index.children[id].filter { index.name($0) == "a" }.count
            return links >= 2 && density > 0.75
        }
        if index.hints[id].isArticleBody { return false }
        switch name {
        case "div", "section", "ul", "ol", "dl", "table", "header", "form", "span", "center", "font":
            // Lists and boxes of links: related stories, tag clouds, share rows.
            if density > 0.5 { return true }
            if name == "div" || name == "section" || name == "ul" || name == "ol", teasers.contains(id) { return true }
            if (name == "ul" || name == "ol"), density > 0.3, clean.commas[id] == 0,
               Double(chars) / Double(max(1, index.children[id].count)) < 80 {
                return true
            }
        case "td", "th":
            // A layout table's navigation column beside the story.
            if density > 0.5 && chars >= 80 { return true }
        case "p", "li", "dd", "dt", "blockquote", "h2", "h3", "h4", "h5", "h6":
            // A short paragraph that is mostly a link is a "Read more" box.
            if density > 0.7 && chars < 200 { return true }
            if name.first == "h", introducesOnlyChrome(id) { return true }
        default:
            break
        }
        if chars <= 120, BoilerplateText.isChrome(index.elements[id].textContent) { return true }
        return false
    }

    /// A heading whose following siblings were all dropped ("Related
    /// stories" over a removed list, "Comments (24)" over a removed thread).
    private func introducesOnlyChrome(_ id: Int) -> Bool {
        let p = index.parent[id]
        guard p >= 0 else { return false }
        let siblings = index.children[p]
        guard let position = siblings.firstIndex(of: id) else { return false }
        let following = siblings[(position + 1)...]
        guard following.contains(where: { dropped[$0] }) else { return false }
        return following.allSatisfy { dropped[$0] || clean.chars[$0] == 0 }
    }

    /// The first `limit` characters or so of an element's text, without
    /// walking the rest of its subtree.
    static func leadingText(_ element: Element, limit: Int) -> String {
        var out = ""
        var stack: [MarkupNode] = element.children.reversed()
        while let node = stack.popLast(), out.utf8.count < limit * 4, out.count < limit {
            switch node {
            case .text(let t): out += t
            case .element(let e):
                if PageIndex.ignoredTags.contains(e.name) { continue }
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }

    static func fold(_ s: String) -> String {
        (TextBuilder.clean(s) ?? "").lowercased()
    }
}
