/// Links and e-mail addresses stay one token ("https://example.com/a-b?c=1", "press@acme.com"),
/// with any brackets, quotes and sentence punctuation around them cut off.
extension TokenCutter {
    /// True when the chunk holds "://", starts (after openers) with "www." or "mailto:", or is an address.
    func isLink(_ start: Int, _ chunkEnd: Int) -> Bool {
        var index = start
        var at = -1
        var scheme = false
        while index < chunkEnd {
            switch text[index] {
            case UInt8(ascii: ":"):
                if index + 2 < chunkEnd && text[index + 1] == UInt8(ascii: "/") && text[index + 2] == UInt8(ascii: "/") {
                    scheme = true
                }
            case UInt8(ascii: "@"):
                if at < 0 { at = index }
            default: break
            }
            index += 1
        }
        if scheme { return true }
        var first = start
        while first < chunkEnd && isOpener(first) { first += 1 }
        if text.equalsLowercase(first, min(first + 4, chunkEnd), "www.")
            || text.equalsLowercase(first, min(first + 7, chunkEnd), "mailto:") {
            return first + 4 < chunkEnd
        }
        // An address: a word character before "@" and a dot followed by a letter after it.
        guard at > start, text[at - 1].isASCIIAlphanumeric || text[at - 1] == UInt8(ascii: "_")
                || text[at - 1] == UInt8(ascii: ".") else { return false }
        var dot = at + 1
        while dot + 1 < chunkEnd {
            if text[dot] == UInt8(ascii: ".") && text[dot + 1].isASCIILetter && dot > at + 1 { return true }
            dot += 1
        }
        return false
    }

    mutating func cutLink(_ start: Int, _ chunkEnd: Int) {
        // Anything glued before the link's last opener ('Reynolds"<' in 'Reynolds"<ann@x.com>') is ordinary text.
        var first = start
        var anchor = start
        while anchor < chunkEnd && text[anchor] != UInt8(ascii: "@") && text[anchor] != UInt8(ascii: ":") { anchor += 1 }
        var opener = anchor
        while opener > start && !isOpener(opener - 1) { opener -= 1 }
        if opener > start {
            var position = start
            while position < opener - 1 { position = cutNext(at: position, opener - 1) }
            first = position
        }
        while first < chunkEnd && isOpener(first) {
            let length = text.scalar(at: first, end: chunkEnd).length
            emit(first, first + length)
            first += length
        }
        var hasOpenBracket = false
        for index in first..<chunkEnd where text[index] == UInt8(ascii: "(") { hasOpenBracket = true }
        var last = chunkEnd
        var markStarts: [Int] = []  // trailing marks, last first
        while last > first + 1 {
            let length = trailingMarkLength(endingAt: last, after: first, hasOpenBracket: hasOpenBracket)
            guard length > 0 else { break }
            last -= length
            markStarts.append(last)
        }
        emit(first, last)
        var markEnd = chunkEnd
        var marks: [(Int, Int)] = []
        for markStart in markStarts {
            marks.append((markStart, markEnd))
            markEnd = markStart
        }
        for (markStart, markEnd) in marks.reversed() { emit(markStart, markEnd) }
    }

    /// The length of the sentence punctuation, closing bracket or quote ending at `end`, or 0.
    private func trailingMarkLength(endingAt end: Int, after first: Int, hasOpenBracket: Bool) -> Int {
        switch text[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "'"):
            return 1
        case UInt8(ascii: ")"):
            return hasOpenBracket ? 0 : 1
        case 0x9D, 0x99:
            return end - 3 > first && text[end - 3] == 0xE2 && text[end - 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Opening brackets and quotes that may stand before a link.
    private func isOpener(_ position: Int) -> Bool {
        switch text[position] {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "\""),
             UInt8(ascii: "'"):
            return true
        case 0xE2:
            return position + 2 < end && text[position + 1] == 0x80
                && (text[position + 2] == 0x9C || text[position + 2] == 0x98)
        default:
            return false
        }
    }
}
