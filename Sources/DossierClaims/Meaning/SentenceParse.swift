import DossierLanguage

/// One sentence's dependency parse, indexed for the questions the meaning
/// stages ask: which words a figure covers, what governs them, what hangs
/// below a word.
///
/// Words are numbered from 0 here; the parser's heads (1-based, 0 for the
/// root) are converted once. Byte offsets are those of the text the
/// extractor scanned, so a figure's span maps onto words without any search
/// through strings.
struct SentenceParse: Sendable {
    let words: [AnalyzedWord]
    /// The head of each word, or -1 for the root.
    let heads: [Int]
    /// Each word's dependents, left to right.
    let children: [[Int]]
    /// Each word's lemma, lower-cased (proper nouns keep their case in the lemmatiser).
    let lemmas: [String]

    init(_ sentence: AnalyzedSentence) {
        words = sentence.words
        heads = sentence.words.map { $0.head - 1 }
        var children = [[Int]](repeating: [], count: sentence.words.count)
        for (i, h) in heads.enumerated() where h >= 0 { children[h].append(i) }
        self.children = children
        lemmas = sentence.words.map { $0.lemma.lowercased() }
    }

    var count: Int { words.count }

    /// The relation without its subtype (`nsubj` for `nsubj:pass`).
    func role(_ i: Int) -> String { words[i].relation.universal }

    func relation(_ i: Int) -> String { words[i].relation.rawValue }

    func tag(_ i: Int) -> UPOS { words[i].upos }

    func head(_ i: Int) -> Int? { heads[i] >= 0 ? heads[i] : nil }

    /// The first dependent of `i` with one of `roles` (compared without subtypes unless a role has one).
    func child(of i: Int, _ roles: Set<String>) -> Int? {
        children[i].first { roles.contains(relation($0)) || roles.contains(role($0)) }
    }

    /// A common noun, or a quantity noun the tagger took for a name because it opens the sentence
    /// ("Revenue rose 5%").
    func isCommonNoun(_ i: Int) -> Bool {
        if tag(i) == .NOUN { return true }
        guard tag(i) == .PROPN, i == 0 || tag(i - 1) == .PUNCT else { return false }
        return MeaningWords.quantityNouns.contains(words[i].form.lowercased())
    }

    /// The preposition or case marker of `i` ("of" in "revenue of $5bn"), lower-cased.
    func caseMarker(_ i: Int) -> String? {
        children[i].first { role($0) == "case" }.map { lemmas[$0] }
    }

    /// The words whose bytes lie within `range` (a figure's span), as a range of word indexes.
    func words(inBytes range: Range<Int>) -> Range<Int>? {
        var first = -1, last = -1
        for (i, w) in words.enumerated() where w.start < range.upperBound && w.end > range.lowerBound {
            if first < 0 { first = i }
            last = i
        }
        return first < 0 ? nil : first..<(last + 1)
    }

    /// The word of `span` that the rest of the sentence attaches to: the first whose head lies outside.
    func top(of span: Range<Int>) -> Int {
        span.first { heads[$0] < 0 || !span.contains(heads[$0]) } ?? span.lowerBound
    }

    /// The forms of the words `first...last` joined by single spaces, for looking them up.
    func text(from first: Int, to last: Int) -> String {
        words[first...last].map(\.form).joined(separator: " ")
    }

    /// The text the words `first...last` cover, exactly as written.
    func text(_ bytes: [UInt8], _ first: Int, _ last: Int) -> String {
        String(decoding: bytes[words[first].start..<words[last].end], as: UTF8.self)
    }
}
