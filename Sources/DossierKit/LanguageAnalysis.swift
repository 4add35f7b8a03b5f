public import DossierLanguage

/// Sentence analysis for front ends: the tokeniser, tagger, lemmatiser and
/// dependency parser behind one call, and the JSON shape they print.
public enum LanguageAnalysis {
    /// Splits `text` into sentences and analyses each with the shipped English model.
    ///
    /// Throws ``LanguageModel/LoadError`` when the model file is missing or damaged.
    public static func analyze(_ text: String) throws -> [AnalyzedSentence] {
        try LanguageModel.english().analyze(text)
    }

    /// One analysed sentence as `dossier analyze --format json` prints it.
    public struct SentenceOutput: Encodable, Sendable {
        public var text: String
        /// Offsets in Unicode scalars, end exclusive, like every offset Dossier prints.
        public var start: Int
        public var end: Int
        public var words: [WordOutput]
    }

    public struct WordOutput: Encodable, Sendable {
        public var id: Int
        public var form: String
        public var lemma: String
        public var upos: String
        public var head: Int
        public var relation: String
        public var start: Int
        public var end: Int
    }

    /// The JSON shape of each sentence of `text`, with byte offsets turned into scalar offsets.
    public static func output(_ sentences: [AnalyzedSentence], in text: String) -> [SentenceOutput] {
        let bytes = Array(text.utf8)
        // Scalar offset of every byte offset: a UTF-8 lead byte starts a scalar.
        var scalarAt = [Int](repeating: 0, count: bytes.count + 1)
        var scalars = 0
        for (i, b) in bytes.enumerated() {
            scalarAt[i] = scalars
            if b & 0xC0 != 0x80 { scalars += 1 }
        }
        scalarAt[bytes.count] = scalars
        return sentences.map { s in
            SentenceOutput(
                text: String(decoding: bytes[s.start..<s.end], as: UTF8.self),
                start: scalarAt[s.start], end: scalarAt[s.end],
                words: s.words.enumerated().map { i, w in
                    WordOutput(id: i + 1, form: w.form, lemma: w.lemma, upos: w.upos.name, head: w.head,
                               relation: w.relation.rawValue, start: scalarAt[w.start], end: scalarAt[w.end])
                })
        }
    }
}
