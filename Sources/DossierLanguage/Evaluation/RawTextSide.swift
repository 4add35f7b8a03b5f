/// One side of a raw-text comparison flattened into spans of its text with
/// whitespace removed: every token, word and sentence knows where it lies, so
/// gold and system can be compared however each split the text.
struct RawTextSide {
    struct Word {
        var form: String
        var upos: UPOS?
        /// Index in ``RawTextSide/words`` of the head, ``root``, or ``noHead``.
        var head: Int
        var relation: DependencyRelation
    }

    struct Token {
        var span: Range<Int>
        /// Indices in ``RawTextSide/words``.
        var words: Range<Int>
        var isMultiword: Bool
    }

    static let root = -1
    /// A head written `_` or pointing outside its sentence.
    static let noHead = -2

    /// The non-whitespace characters of the token forms, in order.
    private(set) var characters: [Unicode.Scalar] = []
    private(set) var words: [Word] = []
    private(set) var tokens: [Token] = []
    /// Sentences with at least one word.
    private(set) var sentences: [Range<Int>] = []

    init(_ source: [TreebankSentence]) {
        for sentence in source where !sentence.words.isEmpty { append(sentence) }
    }

    private mutating func append(_ sentence: TreebankSentence) {
        let firstWord = words.count
        let count = sentence.words.count
        // A multi-word token is honoured only when its range is inside the
        // sentence and after the previous token; otherwise its words stand alone.
        var lastOfToken: [Int: (last: Int, form: String)] = [:]
        for token in sentence.multiwordTokens
        where token.first >= 1 && token.first <= token.last && token.last <= count && lastOfToken[token.first] == nil {
            lastOfToken[token.first] = (token.last, token.form)
        }
        let sentenceStart = characters.count
        var position = 1
        while position <= count {
            let last: Int
            let form: String
            if let token = lastOfToken[position] {
                (last, form) = token
            } else {
                (last, form) = (position, sentence.words[position - 1].form)
            }
            let start = characters.count
            characters.append(contentsOf: form.unicodeScalars.lazy.filter { !$0.properties.isWhitespace })
            let span = start..<characters.count
            tokens.append(Token(span: span, words: (firstWord + position - 1)..<(firstWord + last),
                                isMultiword: last > position))
            for word in sentence.words[(position - 1)..<last] {
                let head = word.head == 0 ? Self.root
                    : (1...count).contains(word.head) ? firstWord + word.head - 1 : Self.noHead
                words.append(Word(form: word.form, upos: word.upos, head: head, relation: word.relation))
            }
            position = last + 1
        }
        sentences.append(sentenceStart..<characters.count)
    }

    /// Index of the sentence holding character `offset`, or the last sentence.
    func sentence(containing offset: Int) -> Int {
        sentences.firstIndex { $0.upperBound > offset } ?? max(0, sentences.count - 1)
    }
}
