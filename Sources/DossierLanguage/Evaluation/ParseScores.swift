/// Tagging and parsing accuracy when the system was given the gold words.
///
/// Fractions of ``words`` (0...1); punctuation counts like any other word, as
/// in the CoNLL 2018 shared task.
public struct ParseScores: Sendable, Equatable {
    /// Gold words scored.
    public var words: Int
    /// Words whose UPOS tag is the gold one.
    public var upos: Double
    /// Unlabelled attachment: words whose head is the gold head.
    public var uas: Double
    /// Labelled attachment: the gold head and the gold relation, subtype ignored (`nsubj:pass` = `nsubj`).
    public var las: Double

    public init(words: Int, upos: Double, uas: Double, las: Double) {
        self.words = words
        self.upos = upos
        self.uas = uas
        self.las = las
    }
}
