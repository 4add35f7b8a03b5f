/// The input as UTF-8 bytes with its tokens: what every layer reads.
struct ScannedText: Sendable {
    let bytes: [UInt8]
    let tokens: [Token]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes b: [UInt8]) {
        bytes = b
        tokens = b.withUnsafeBufferPointer { Tokenizer.tokenize($0) }
    }

    var count: Int { tokens.count }

    subscript(i: Int) -> Token { tokens[i] }

    /// The token at `i`, or nil outside the text.
    func at(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    /// True when token `i` is the word with this key.
    func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].key == key
    }

    func isSymbol(_ i: Int, _ scalar: UInt32) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].key == UInt64(scalar)
    }

    /// The word key at `i`, or 0 when `i` is not a word.
    func wordKey(_ i: Int) -> UInt64 {
        i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].key : 0
    }

    /// The exact text of bytes `a..<b`.
    func string(_ a: Int, _ b: Int) -> String {
        guard a < b, a >= 0, b <= bytes.count else { return "" }
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// The exact text of tokens `first...last`, including the spaces between.
    func string(tokens first: Int, _ last: Int) -> String {
        guard first <= last, first >= 0, last < tokens.count else { return "" }
        return string(tokens[first].start, tokens[last].end)
    }

    /// The text of one token, lowercased (ASCII letters only).
    func lowered(_ i: Int) -> String {
        let t = tokens[i]
        return String(decoding: bytes[t.start..<t.end].map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 },
                      as: UTF8.self)
    }

    /// The length in bytes of token `i`, 0 outside the text.
    func length(_ i: Int) -> Int { i >= 0 && i < tokens.count ? tokens[i].length : 0 }

    /// The first byte of token `i`.
    func firstByte(_ i: Int) -> UInt8 { bytes[tokens[i].start] }

    /// The last byte of token `i`.
    func lastByte(_ i: Int) -> UInt8 { bytes[tokens[i].end - 1] }

    /// True when token `i` is a lowercase word (its first letter is not uppercase).
    func isLowerWord(_ i: Int) -> Bool {
        guard let t = at(i), t.kind == .word else { return false }
        return !t.isCapitalized
    }

    /// A dash used between numbers or words: hyphen, en dash, minus or figure dash.
    func isDash(_ i: Int) -> Bool {
        guard let t = at(i), t.kind == .symbol else { return false }
        return t.key == 45 || t.key == 0x2013 || t.key == 0x2212 || t.key == 0x2012 || t.key == 0x2010 || t.key == 0x2011
    }

    func isApostrophe(_ i: Int) -> Bool {
        guard let t = at(i), t.kind == .symbol else { return false }
        return t.key == 39 || t.key == 0x2019
    }
}
