/// A token cut from raw text: its UTF-8 byte range in that text and whether whitespace follows.
///
/// Offsets are bytes, not `Character`s, so a claim extractor can map a token back
/// to its source span in O(1) however many accented letters or curly quotes precede it.
public struct TextToken: Sendable, Hashable {
    /// UTF-8 byte offset in the text, inclusive.
    public var start: Int
    /// UTF-8 byte offset in the text, exclusive.
    public var end: Int
    /// Exactly the text's bytes `start..<end`.
    public var form: String
    /// True when whitespace follows the token in the text.
    public var spaceAfter: Bool

    public init(start: Int, end: Int, form: String, spaceAfter: Bool) {
        self.start = start
        self.end = end
        self.form = form
        self.spaceAfter = spaceAfter
    }
}

/// A sentence: its tokens and the UTF-8 byte range from its first token's start to its last token's end.
public struct TextSentence: Sendable, Hashable {
    public var tokens: [TextToken]
    public var start: Int
    public var end: Int

    public init(tokens: [TextToken], start: Int, end: Int) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }

    /// A sentence spanning `tokens`, which must not be empty.
    init(tokens: [TextToken]) {
        self.init(tokens: tokens, start: tokens.first?.start ?? 0, end: tokens.last?.end ?? 0)
    }
}
