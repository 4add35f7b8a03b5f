/// Tokenisation, segmentation, tagging and parsing scores when the system
/// tokenised raw text itself (CoNLL 2018 shared-task definitions).
public struct RawTextScores: Sendable, Equatable {
    /// Tokens (a multi-word token's surface form is one token) with the gold character span.
    public var tokens: F1
    /// Sentences with the gold character span.
    public var sentences: F1
    /// Syntactic words aligned to a gold word.
    public var words: F1
    /// Aligned words with the gold UPOS tag.
    public var upos: F1
    /// Aligned words whose head is aligned to the gold head (or both are the root).
    public var uas: F1
    /// As ``uas``, and the relation's universal part (before `:`) is the gold one.
    public var las: F1

    public init(tokens: F1, sentences: F1, words: F1, upos: F1, uas: F1, las: F1) {
        self.tokens = tokens
        self.sentences = sentences
        self.words = words
        self.upos = upos
        self.uas = uas
        self.las = las
    }

    /// Precision, recall and their harmonic mean, each 0...1.
    public struct F1: Sendable, Equatable {
        /// Correct over the system's count.
        public var precision: Double
        /// Correct over the gold count.
        public var recall: Double
        public var f1: Double

        public init(precision: Double, recall: Double, f1: Double) {
            self.precision = precision
            self.recall = recall
            self.f1 = f1
        }

        /// Scores `correct` items out of `system` predicted and `gold` expected; 0 where a count is 0.
        init(correct: Int, system: Int, gold: Int) {
            precision = system == 0 ? 0 : Double(correct) / Double(system)
            recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            f1 = system + gold == 0 ? 0 : 2 * Double(correct) / Double(system + gold)
        }
    }
}
