/// A page's elements in document order, with the text measurements the
/// extractor scores them by.
///
/// Elements get integer ids in pre-order, so a parent's id is always smaller
/// than its children's: one reverse sweep sums subtree measurements and one
/// forward sweep propagates decisions downwards. Everything is linear in the
/// size of the page.
struct PageIndex {
    let elements: [Element]
    let parent: [Int]
    let children: [[Int]]
    let hints: [ClassHints]
    /// What each element's tag is, decided once (the passes over the page
    /// ask it of every element several times).
    let tags: [Tag]
    /// Measurements of each element's own text nodes (not its children's).
    private let ownChars: [Int]
    private let ownCommas: [Int]

    /// Tags whose content is never text, left out of the index altogether.
    static let ignoredTags: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "math", "title"]
    /// Tags that lay text out inline: their text counts towards the enclosing block.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "strike", "tt",
        "big", "nobr", "abbr", "acronym", "label", "img", "br",
    ]

    /// The tag facts the extractor's passes ask about.
    struct Tag: OptionSet, Sendable {
        let rawValue: UInt16
        static let link = Tag(rawValue: 1 << 0)          // a
        static let paragraph = Tag(rawValue: 1 << 1)     // p
        static let time = Tag(rawValue: 1 << 2)
        static let headline = Tag(rawValue: 1 << 3)      // h1
        static let tableLike = Tag(rawValue: 1 << 4)     // table, blockquote, pre
        static let lineBreak = Tag(rawValue: 1 << 5)     // br
        static let inline = Tag(rawValue: 1 << 6)        // one of inlineTags
        static let subheading = Tag(rawValue: 1 << 7)    // h2–h6
        static let paragraphLike = Tag(rawValue: 1 << 8) // one of ContentSelector.paragraphTags

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ name: String) {
            var tag: Tag = []
            switch name {
            case "a": tag.insert(.link)
            case "p": tag.insert(.paragraph)
            case "time": tag.insert(.time)
            case "h1": tag.insert(.headline)
            case "table", "blockquote", "pre": tag.insert(.tableLike)
            case "br": tag.insert(.lineBreak)
            case "h2", "h3", "h4", "h5", "h6": tag.insert(.subheading)
            default: break
            }
            if PageIndex.inlineTags.contains(name) { tag.insert(.inline) }
            if ContentSelector.paragraphTags.contains(name) { tag.insert(.paragraphLike) }
            self = tag
        }
    }

    init(root: Element) {
        var elements: [Element] = []
        var parent: [Int] = []
        var hints: [ClassHints] = []
        var ownChars: [Int] = []
        var ownCommas: [Int] = []
        var tags: [Tag] = []
        var verdicts: [String: ClassHints.NameVerdict] = [:]
        var stack: [(Element, Int)] = [(root, -1)]
        while let (e, p) = stack.popLast() {
            let id = elements.count
            elements.append(e)
            parent.append(p)
            hints.append(ClassHints(e, verdicts: &verdicts))
            tags.append(Tag(e.name))
            var chars = 0, commas = 0
            for child in e.children {
                switch child {
                case .text(let s):
                    let counted = Self.count(s)
                    chars += counted.chars
                    commas += counted.commas
                case .element:
                    break
                }
            }
            ownChars.append(chars)
            ownCommas.append(commas)
            for child in e.elements.reversed() where !Self.ignoredTags.contains(child.name) {
                stack.append((child, id))
            }
        }
        var children = [[Int]](repeating: [], count: elements.count)
        for id in 1..<max(1, elements.count) where parent[id] >= 0 { children[parent[id]].append(id) }
        self.elements = elements
        self.parent = parent
        self.children = children
        self.hints = hints
        self.tags = tags
        self.ownChars = ownChars
        self.ownCommas = ownCommas
    }

    var count: Int { elements.count }

    /// The non-space scalars and the commas (Latin, full-width, ideographic,
    /// Arabic) of a text node, counted over its UTF-8 bytes.
    static func count(_ text: String) -> (chars: Int, commas: Int) {
        if let counted = text.utf8.withContiguousStorageIfAvailable(count(utf8:)) { return counted }
        return Array(text.utf8).withUnsafeBufferPointer(count(utf8:))
    }

    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (chars: Int, commas: Int) {
        var chars = 0, commas = 0
        let n = bytes.count
        var i = 0
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (0, 0) }
        while i < n {
            // Eight ASCII bytes at a time, counted with word arithmetic.
            while i + 8 <= n {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                guard x & high == 0 else { break }
                let spaces = zeroBytes(x ^ (0x20 * ones)) | asciiControlSpaces(x)
                chars += 8 - spaces.nonzeroBitCount
                commas += zeroBytes(x ^ (0x2C * ones)).nonzeroBitCount
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { chars += 1 }
                if b == 0x2C { commas += 1 }
                i += 1
                continue
            }
            let width = min(n - i, b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1)
            if width < 2 || !TextBuilder.isMultibyteSpace(bytes, at: i, width: width) { chars += 1 }
            if width == 2, b == 0xD8, bytes[i + 1] == 0x8C { commas += 1 }                          // U+060C
            if width == 3, b == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C { commas += 1 }     // U+FF0C
            if width == 3, b == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81 { commas += 1 }     // U+3001
            i += width
        }
        return (chars, commas)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each zero byte of `x` (exact: no carries between bytes).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & ~high) &+ ~high) | x) & high
    }

    /// The high bit of each byte of `x` (all below 0x80) from 0x09 to 0x0D.
    @inline(__always)
    private static func asciiControlSpaces(_ x: UInt64) -> UInt64 {
        let atLeast9 = (x | high) &- 0x09 * ones     // high bit set where byte >= 0x09
        let atLeast14 = (x | high) &- 0x0E * ones    // high bit set where byte >= 0x0E
        return atLeast9 & ~atLeast14 & high
    }

    func name(_ id: Int) -> String { elements[id].name }

    /// Subtree measurements, leaving out every element for which `excluded` is true.
    struct Measure {
        var chars: [Int]
        var linkChars: [Int]
        var commas: [Int]
        var paragraphs: [Int]
        /// Text of the element and its inline descendants, not of nested blocks.
        var inlineChars: [Int]
        var inlineLinkChars: [Int]
        var inlineCommas: [Int]
        var brChildren: [Int]
        var textBlockChildren: [Int]
        var hasTime: [Bool]
        var hasTable: [Bool]
        var hasHeadline: [Bool]

        func linkDensity(_ id: Int) -> Double {
            chars[id] == 0 ? 0 : Double(linkChars[id]) / Double(chars[id])
        }
        func inlineLinkDensity(_ id: Int) -> Double {
            inlineChars[id] == 0 ? 0 : Double(inlineLinkChars[id]) / Double(inlineChars[id])
        }
    }

    func measure(excluding excluded: [Bool]? = nil) -> Measure {
        let n = count
        var m = Measure(
            chars: ownChars, linkChars: Array(repeating: 0, count: n), commas: ownCommas,
            paragraphs: Array(repeating: 0, count: n), inlineChars: ownChars, inlineLinkChars: Array(repeating: 0, count: n),
            inlineCommas: ownCommas, brChildren: Array(repeating: 0, count: n), textBlockChildren: Array(repeating: 0, count: n),
            hasTime: Array(repeating: false, count: n), hasTable: Array(repeating: false, count: n),
            hasHeadline: Array(repeating: false, count: n)
        )
        var id = n - 1
        while id >= 0 {
            defer { id -= 1 }
            let tag = tags[id]
            if tag.contains(.link) {
                m.linkChars[id] = m.chars[id]
                m.inlineLinkChars[id] = m.inlineChars[id]
            }
            if tag.contains(.paragraph) { m.paragraphs[id] += 1 }
            if tag.contains(.time) { m.hasTime[id] = true }
            if tag.contains(.headline) { m.hasHeadline[id] = true }
            if tag.contains(.tableLike) { m.hasTable[id] = true }
            let p = parent[id]
            guard p >= 0, excluded?[id] != true else { continue }
            m.chars[p] += m.chars[id]
            m.linkChars[p] += m.linkChars[id]
            m.commas[p] += m.commas[id]
            m.paragraphs[p] += m.paragraphs[id]
            m.hasTime[p] = m.hasTime[p] || m.hasTime[id]
            m.hasTable[p] = m.hasTable[p] || m.hasTable[id]
            m.hasHeadline[p] = m.hasHeadline[p] || m.hasHeadline[id]
            if tag.contains(.lineBreak) { m.brChildren[p] += 1 }
            if tag.contains(.inline) {
                m.inlineChars[p] += m.inlineChars[id]
                m.inlineLinkChars[p] += m.inlineLinkChars[id]
                m.inlineCommas[p] += m.inlineCommas[id]
            } else if m.chars[id] > 0 {
                m.textBlockChildren[p] += 1
            }
        }
        return m
    }
}
