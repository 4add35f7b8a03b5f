/// Words: runs of letters and digits joined by connectors (". , : / & @ - '"), each connector either
/// binding ("1,234.56", "U.S", "10-K", "O'Neill") or splitting ("and/or", "U.S-based", "Apple's").
extension TokenCutter {
    /// A mark that may join two runs of letters and digits.
    enum Connector {
        case period, comma, colon, slash, ampersand, at, hyphen, apostrophe
    }

    /// Cuts the word starting at `position` (and any pieces it splits into); returns where it ends.
    mutating func cutWord(at position: Int, _ chunkEnd: Int) -> Int {
        var tokenStart = position
        var segmentStart = position
        var scan = endOfSegment(position, chunkEnd)
        var digitGroupsBound = false
        while scan < chunkEnd, let (connector, length) = connector(at: scan, chunkEnd), scan + length < chunkEnd,
              isWordStart(scan + length, chunkEnd) {
            let rightStart = scan + length
            let rightEnd = endOfSegment(rightStart, chunkEnd)
            let left = Segment(text: text, start: segmentStart, end: scan)
            let right = Segment(text: text, start: rightStart, end: rightEnd)
            switch connector {
            case .apostrophe:
                if let cut = cliticCut(token: tokenStart, apostrophe: scan, left: left, right: right, chunkEnd) {
                    emitWord(tokenStart, cut)
                    emit(cut, rightEnd)
                    tokenStart = rightEnd
                    segmentStart = rightEnd
                    scan = rightEnd
                    continue
                }
            case .hyphen:
                if hyphenBinds(token: tokenStart, left: left, right: right, after: rightEnd, chunkEnd,
                               digitGroupsBound: &digitGroupsBound) {
                    segmentStart = rightStart
                    scan = rightEnd
                    continue
                }
                emitWord(tokenStart, scan)
                emit(scan, rightStart)
                tokenStart = rightStart
                segmentStart = rightStart
                scan = rightEnd
                continue
            default:
                break
            }
            if connector == .apostrophe || binds(connector, left: left, right: right) {
                segmentStart = rightStart
                scan = rightEnd
            } else {
                emitWord(tokenStart, scan)
                emit(scan, rightStart)
                tokenStart = rightStart
                segmentStart = rightStart
                scan = rightEnd
            }
        }
        return finishWord(tokenStart, scan, chunkEnd)
    }

    /// Whether a connector other than a hyphen or apostrophe keeps its two sides in one token.
    private func binds(_ connector: Connector, left: Segment, right: Segment) -> Bool {
        switch connector {
        case .period, .at, .apostrophe:
            return true
        case .comma:  // thousands separators only: "2,400", "1,234.56"
            return left.isDigits && left.length <= 3 && right.isDigits && right.length == 3
        case .colon:  // clock times and ratios: "5:30", "01:39:56"
            return left.isDigits && right.isDigits
        case .slash:  // dates and fractions ("9/11", "1/2"), and short forms ("b/c", "w/o"); "and/or" splits
            return (left.isDigits && right.isDigits) || (left.isLetters && right.isLetters && left.length <= 2
                && right.length <= 2)
        case .ampersand:  // "AT&T", "S&P", "M&A"
            return left.isUppercaseLetters && right.startsUppercase
        case .hyphen:
            return false
        }
    }

    /// EWT splits most hyphens ("US-based" → "US" "-" "based", "1969-1970"), but keeps prefixes
    /// ("non-profit"), phone numbers and dates whole; identifiers ("10-K", "COVID-19", "F-35",
    /// "A320-200") and mixed fractions ("2-1/2") also stay whole in Dossier, where they name things.
    private func hyphenBinds(token: Int, left: Segment, right: Segment, after rightEnd: Int, _ chunkEnd: Int,
                             digitGroupsBound: inout Bool) -> Bool {
        if left.start == token && left.isLetters && left.length <= 8
            && EnglishWords.hyphenPrefixes.contains(text.lowercasedString(left.start, left.end)) {
            return true
        }
        if left.isDigits && right.isDigits {
            let continues = rightEnd + 1 < chunkEnd && text[rightEnd + 1].isASCIIDigit
                && (text[rightEnd] == UInt8(ascii: "-") || text[rightEnd] == UInt8(ascii: "/"))
            if digitGroupsBound || continues || (left.length <= 3 && right.length == 4) {
                digitGroupsBound = true
                return true
            }
            return false
        }
        if left.isDigits && left.length <= 4 && right.isUppercaseLetters && right.length <= 2 { return true }
        if left.isUppercaseLetters && left.length <= 6 && right.startsWithDigit { return true }
        return left.hasDigit && right.hasDigit && (left.hasLetter || right.hasLetter)
    }

    /// Where a clitic after an apostrophe starts, if it is one: "Apple's" cuts before "'s", "don't"
    /// before "n't"; "O'Neill" and "1980's" (EWT) stay whole.
    private func cliticCut(token: Int, apostrophe: Int, left: Segment, right: Segment, _ chunkEnd: Int) -> Int? {
        guard !continuesWord(at: right.end, chunkEnd) else { return nil }
        if right.length == 1 && text[right.start].asciiLowercased == UInt8(ascii: "t")
            && text[apostrophe - 1].asciiLowercased == UInt8(ascii: "n") {
            return apostrophe - 1
        }
        guard !(left.isDigits && left.start == token), right.length <= 2, right.isLetters,
              EnglishWords.clitics.contains(text.lowercasedString(right.start, right.end)) else { return nil }
        return apostrophe
    }

    /// Ends the word `start..<scan`: takes a currency sign ("US$") or an abbreviation's period ("Inc.")
    /// when one follows, emits it, and returns where the next token starts.
    private mutating func finishWord(_ start: Int, _ scan: Int, _ chunkEnd: Int) -> Int {
        guard start < scan else { return scan }
        var end = scan
        if end < chunkEnd && text[end] == UInt8(ascii: "$") && end - start <= 3
            && Segment(text: text, start: start, end: end).isUppercaseLetters {
            end += 1
        } else if end < chunkEnd && text[end] == UInt8(ascii: "."), keepsPeriod(start, end, chunkEnd) {
            let periods = periodRunLength(from: end, chunkEnd)
            // EWT ends a sentence that closes on an abbreviation with a separate "." ("etc" "."),
            // but "Inc.." is "Inc." + "."; a longer run is an ellipsis after the word.
            if (periods == 1 && !onlyClosersRemain(after: end + 1)) || periods == 2 { end += 1 }
        }
        emitWord(start, end)
        return end
    }

    /// Emits a word, splitting a unit stuck to a number ("1.5bn" → "1.5" "bn") and a contraction
    /// written without its apostrophe ("cannot" → "can" "not").
    mutating func emitWord(_ start: Int, _ end: Int) {
        guard start < end else { return }
        let first = text[start]
        if first.isASCIIDigit {
            var split = start + 1
            while split < end {
                let byte = text[split]
                if byte.isASCIIDigit
                    || ((byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && split + 1 < end
                        && text[split + 1].isASCIIDigit) {
                    split += 1
                } else { break }
            }
            if split < end && end - split <= 4 && text[split].isASCIILetter
                && EnglishWords.unitSuffixes.contains(text.lowercasedString(split, end)) {
                emit(start, split)
                emit(split, end)
                return
            }
        } else if first.isASCIILetter && (4...8).contains(end - start) {
            let last = text[end - 1].asciiLowercased
            if last == UInt8(ascii: "t") || last == UInt8(ascii: "a"),
               let firstPiece = EnglishWords.fusedContractions[text.lowercasedString(start, end)] {
                emit(start, start + firstPiece)
                emit(start + firstPiece, end)
                return
            }
        }
        emit(start, end)
    }

    /// Whether the period after `start..<end` belongs to the word: abbreviations ("Inc.", "e.g."),
    /// letter-dot sequences ("U.S.", "a.m.") and capital initials ("J.").
    private func keepsPeriod(_ start: Int, _ end: Int, _ chunkEnd: Int) -> Bool {
        if text[start].isASCIIDigit {
            // A unit after a number ("5p.m."): decide on the letters.
            var letters = start
            while letters < end && !text[letters].isASCIILetter { letters += 1 }
            return letters < end && keepsPeriod(letters, end, chunkEnd)
        }
        let length = end - start
        if length == 1 && text[start].isASCIIUpper { return true }
        var letters = 0
        var dotted = false
        var shortSegments = true
        for index in start..<end {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                dotted = true
                letters = 0
            } else if byte.isASCIILetter {
                letters += 1
                if letters > 2 { shortSegments = false }
            } else { shortSegments = false }
        }
        if dotted && shortSegments { return true }
        guard length <= 7 else { return false }
        let word = text.string(start, end + 1)
        if EnglishWords.abbreviations.contains(word) { return true }
        let lower = text.lowercasedString(start, end + 1)
        if EnglishWords.abbreviations.contains(lower) { return true }
        if text[start].isASCIIUpper {
            let titled = String(word.prefix(1)) + String(lower.dropFirst())
            if EnglishWords.abbreviations.contains(titled) { return true }
        }
        if EnglishWords.numberAbbreviations.contains(word) || EnglishWords.numberAbbreviations.contains(lower) {
            var next = end + 1
            while next < self.end && text[next].isASCIIWhitespace { next += 1 }
            return next > end + 1 && next < self.end && text[next].isASCIIDigit
        }
        return false
    }

    private func periodRunLength(from position: Int, _ chunkEnd: Int) -> Int {
        var index = position
        while index < chunkEnd && text[index] == UInt8(ascii: ".") { index += 1 }
        return index - position
    }

    /// True when nothing but whitespace, closing quotes and closing brackets lies between `position`
    /// and the end of the range.
    private func onlyClosersRemain(after position: Int) -> Bool {
        var index = position
        while index < end {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                index += 1
            case 0xE2 where index + 2 < end && text[index + 1] == 0x80
                && (text[index + 2] == 0x9D || text[index + 2] == 0x99):
                index += 3
            default:
                return false
            }
        }
        return true
    }

    /// The connector at `position`, if any, and its length in bytes.
    func connector(at position: Int, _ chunkEnd: Int) -> (Connector, Int)? {
        switch text[position] {
        case UInt8(ascii: "."): return (.period, 1)
        case UInt8(ascii: ","): return (.comma, 1)
        case UInt8(ascii: ":"): return (.colon, 1)
        case UInt8(ascii: "/"): return (.slash, 1)
        case UInt8(ascii: "&"): return (.ampersand, 1)
        case UInt8(ascii: "@"): return (.at, 1)
        case UInt8(ascii: "-"): return (.hyphen, 1)
        case UInt8(ascii: "'"): return (.apostrophe, 1)
        case 0xE2 where position + 2 < chunkEnd && text[position + 1] == 0x80:
            switch text[position + 2] {
            case 0x99: return (.apostrophe, 3)
            case 0x90, 0x91: return (.hyphen, 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// True when a connector and another run of letters and digits follow `position`.
    func continuesWord(at position: Int, _ chunkEnd: Int) -> Bool {
        guard position < chunkEnd, let (_, length) = connector(at: position, chunkEnd) else { return false }
        return position + length < chunkEnd && isWordStart(position + length, chunkEnd)
    }

    /// True when a letter, digit or underscore starts at `position`.
    func isWordStart(_ position: Int, _ chunkEnd: Int) -> Bool {
        let byte = text[position]
        if byte < 0x80 { return byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") }
        return Scalar.isWordCharacter(text.scalar(at: position, end: chunkEnd).value)
    }

    /// The end of the run of letters, digits and underscores starting at `position`.
    func endOfSegment(_ position: Int, _ chunkEnd: Int) -> Int {
        var index = position
        while index < chunkEnd {
            let byte = text[index]
            if byte < 0x80 {
                guard byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") else { break }
                index += 1
            } else {
                let (value, length) = text.scalar(at: index, end: chunkEnd)
                guard Scalar.isWordCharacter(value) else { break }
                index += length
            }
        }
        return index
    }
}

/// A run of letters and digits inside a word, with the shape facts the connector rules ask about.
struct Segment {
    let start: Int
    let end: Int
    let isDigits: Bool
    let isLetters: Bool
    let isUppercaseLetters: Bool
    let hasDigit: Bool
    let hasLetter: Bool
    let startsUppercase: Bool
    let startsWithDigit: Bool

    var length: Int { end - start }

    init(text: UTF8Window, start: Int, end: Int) {
        self.start = start
        self.end = end
        var digits = 0, letters = 0, uppers = 0
        for index in start..<end {
            let byte = text[index]
            if byte.isASCIIDigit { digits += 1 } else if byte.isASCIILetter {
                letters += 1
                if byte.isASCIIUpper { uppers += 1 }
            } else if byte >= 0x80 { letters += 1 }
        }
        let length = end - start
        isDigits = length > 0 && digits == length
        isLetters = length > 0 && letters == length
        isUppercaseLetters = length > 0 && uppers == length
        hasDigit = digits > 0
        hasLetter = letters > 0
        startsUppercase = length > 0 && text[start].isASCIIUpper
        startsWithDigit = length > 0 && text[start].isASCIIDigit
    }
}
