/// Decides which elements of a page are chrome, before any scoring.
///
/// Class and tag hints decide most cases; two guards keep them honest. An
/// element that contains the article body (`itemprop=articleBody`,
/// `entry-content`…) is never dropped, and neither is a chrome-named wrapper
/// that holds most of the page's prose (`<div class="has-sidebar">` around
/// everything). Comment sections get no such rescue: they are the one kind of
/// chrome that can outweigh the article.
enum BoilerplateMask {
    static func compute(_ index: PageIndex, raw: PageIndex.Measure, liveBlog: Bool) -> [Bool] {
        let n = index.count
        var protected = [Bool](repeating: false, count: n)
        for id in 0..<n where index.hints[id].isArticleBody && raw.chars[id] >= 200 {
            var a = id
            while a >= 0, !protected[a] {
                protected[a] = true
                a = index.parent[a]
            }
        }
        let pageChars = max(1, raw.chars[0])
        var dropped = [Bool](repeating: false, count: n)
        for id in 0..<n {
            let p = index.parent[id]
            if p >= 0, dropped[p] { dropped[id] = true; continue }
            if protected[id] { continue }
            let hints = index.hints[id]
            // A link or inline span that is part of a sentence ("earnings for <a class=tag>the third
            // quarter</a>, with…") is text, whatever its class says; only hidden text goes.
            if hints.drop != .keep, !hints.concealed, !hints.byTag, isInSentence(id, index, raw) { continue }
            let chars = raw.chars[id]
            let holdsMostProse = chars * 2 >= pageChars && raw.linkDensity(id) < 0.3 && raw.paragraphs[id] >= 3
            // A name-flagged wrapper around the headline and its paragraphs
            // (`tone-comment`, `with-share-bar`) is the article itself.
            let wrapsArticle = !hints.byTag && raw.hasHeadline[id] && raw.paragraphs[id] >= 2 && raw.linkDensity(id) < 0.4
            switch hints.drop {
            case .keep:
                switch index.name(id) {
                case "figure": dropped[id] = !raw.hasTable[id]
                case "form": dropped[id] = chars < 400 || raw.linkDensity(id) > 0.5
                case "header":
                    // A site header: navigation and logos, no prose.
                    dropped[id] = raw.paragraphs[id] == 0 && raw.linkDensity(id) > 0.5
                default: break
                }
            case .always:
                dropped[id] = !holdsMostProse && !wrapsArticle
            case .comments:
                dropped[id] = !wrapsArticle
            case .whenSmall:
                let small = chars < 300 || raw.linkDensity(id) > 0.5
                let liveStamp = liveBlog && raw.hasTime[id]
                dropped[id] = small && !liveStamp
            }
        }
        return dropped
    }

    /// An inline element whose nearest block holds text besides it: words of a sentence, not a
    /// list of links. Navigation-like runs of links (a block that is mostly links) do not count.
    static func isInSentence(_ id: Int, _ index: PageIndex, _ raw: PageIndex.Measure) -> Bool {
        guard PageIndex.inlineTags.contains(index.name(id)) else { return false }
        var block = index.parent[id]
        while block >= 0, PageIndex.inlineTags.contains(index.name(block)) { block = index.parent[block] }
        guard block >= 0, ContentSelector.paragraphTags.contains(index.name(block)) || index.name(block) == "td" else { return false }
        let around = raw.chars[block] - raw.chars[id]
        return around >= Self.sentenceContext && raw.linkDensity(block) < Self.linkListDensity
    }

    /// Characters of other text a block must hold for an inline element in it to be part of a sentence.
    static let sentenceContext = 20
    /// Above this share of link text a block is a list of links, not prose.
    static let linkListDensity = 0.6
}
