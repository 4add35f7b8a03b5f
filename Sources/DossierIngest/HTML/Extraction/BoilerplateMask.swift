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
}
