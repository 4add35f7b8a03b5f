/// Finds lists of teasers (linked headlines, each with a summary) in one
/// bottom-up pass, so asking about any element costs nothing.
struct TeaserLists {
    private var headings: [Int]
    private var linked: [Int]
    /// Characters inside teaser cards (the block around a linked headline) below each element.
    private var cardChars: [Int]
    private let chars: [Int]

    init(index: PageIndex, clean: PageIndex.Measure, dropped: [Bool]) {
        let n = index.count
        headings = Array(repeating: 0, count: n)
        linked = Array(repeating: 0, count: n)
        cardChars = Array(repeating: 0, count: n)
        chars = clean.chars
        var isCard = [Bool](repeating: false, count: n)
        for id in 0..<n where !dropped[id] && clean.chars[id] > 0 {
            guard index.tags[id].contains(.subheading) else { continue }
            let parent = index.parent[id]
            let insideLink = parent >= 0 && index.tags[parent].contains(.link)
            guard insideLink || clean.linkChars[id] * 2 >= clean.chars[id] else { continue }
            var card = parent
            if insideLink, card >= 0 { card = index.parent[card] }
            if card >= 0 { isCard[card] = true }
        }
        var id = n - 1
        while id >= 0 {
            defer { id -= 1 }
            guard !dropped[id], clean.chars[id] > 0 else { continue }
            if index.tags[id].contains(.subheading) {
                headings[id] += 1
                let parent = index.parent[id]
                if (parent >= 0 && index.tags[parent].contains(.link)) || clean.linkChars[id] * 2 >= clean.chars[id] { linked[id] += 1 }
            }
            let p = index.parent[id]
            guard p >= 0 else { continue }
            headings[p] += headings[id]
            linked[p] += linked[id]
            cardChars[p] += isCard[id] ? clean.chars[id] : cardChars[id]
        }
    }

    /// True when the element is mostly teaser cards: at least two linked
    /// headlines, most of its headings linked, most of its text in cards.
    func contains(_ id: Int) -> Bool {
        linked[id] >= 2 && linked[id] * 2 >= headings[id] && cardChars[id] * 10 >= chars[id] * 6
    }
}
