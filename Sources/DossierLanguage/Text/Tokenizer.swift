/// Cuts English text into tokens the way UD English EWT does.
///
/// Every token is a slice of the input, so "don't" becomes "do" + "n't" and "can't" becomes
/// "ca" + "n't" with adjacent byte ranges: nothing is rewritten, and a token's range always
/// points back at the source. The scan is byte-level and allocates only the token forms.
public enum Tokenizer {
    /// Tokens of `text` in the style of UD English EWT.
    public static func tokens(in text: String) -> [TextToken] {
        var text = text
        return text.withUTF8 { tokens(utf8: $0, in: 0..<$0.count) }
    }

    /// Same, on UTF-8 bytes, limited to `range` (offsets stay relative to the whole buffer).
    public static func tokens(utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [TextToken] {
        let range = range.clamped(to: 0..<utf8.count)
        var cutter = TokenCutter(text: UTF8Window(bytes: utf8), end: range.upperBound)
        cutter.cut(from: range.lowerBound)
        return cutter.tokens
    }
}
