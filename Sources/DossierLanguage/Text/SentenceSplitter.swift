/// Groups tokens into sentences.
///
/// A sentence ends at ".", "!", "?" or an ellipsis followed by something that can open a sentence
/// (not a lowercase word), taking any closing quotes and brackets written against the terminator.
/// An abbreviation ends one only before a typical sentence opener ("… in the U.S. The company"),
/// never after a title or an initial ("Mr. Smith", "J. P. Morgan"); when it does, its period is cut
/// off as EWT does ("Inc." → "Inc" "."). A blank line always ends a sentence, and so does a single
/// line break unless the text plainly runs on (see ``SentenceSplitter/lineBreakEndsSentence``).
/// No sentence grows past ``maximumLength`` tokens, so a parser never sees a pathological input.
public enum SentenceSplitter {
    /// The most tokens a sentence may have; a longer run is cut at its last ";" or "," or, failing that, here.
    public static let maximumLength = 200

    /// Sentences of `text`, tokenised.
    public static func sentences(in text: String) -> [TextSentence] {
        var text = text
        return text.withUTF8 { sentences(utf8: $0, in: 0..<$0.count) }
    }

    public static func sentences(utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [TextSentence] {
        let range = range.clamped(to: 0..<utf8.count)
        let tokens = Tokenizer.tokens(utf8: utf8, in: range)
        var splitter = SentenceBoundaries(text: UTF8Window(bytes: utf8), tokens: tokens)
        return splitter.sentences()
    }
}
