/// Scores a tagger and parser against gold CoNLL-U sentences, with the
/// definitions of the CoNLL 2018 shared task (reimplemented, not ported):
/// punctuation is scored, LAS ignores relation subtypes, and raw-text scores
/// align words by their character spans.
public enum Evaluation {
    /// Scores a system that was given the gold words: same sentences, same
    /// words, same order. Throws when the system's words are not the gold ones.
    ///
    /// A word whose gold head is unknown (`_`) counts against UAS and LAS.
    public static func withGoldTokens(gold: [TreebankSentence], system: [TreebankSentence])
        throws(EvaluationError) -> ParseScores
    {
        guard gold.count == system.count else {
            throw .sentenceCount(gold: gold.count, system: system.count)
        }
        var words = 0
        var upos = 0
        var uas = 0
        var las = 0
        for (index, (goldSentence, systemSentence)) in zip(gold, system).enumerated() {
            guard goldSentence.words.count == systemSentence.words.count else {
                throw .wordCount(sentence: index + 1, gold: goldSentence.words.count,
                                 system: systemSentence.words.count)
            }
            for (position, (goldWord, systemWord)) in zip(goldSentence.words, systemSentence.words).enumerated() {
                guard goldWord.form == systemWord.form else {
                    throw .form(sentence: index + 1, word: position + 1, gold: goldWord.form, system: systemWord.form)
                }
                words += 1
                if goldWord.upos == systemWord.upos { upos += 1 }
                if goldWord.head >= 0, goldWord.head == systemWord.head {
                    uas += 1
                    if sameUniversalRelation(goldWord.relation, systemWord.relation) { las += 1 }
                }
            }
        }
        func fraction(_ count: Int) -> Double { words == 0 ? 0 : Double(count) / Double(words) }
        return ParseScores(words: words, upos: fraction(upos), uas: fraction(uas), las: fraction(las))
    }

    /// True when two relations agree before any `:` subtype (`obl:tmod` and `obl`).
    static func sameUniversalRelation(_ a: DependencyRelation, _ b: DependencyRelation) -> Bool {
        func universal(_ relation: DependencyRelation) -> some Sequence<UInt8> {
            relation.rawValue.utf8.prefix { $0 != UInt8(ascii: ":") }
        }
        return universal(a).elementsEqual(universal(b))
    }
}
