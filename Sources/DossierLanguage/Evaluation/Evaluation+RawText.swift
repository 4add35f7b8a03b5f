extension Evaluation {
    /// Scores a system that tokenised and split the raw text itself.
    ///
    /// Both sides become one stream of the non-whitespace characters of their
    /// token forms; a token or sentence is correct when its span of that stream
    /// is the gold one, and words are aligned as ``WordAlignment`` describes.
    /// An aligned word is UAS-correct when its head is aligned to the gold
    /// head (or both are the root). Throws when the two streams differ.
    public static func onRawText(gold: [TreebankSentence], system: [TreebankSentence])
        throws(EvaluationError) -> RawTextScores
    {
        let goldSide = RawTextSide(gold)
        let systemSide = RawTextSide(system)
        try checkSameText(goldSide, systemSide)

        let alignment = WordAlignment(gold: goldSide, system: systemSide)
        var upos = 0
        var uas = 0
        var las = 0
        for (goldIndex, systemIndex) in alignment.pairs {
            let goldWord = goldSide.words[goldIndex]
            let systemWord = systemSide.words[systemIndex]
            if goldWord.upos == systemWord.upos { upos += 1 }
            let systemHead: Int? = switch systemWord.head {
            case RawTextSide.root: RawTextSide.root
            case RawTextSide.noHead: nil
            case let head: alignment.goldForSystem[head]
            }
            if goldWord.head != RawTextSide.noHead, systemHead == goldWord.head {
                uas += 1
                if sameUniversalRelation(goldWord.relation, systemWord.relation) { las += 1 }
            }
        }

        let (goldWords, systemWords) = (goldSide.words.count, systemSide.words.count)
        func score(_ correct: Int) -> RawTextScores.F1 {
            RawTextScores.F1(correct: correct, system: systemWords, gold: goldWords)
        }
        return RawTextScores(
            tokens: RawTextScores.F1(correct: matchingSpans(goldSide.tokens.map(\.span), systemSide.tokens.map(\.span)),
                                     system: systemSide.tokens.count, gold: goldSide.tokens.count),
            sentences: RawTextScores.F1(correct: matchingSpans(goldSide.sentences, systemSide.sentences),
                                        system: systemSide.sentences.count, gold: goldSide.sentences.count),
            words: score(alignment.pairs.count), upos: score(upos), uas: score(uas), las: score(las))
    }

    private static func checkSameText(_ gold: RawTextSide, _ system: RawTextSide) throws(EvaluationError) {
        let (a, b) = (gold.characters, system.characters)
        guard a != b else { return }
        let offset = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? a.count
        func excerpt(_ scalars: [Unicode.Scalar]) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[offset..<min(scalars.count, offset + 20)])
            return String(text)
        }
        throw .text(offset: offset, sentence: gold.sentence(containing: offset) + 1, gold: excerpt(a), system: excerpt(b))
    }

    /// How many spans appear on both sides; each side's spans are in text order.
    private static func matchingSpans(_ gold: [Range<Int>], _ system: [Range<Int>]) -> Int {
        var (g, s, matched) = (0, 0, 0)
        while g < gold.count, s < system.count {
            let (a, b) = (gold[g], system[s])
            if a == b {
                matched += 1
                g += 1
                s += 1
            } else if (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound) {
                g += 1
            } else {
                s += 1
            }
        }
        return matched
    }
}
