/// A trained English tagger and dependency parser, with the tokeniser and
/// lemmatiser in front of them: what turns text into ``AnalyzedSentence``s.
///
/// The shipped model (``english``) is read from the package's resources the
/// first time it is used.
public struct LanguageModel: Sendable {
    let tagger: Tagger
    let parser: Parser
    /// What the model was trained on and how: shown by `dossier analyze --about` and kept in the file.
    public let about: String

    init(tagger: Tagger, parser: Parser, about: String) {
        self.tagger = tagger
        self.parser = parser
        self.about = about
    }

    /// Tags of `words` (one sentence, already tokenised).
    public func tags(_ words: [String]) -> [UPOS] {
        tagger.tag(words.map(WordCodes.init))
    }

    /// Whether the tagger learned anything about `word` itself (lower-cased, digits folded) in training.
    /// An unknown capitalised word in running text is nearly always a name, which a caller that expects
    /// names the treebank never saw (companies, people, products) may pin as one.
    public func knows(_ word: String) -> Bool {
        var key = FeatureKey.key(1, WordCodes(word).word)
        let table = tagger.firstPass
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: table.paddedClassCount) { scores in
            scores.initialize(repeating: 0)
            ScoringScratch.with(features: 1) { scratch in
                withUnsafePointer(to: &key) { table.accumulate(UnsafeBufferPointer(start: $0, count: 1), into: scores.baseAddress!, scratch: scratch) }
            }
            return scores.contains { $0 != 0 }
        }
    }

    /// Tags and a dependency tree for one tokenised sentence. `fixedTags` (empty, or one per word) pins
    /// the tags a caller knows better than the tagger: a domain's nouns it has rarely seen, such as
    /// "revenue" after "that".
    public func parse(_ words: [String], fixedTags: [UPOS?] = []) -> [ParsedWord] {
        precondition(fixedTags.isEmpty || fixedTags.count == words.count, "one fixed tag (or nil) per word")
        let codes = words.map(WordCodes.init)
        let tags = tagger.tag(codes, fixed: fixedTags)
        let arcs = parser.parse(codes, tags: tags)
        return words.indices.map { i in
            ParsedWord(form: words[i], upos: tags[i], head: arcs[i].head, relation: parser.labels[arcs[i].label])
        }
    }
}

/// A word with its tag and its arc in the dependency tree.
public struct ParsedWord: Sendable, Hashable {
    public var form: String
    public var upos: UPOS
    /// 1-based position of the head word in the sentence; 0 for the root.
    public var head: Int
    public var relation: DependencyRelation

    public init(form: String, upos: UPOS, head: Int, relation: DependencyRelation) {
        self.form = form
        self.upos = upos
        self.head = head
        self.relation = relation
    }
}
