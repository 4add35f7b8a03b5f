/// A sentence of raw text, analysed: each word with its tag, lemma and arc.
public struct AnalyzedSentence: Sendable, Hashable {
    /// UTF-8 byte range of the sentence in the analysed text.
    public var start: Int
    public var end: Int
    public var words: [AnalyzedWord]

    public init(start: Int, end: Int, words: [AnalyzedWord]) {
        self.start = start
        self.end = end
        self.words = words
    }
}

/// A word of an analysed sentence.
public struct AnalyzedWord: Sendable, Hashable {
    public var form: String
    /// UTF-8 byte range of the word in the analysed text.
    public var start: Int
    public var end: Int
    public var spaceAfter: Bool
    public var upos: UPOS
    public var lemma: String
    /// 1-based position of the head word in the sentence; 0 for the root.
    public var head: Int
    public var relation: DependencyRelation

    public init(form: String, start: Int, end: Int, spaceAfter: Bool, upos: UPOS, lemma: String, head: Int,
                relation: DependencyRelation) {
        self.form = form
        self.start = start
        self.end = end
        self.spaceAfter = spaceAfter
        self.upos = upos
        self.lemma = lemma
        self.head = head
        self.relation = relation
    }
}

extension LanguageModel {
    /// Splits `text` into sentences and words and tags, lemmatises and parses each sentence.
    public func analyze(_ text: String) -> [AnalyzedSentence] {
        SentenceSplitter.sentences(in: text).map { analyze($0) }
    }

    /// Analyses UTF-8 text in `range` of a buffer (offsets stay relative to the whole buffer).
    public func analyze(utf8: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [AnalyzedSentence] {
        SentenceSplitter.sentences(utf8: utf8, in: range).map { analyze($0) }
    }

    /// Tags, lemmatises and parses one tokenised sentence; see ``parse(_:fixedTags:)`` for `fixedTags`.
    public func analyze(_ sentence: TextSentence, fixedTags: [UPOS?] = []) -> AnalyzedSentence {
        let forms = sentence.tokens.map(\.form)
        let parsed = parse(forms, fixedTags: fixedTags)
        let words = sentence.tokens.indices.map { i in
            let token = sentence.tokens[i]
            let word = parsed[i]
            return AnalyzedWord(form: token.form, start: token.start, end: token.end, spaceAfter: token.spaceAfter,
                                upos: word.upos, lemma: Lemmatizer.lemma(of: token.form, tag: word.upos),
                                head: word.head, relation: word.relation)
        }
        return AnalyzedSentence(start: sentence.start, end: sentence.end, words: words)
    }

    /// Raw-text analysis of a treebank's documents, as CoNLL-U sentences: each document's text is its
    /// sentences' `# text` joined by spaces, as the CoNLL 2018 shared task fed systems.
    public func analyzeDocuments(of gold: [TreebankSentence]) -> [TreebankSentence] {
        var documents: [String] = []
        for sentence in gold {
            if sentence.opensDocument || documents.isEmpty { documents.append("") }
            let text = sentence.text ?? sentence.words.map(\.form).joined(separator: " ")
            documents[documents.count - 1] += (documents[documents.count - 1].isEmpty ? "" : " ") + text
        }
        return documents.flatMap { text in
            analyze(text).map { sentence in
                TreebankSentence(words: sentence.words.enumerated().map { i, w in
                    TreebankWord(id: i + 1, form: w.form, lemma: w.lemma, upos: w.upos, head: w.head, relation: w.relation,
                                 misc: w.spaceAfter ? "_" : "SpaceAfter=No")
                })
            }
        }
    }
}
