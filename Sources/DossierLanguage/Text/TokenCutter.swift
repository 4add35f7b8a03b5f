/// The tokeniser's scanning state: the text, where the range ends, and the tokens cut so far.
///
/// Text is first split at whitespace into chunks; each chunk is then cut into words and
/// punctuation (`TokenCutter+Word.swift`) unless it is a link or an address, which stays whole.
struct TokenCutter {
    let text: UTF8Window
    /// End of the range being tokenised; nothing at or after it is read.
    let end: Int
    private(set) var tokens: [TextToken] = []

    init(text: UTF8Window, end: Int) {
        self.text = text
        self.end = end
    }

    mutating func cut(from start: Int) {
        tokens.reserveCapacity((end - start) / 5)
        var position = start
        while position < end {
            let space = text.spaceLength(at: position, end: end)
            if space > 0 {
                position += space
                continue
            }
            var chunkEnd = position + 1
            while chunkEnd < end && text.spaceLength(at: chunkEnd, end: end) == 0 { chunkEnd += 1 }
            let first = tokens.count
            cutChunk(position, chunkEnd)
            if tokens.count > first { tokens[tokens.count - 1].spaceAfter = chunkEnd < end }
            position = chunkEnd
        }
    }

    private mutating func cutChunk(_ start: Int, _ chunkEnd: Int) {
        if isLink(start, chunkEnd) {
            cutLink(start, chunkEnd)
            return
        }
        var position = start
        while position < chunkEnd { position = cutNext(at: position, chunkEnd) }
    }

    /// Appends the token `start..<end`.
    @inline(__always) mutating func emit(_ start: Int, _ end: Int) {
        guard start < end else { return }
        tokens.append(TextToken(start: start, end: end, form: text.string(start, end), spaceAfter: false))
    }

    /// Cuts the token starting at `position` and returns where the next one may start.
    mutating func cutNext(at position: Int, _ chunkEnd: Int) -> Int {
        let byte = text[position]
        if byte < 0x80 {
            if byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") { return cutWord(at: position, chunkEnd) }
            return cutPunctuation(at: position, chunkEnd)
        }
        let (value, length) = text.scalar(at: position, end: chunkEnd)
        switch value {
        case Scalar.leftSingleQuote, Scalar.rightSingleQuote:
            return cutQuote(at: position, length: length, chunkEnd)
        case Scalar.ellipsis:
            return emitRun(from: position, chunkEnd) { $0 == UInt8(ascii: ".") }
        case 0x2010...0x2015, 0x2212, 0x201C...0x201F, 0xAB, 0xBB, 0x2039, 0x203A:
            emit(position, position + length)
            return position + length
        default:
            if Scalar.isWordCharacter(value) { return cutWord(at: position, chunkEnd) }
            var next = position + length
            // Keep an emoji with its variation selectors, skin tones and joined partners.
            while next < chunkEnd {
                let (following, followingLength) = text.scalar(at: next, end: chunkEnd)
                if Scalar.isModifier(following) {
                    next += followingLength
                    if following == 0x200D && next < chunkEnd { next += text.scalar(at: next, end: chunkEnd).length }
                } else { break }
            }
            emit(position, next)
            return next
        }
    }

    /// ASCII punctuation and symbols: runs of the same mark ("...", "--", "?!", "<<") stay one token, as in EWT.
    private mutating func cutPunctuation(at position: Int, _ chunkEnd: Int) -> Int {
        let byte = text[position]
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            return emitRun(from: position, chunkEnd) {
                $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?")
            }
        case UInt8(ascii: "#") where position + 1 < chunkEnd && text[position + 1].isASCIILetter:
            // A hashtag stays whole ("#MeToo").
            let end = endOfSegment(position + 1, chunkEnd)
            emit(position, end)
            return end
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "#"),
             UInt8(ascii: "`"), UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "+"):
            return emitRun(from: position, chunkEnd) { $0 == byte }
        case UInt8(ascii: "'"):
            if position + 1 < chunkEnd && text[position + 1] == UInt8(ascii: "'") {
                emit(position, position + 2)
                return position + 2
            }
            return cutQuote(at: position, length: 1, chunkEnd)
        case UInt8(ascii: ":"), UInt8(ascii: ";"):
            let face = emoticonLength(at: position, chunkEnd)
            emit(position, position + max(face, 1))
            return position + max(face, 1)
        default:
            emit(position, position + 1)
            return position + 1
        }
    }

    /// A single quote, or the apostrophe of an abbreviated year ("'90s", "’08"), which stays with its digits.
    private mutating func cutQuote(at position: Int, length: Int, _ chunkEnd: Int) -> Int {
        let digits = position + length
        if digits + 1 < chunkEnd && text[digits].isASCIIDigit && text[digits + 1].isASCIIDigit {
            var end = digits + 2
            if end < chunkEnd && text[end] == UInt8(ascii: "s") { end += 1 }
            if end == chunkEnd || !text[end].isASCIIAlphanumeric {
                emit(position, end)
                return end
            }
        }
        emit(position, digits)
        return digits
    }

    /// Emits the run of bytes from `position` that `member` accepts (ellipsis characters count as periods
    /// when `member` accepts "."), at least one scalar long.
    private mutating func emitRun(from position: Int, _ chunkEnd: Int, _ member: (UInt8) -> Bool) -> Int {
        let periods = member(UInt8(ascii: "."))
        var next = position
        while next < chunkEnd {
            if member(text[next]) {
                next += 1
            } else if periods && next + 2 < chunkEnd && text[next] == 0xE2 && text[next + 1] == 0x80
                        && text[next + 2] == 0xA6 {
                next += 3
            } else { break }
        }
        if next == position { next = position + text.scalar(at: position, end: chunkEnd).length }
        emit(position, next)
        return next
    }

    /// The length of a smiley such as ":)", ":-(" or ";-)" ending the chunk, or 0.
    private func emoticonLength(at position: Int, _ chunkEnd: Int) -> Int {
        var next = position + 1
        if next < chunkEnd && text[next] == UInt8(ascii: "-") { next += 1 }
        guard next < chunkEnd else { return 0 }
        switch text[next] {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "D"), UInt8(ascii: "P"):
            return next + 1 == chunkEnd ? next + 1 - position : 0
        default: return 0
        }
    }
}
