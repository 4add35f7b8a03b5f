/// One syntactic word of a CoNLL-U sentence (a line whose ID is a whole number).
public struct TreebankWord: Sendable, Hashable {
    /// 1-based position in the sentence.
    public var id: Int
    public var form: String
    public var lemma: String
    /// nil where the file has `_`.
    public var upos: UPOS?
    public var xpos: String
    public var features: String
    /// 0 for the root; -1 where the file has `_`.
    public var head: Int
    public var relation: DependencyRelation
    /// The DEPS column (enhanced graph), kept as written.
    public var enhanced: String
    public var misc: String

    public init(id: Int, form: String, lemma: String = "_", upos: UPOS? = nil, xpos: String = "_",
                features: String = "_", head: Int = -1, relation: DependencyRelation = "_",
                enhanced: String = "_", misc: String = "_") {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.features = features
        self.head = head
        self.relation = relation
        self.enhanced = enhanced
        self.misc = misc
    }

    /// True when MISC says no space follows this word in the raw text.
    public var spaceAfter: Bool { !misc.split(separator: "|").contains("SpaceAfter=No") }
}

/// A multi-word token: a surface form such as "don't" that stands for the
/// words `first...last` ("do" + "n't").
public struct MultiwordToken: Sendable, Hashable {
    public var first: Int
    public var last: Int
    public var form: String
    /// The other columns as written (usually `_` apart from MISC).
    public var rest: [String]

    public init(first: Int, last: Int, form: String, rest: [String] = Array(repeating: "_", count: 8)) {
        self.first = first
        self.last = last
        self.form = form
        self.rest = rest
    }

    public var misc: String { rest.last ?? "_" }
}

/// A sentence of a CoNLL-U file: comments, words, multi-word tokens, and the
/// enhanced graph's empty nodes kept as written so a file round-trips.
public struct TreebankSentence: Sendable, Hashable {
    /// Comment lines without the leading `#` and one following space.
    public var comments: [String]
    public var words: [TreebankWord]
    public var multiwordTokens: [MultiwordToken]
    /// Empty-node lines (`8.1 …`) as written, with the word they follow (0 = before the first).
    public var emptyNodes: [EmptyNode]

    public struct EmptyNode: Sendable, Hashable {
        public var after: Int
        public var line: String
        public init(after: Int, line: String) { self.after = after; self.line = line }
    }

    public init(comments: [String] = [], words: [TreebankWord], multiwordTokens: [MultiwordToken] = [],
                emptyNodes: [EmptyNode] = []) {
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
        self.emptyNodes = emptyNodes
    }

    /// The `# text = …` comment: the sentence as it was written.
    public var text: String? { commentValue("text") }

    /// The `# sent_id = …` comment.
    public var id: String? { commentValue("sent_id") }

    /// True when a `# newdoc` comment opens a new document here.
    public var opensDocument: Bool { comments.contains { $0 == "newdoc" || $0.hasPrefix("newdoc ") } }

    private func commentValue(_ key: String) -> String? {
        for comment in comments where comment.hasPrefix(key) {
            let rest = comment.dropFirst(key.count).drop(while: { $0 == " " })
            if rest.first == "=" { return String(rest.dropFirst().drop(while: { $0 == " " })) }
        }
        return nil
    }

    /// Heads as an array indexed by word position (index 0 unused), for the parser's oracle.
    public var heads: [Int] { [0] + words.map(\.head) }

    /// True when no two arcs cross (a transition parser without a swap can only build these).
    public var isProjective: Bool {
        let heads = self.heads
        let n = words.count
        guard heads.dropFirst().allSatisfy({ $0 >= 0 && $0 <= n }) else { return false }
        for dependent in 1...max(1, n) where dependent <= n {
            let head = heads[dependent]
            guard head >= 0 else { return false }
            let (low, high) = (min(head, dependent), max(head, dependent))
            for k in (low + 1)..<high {
                var ancestor = k
                var steps = 0
                while ancestor != 0 && ancestor != head && steps <= n {
                    ancestor = heads[ancestor]
                    if ancestor < 0 { return false }
                    steps += 1
                }
                if ancestor != head { return false }
            }
        }
        return true
    }
}
