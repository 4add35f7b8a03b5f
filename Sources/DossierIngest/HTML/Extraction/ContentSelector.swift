/// Finds the element (or run of sibling elements) that holds the article.
///
/// Scoring in the manner of Readability: every block of prose gives points
/// (one, plus its commas, plus one per 100 characters up to three) to the
/// element that holds it and, diminishing, to its ancestors; an ancestor's
/// total is discounted by its link density and shifted by what its class
/// names say. The best-scoring element wins; siblings that look like more of
/// the same article (the second half after an ad, a paragraph between two
/// promo boxes) are merged with it.
struct ContentSelector {
    let index: PageIndex
    let clean: PageIndex.Measure
    let dropped: [Bool]
    /// The page's title, folded, to find its headline element.
    var headline: String?
    let teasers: TeaserLists

    static let paragraphTags: Set<String> = [
        "p", "pre", "blockquote", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "address", "summary",
    ]

    /// The ids of the elements whose text is the article, in document order.
    func select() -> [Int] {
        var scores = [Double](repeating: 0, count: index.count)
        var scored = [Bool](repeating: false, count: index.count)

        for id in 0..<index.count where !dropped[id] {
            let tag = index.tags[id]
            if tag.contains(.inline) { continue }
            let length = clean.inlineChars[id]
            guard length >= 25 else { continue }
            var points = 1 + Double(clean.inlineCommas[id]) + min(Double(length) / 100, 3)
            points *= 1 - clean.inlineLinkDensity(id)
            guard points > 0 else { continue }
            // Prose directly in a div (`text<br><br>text`) makes that div the
            // container; a paragraph gives its points to its parent.
            let holdsProse = !tag.contains(.paragraphLike) && !tag.contains(.headline)
                && (clean.brChildren[id] >= 2 || clean.textBlockChildren[id] > 0 || length >= 400)
            var target = holdsProse ? id : index.parent[id]
            var level = 0
            while target >= 0, level < 5 {
                if !scored[target] {
                    scored[target] = true
                    scores[target] = baseScore(target)
                }
                let share: Double = level == 0 ? 1 : level == 1 ? 0.5 : 1 / Double(level * 3)
                scores[target] += points * share
                target = index.parent[target]
                level += 1
            }
        }

        var best = -1
        var bestScore = 0.0
        var final = [Double](repeating: 0, count: index.count)
        var earned = [Double](repeating: 0, count: index.count)
        for id in 0..<index.count where scored[id] && !dropped[id] {
            final[id] = scores[id] * (1 - clean.linkDensity(id))
            earned[id] = (scores[id] - baseScore(id)) * (1 - clean.linkDensity(id))
            if final[id] > bestScore {
                bestScore = final[id]
                best = id
            }
        }
        guard best >= 0 else { return [0] }
        best = promote(best, final: final)
        if let article = headlineArticle(), !isAncestor(article, of: best), !isAncestor(best, of: article), article != best,
           clean.chars[article] >= 500 || clean.paragraphs[article] >= 3, !isHeading(article) {
            best = article
        }
        let chosen = siblings(of: best, earned: earned)
        return widenToMarkedBody(chosen) ?? chosen
    }

    /// The page's headline element: the `h1` that reads like the title, or the only one.
    private func headlineElement() -> Int? {
        let h1s = (0..<index.count).filter { index.tags[$0].contains(.headline) && !dropped[$0] && clean.chars[$0] > 0 }
        guard !h1s.isEmpty else { return nil }
        return headline.flatMap { title in h1s.first { MainTextExtractor.fold(index.elements[$0].textContent) == title } }
            ?? (h1s.count == 1 ? h1s[0] : nil)
    }

    /// The smallest element around the page's headline that also holds
    /// prose: where the article is. When the scoring chose a block outside
    /// it (an unmarked comment thread, a wall of teasers), the headline wins.
    private func headlineArticle() -> Int? {
        guard let h1 = headlineElement() else { return nil }
        var ancestor = index.parent[h1]
        while ancestor > 0 {
            if clean.chars[ancestor] >= clean.chars[h1] * 3 + 200 {
                return clean.linkDensity(ancestor) < 0.35 ? ancestor : nil
            }
            ancestor = index.parent[ancestor]
        }
        return nil
    }

    /// A marked article body (`itemprop=articleBody`, `entry-content`, the
    /// page's only `<article>`) around the choice that holds clearly more
    /// prose than the choice: the scoring picked one part of the body.
    private func widenToMarkedBody(_ chosen: [Int]) -> [Int]? {
        guard let first = chosen.first else { return nil }
        let selected = chosen.reduce(0) { $0 + clean.chars[$1] }
        let articles = (0..<index.count).filter { index.name($0) == "article" && !dropped[$0] }
        var ancestor = index.parent[first]
        while ancestor > 0 {
            let marked = index.hints[ancestor].isArticleBody || (articles.count == 1 && articles[0] == ancestor)
            if marked, !dropped[ancestor], clean.chars[ancestor] * 10 >= selected * 13, clean.linkDensity(ancestor) < 0.35 {
                return [ancestor]
            }
            ancestor = index.parent[ancestor]
        }
        return nil
    }

    private func baseScore(_ id: Int) -> Double {
        var score = Double(index.hints[id].weight)
        switch index.name(id) {
        case "div", "article", "main", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        if index.hints[id].isArticleBody { score += 20 }
        return score
    }

    /// Moves up from a winner that is one of several comparable blocks of
    /// the same article (three or more near-best candidates under an
    /// ancestor at most three levels up), or that is its parent's only child.
    private func promote(_ start: Int, final: [Double]) -> Int {
        var best = start
        let top = final[best]
        var rivals: [Int] = []
        for id in 0..<index.count where id != best && final[id] >= top * 0.75 && !isAncestor(id, of: best) && !isAncestor(best, of: id) {
            rivals.append(id)
        }
        if rivals.count >= 3 {
            var ancestor = index.parent[best]
            var steps = 0
            while ancestor > 0, steps < 3 {
                let shared = rivals.filter { isAncestor(ancestor, of: $0) }.count
                if shared >= 3 { best = ancestor; break }
                ancestor = index.parent[ancestor]
                steps += 1
            }
        }
        // Readability's climb: an ancestor that outscores the winner holds
        // more of the same article (sections of one body, a body split by
        // a wrapper); stop once ancestors score far below.
        var lastScore = final[best]
        let floor = lastScore / 3
        var ancestor = index.parent[best]
        while ancestor > 0 {
            let score = final[ancestor]
            if score > 0 {
                if score < floor { break }
                if score > lastScore {
                    best = ancestor
                    break
                }
                lastScore = score
            }
            ancestor = index.parent[ancestor]
        }
        while best > 0 {
            let p = index.parent[best]
            guard p >= 0, p > 0 else { break }
            let liveChildren = index.children[p].filter { !dropped[$0] && clean.chars[$0] > 0 }
            if liveChildren.count == 1 { best = p } else { break }
        }
        return best
    }

    private func isAncestor(_ a: Int, of b: Int) -> Bool {
        var x = index.parent[b]
        while x >= 0 {
            if x == a { return true }
            if x < a { return false }
            x = index.parent[x]
        }
        return false
    }

    /// The winner and those of its siblings that continue the article,
    /// judged on the points their prose earned (class names aside: an
    /// `article-header` sibling is not article text for its name).
    private func siblings(of best: Int, earned final: [Double]) -> [Int] {
        let p = index.parent[best]
        guard p >= 0 else { return [best] }
        let threshold = max(5, final[best] * 0.2)
        let bestClass = index.elements[best].attribute("class") ?? ""
        // Under the headline's own container, prose between the headline
        // and the body belongs to the article, however little it scored
        // (a list or a short first section before an ad).
        let siblingsOfHeadline = headlineElement().flatMap { h in index.children[p].first { $0 == h || isAncestor($0, of: h) } }
        var afterHeadline = false
        var beforeBest = true
        var result: [Int] = []
        for sibling in index.children[p] where !dropped[sibling] {
            if sibling == siblingsOfHeadline { afterHeadline = true }
            if sibling == best { result.append(sibling); beforeBest = false; continue }
            guard clean.chars[sibling] > 0, !isHeading(sibling), !teasers.contains(sibling) else { continue }
            if afterHeadline, beforeBest, sibling != siblingsOfHeadline, clean.chars[sibling] >= 80,
               clean.linkDensity(sibling) < 0.25, final[sibling] <= final[best] {
                result.append(sibling)
                continue
            }
            var score = final[sibling]
            if !bestClass.isEmpty, index.elements[sibling].attribute("class") == bestClass {
                // More blocks of the same kind as the body (page builders'
                // text widgets, a body split by an ad) are the body.
                if clean.chars[sibling] >= 30, clean.linkDensity(sibling) < 0.3 { result.append(sibling); continue }
                score += final[best] * 0.2
            }
            // A sibling that outscores the choice is what the choice was
            // preferred over (a comment thread beside the headline's article).
            if final[sibling] > final[best] * 1.2 { continue }
            if score >= threshold { result.append(sibling); continue }
            let name = index.name(sibling)
            if name == "p" || (Self.paragraphTags.contains(name) && name != "li") {
                let length = clean.chars[sibling]
                let density = clean.linkDensity(sibling)
                if length > 80 && density < 0.25 { result.append(sibling) }
                else if length > 0 && density == 0 && endsSentence(sibling) { result.append(sibling) }
            }
        }
        return fillGaps(result, among: index.children[p])
    }

    /// Blocks lying between chosen parts of the article (a subheading in
    /// its own wrapper, a short paragraph between two text blocks) belong
    /// to it unless they are links or teasers.
    private func fillGaps(_ chosen: [Int], among siblings: [Int]) -> [Int] {
        guard chosen.count >= 2, let first = siblings.firstIndex(of: chosen[0]),
              let last = siblings.firstIndex(of: chosen[chosen.count - 1]), last > first else { return chosen }
        let picked = Set(chosen)
        return siblings[first...last].filter { id in
            if picked.contains(id) { return true }
            guard !dropped[id], clean.chars[id] > 0, clean.linkDensity(id) < 0.3, !teasers.contains(id) else { return false }
            return clean.chars[id] > 120 || !BoilerplateText.isChrome(index.elements[id].textContent)
        }
    }

    /// The block above an article body (headline, standfirst, byline) is
    /// page furniture, not body text.
    private func isHeading(_ id: Int) -> Bool {
        let e = index.elements[id]
        if e.name == "header" || e.name == "h1" || e.name == "hgroup" { return true }
        let words = ClassHints.words((e.attribute("class") ?? "") + " " + (e.attribute("id") ?? ""))
        return words.contains { ["header", "head", "hero", "headline", "title", "masthead"].contains($0) }
    }

    private func endsSentence(_ id: Int) -> Bool {
        let text = index.elements[id].textContent
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return ".!?…\"”»。".contains(last)
    }
}
