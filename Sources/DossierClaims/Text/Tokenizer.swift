/// Splits UTF-8 bytes into words, numbers and symbols in one pass.
///
/// Numbers keep thousands separators (`1,200`, `1 200` with a thin or
/// no-break space) and decimals; letters glued to digits become separate
/// tokens with `gap == .none` (`10bn` → `10` `bn`), which is how later layers
/// see scales, multiples and model names alike.
struct Tokenizer {
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var i = 0
        var gap = Token.Gap.paragraph
        // Tokens are written in place, not appended: prose has about one token per five bytes, so a
        // third of the byte count almost always suffices; the rare text with more (runs of symbols)
        // continues in a buffer that cannot overflow, one token per byte.
        let first = [Token](unsafeUninitializedCapacity: bytes.count / 3 + 8) { buffer, count in
            run(bytes, &i, &gap, into: buffer, count: &count)
        }
        if i >= bytes.count { return first }
        return [Token](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
            first.withUnsafeBufferPointer { done in
                _ = buffer.initialize(from: done)
                count = done.count
            }
            run(bytes, &i, &gap, into: buffer, count: &count)
        }
    }

    /// Tokenizes from byte `i` until the end or until `buffer` is full; `i` and `gap` say where it stopped.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ gap: inout Token.Gap,
                    into buffer: UnsafeMutableBufferPointer<Token>, count: inout Int) {
        let n = bytes.count
        let capacity = buffer.count
        while i < n {
            let b = bytes[i]
            // The commonest bytes first: a space, then the letter that starts a word.
            if b == 32 {
                if gap == .none { gap = .space }
                i += 1
                continue
            }
            if count == capacity { return }
            if (b | 0x20) &- 97 < 26 {
                let token = scanWord(bytes, from: i, gap: gap)
                (buffer.baseAddress! + count).initialize(to: token)
                count += 1
                i = token.end
                gap = .none
                continue
            }
            // Other whitespace.
            if b == 9 || b == 13 || b == 12 || b == 11 {
                if gap == .none { gap = .space }
                i += 1
                continue
            }
            if b == 10 {
                gap = gap.rawValue >= Token.Gap.newline.rawValue ? .paragraph : .newline
                i += 1
                continue
            }
            if b < 0x80 {
                let token: Token
                if isDigit(b) {
                    token = scanNumber(bytes, from: i, gap: gap)
                } else if isLetter(b) {
                    token = scanWord(bytes, from: i, gap: gap)
                } else {
                    token = symbol(UInt32(b), i, i + 1, gap)
                }
                (buffer.baseAddress! + count).initialize(to: token)
                count += 1
                i = token.end
                gap = .none
                continue
            }
            let (scalar, len) = decode(bytes, at: i)
            switch classify(scalar) {
            case .space:
                if gap == .none { gap = .space }
                i += len
            case .newline:
                gap = gap.rawValue >= Token.Gap.newline.rawValue ? .paragraph : .newline
                i += len
            case .ignorable:
                i += len
            case .letter:
                let token = scanWord(bytes, from: i, gap: gap)
                (buffer.baseAddress! + count).initialize(to: token)
                count += 1
                i = token.end
                gap = .none
            case .symbol:
                (buffer.baseAddress! + count).initialize(to: symbol(scalar, i, i + len, gap))
                count += 1
                i += len
                gap = .none
            }
        }
    }

    enum ScalarClass { case space, newline, ignorable, letter, symbol }

    static func classify(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: return .ignorable
        case 0x80...0xBF, 0xD7, 0xF7: return .symbol
        case 0xC0...0x1FFF: return .letter
        case 0x2000...0x2BFF, 0x3001...0x303F, 0xFE00...0xFE4F, 0xFF00...0xFF0F: return .symbol
        case 0x1F000...0x1FAFF: return .symbol
        default: return .letter
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        let n = bytes.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = bytes[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) { return ((UInt32(b0 & 0x1F) << 6) | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        // Invalid UTF-8 (cannot occur in a Swift String): one opaque symbol byte.
        return (0xFFFD, 1)
    }

    static func symbol(_ s: UInt32, _ a: Int, _ b: Int, _ gap: Token.Gap) -> Token {
        Token(kind: .symbol, gap: gap, flags: 0, integerDigits: 0, decimals: 0,
              start: a, end: b, key: UInt64(s), mantissa: 0)
    }

    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, gap: Token.Gap) -> Token {
        var i = start
        let n = bytes.count
        var h = WordKey.offset
        var flags: UInt8 = 0
        var upper = 0, letters = 0
        while i < n {
            let b = bytes[i]
            // ASCII letters, the bulk of any text: b | 0x20 is the lowercase letter.
            let lower = b | 0x20
            if lower &- 97 < 26 {
                h = (h ^ UInt64(lower)) &* WordKey.prime
                upper &+= b < 97 ? 1 : 0
                letters &+= 1
                i &+= 1
                continue
            }
            guard b >= 0x80 else { break }
            let (s, len) = decode(bytes, at: i)
            guard classify(s) == .letter else { break }
            flags |= Token.nonASCII
            if letters == 0 && s >= 0xC0 && s <= 0xDE { flags |= Token.capitalized }
            letters += 1
            for k in 0..<len { h = (h ^ UInt64(bytes[i + k])) &* WordKey.prime }
            i += len
        }
        // An uppercase first letter capitalizes the word; any other uppercase ASCII letter is inner.
        let first = bytes[start]
        let firstUpper = first >= 65 && first <= 90
        if firstUpper { flags |= Token.capitalized }
        if upper > (firstUpper ? 1 : 0) { flags |= Token.innerUpper }
        if upper == letters && letters >= 2 { flags |= Token.allUpper }
        return Token(kind: .word, gap: gap, flags: flags, integerDigits: 0, decimals: 0,
                     start: start, end: i, key: h, mantissa: 0)
    }

    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, gap: Token.Gap) -> Token {
        var i = start
        let n = bytes.count
        var m: UInt64 = 0
        var intDigits = 0, decimals = 0
        var overflow = false
        var flags: UInt8 = 0
        func push(_ b: UInt8) {
            let (x, o1) = m.multipliedReportingOverflow(by: 10)
            let (y, o2) = x.addingReportingOverflow(UInt64(b - 48))
            if o1 || o2 { overflow = true } else { m = y }
        }
        while i < n, isDigit(bytes[i]) { push(bytes[i]); intDigits += 1; i += 1 }
        // Thousands groups: ",ddd" or a thin/no-break space and "ddd", then no digit.
        if intDigits <= 3 {
            while true {
                var sepLen = 0
                if i < n && bytes[i] == 44 { sepLen = 1 }
                else if i + 1 < n && bytes[i] == 0xC2 && bytes[i + 1] == 0xA0 { sepLen = 2 }
                else if i + 2 < n && bytes[i] == 0xE2 && bytes[i + 1] == 0x80
                            && (bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89) { sepLen = 3 }
                guard sepLen > 0, i + sepLen + 3 <= n else { break }
                let g = i + sepLen
                guard isDigit(bytes[g]), isDigit(bytes[g + 1]), isDigit(bytes[g + 2]),
                      g + 3 == n || !isDigit(bytes[g + 3]) else { break }
                // "1, 200" is a list, not a number; "1,200" and "1 200" are numbers.
                for k in 0..<3 { push(bytes[g + k]) }
                intDigits += 3
                flags |= Token.grouped
                i = g + 3
            }
        }
        if i + 1 < n, bytes[i] == 46, isDigit(bytes[i + 1]) {
            i += 1
            while i < n, isDigit(bytes[i]) {
                if decimals < 12 { push(bytes[i]); decimals += 1 }
                i += 1
            }
        }
        if overflow { intDigits = 255 }
        return Token(kind: .number, gap: gap, flags: flags,
                     integerDigits: UInt8(min(intDigits, 255)), decimals: UInt8(decimals),
                     start: start, end: i, key: 0, mantissa: m)
    }
}
