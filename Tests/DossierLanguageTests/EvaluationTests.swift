import Testing
import DossierLanguage

private func read(_ lines: String) throws -> [TreebankSentence] { try CoNLLU.read(conllu(lines)) }

private func f1(_ correct: Double, system: Double, gold: Double) -> RawTextScores.F1 {
    RawTextScores.F1(precision: correct / system, recall: correct / gold, f1: 2 * correct / (system + gold))
}

@Suite struct GoldTokenEvaluationTests {
    static let gold = """
        1 Officials official NOUN _ _ 2 nsubj _ _
        2 approved approve VERB _ _ 0 root _ _
        3 the the DET _ _ 4 det _ _
        4 budget budget NOUN _ _ 2 obj _ _
        5 on on ADP _ _ 6 case _ _
        6 Monday Monday PROPN _ _ 2 obl:tmod _ _
        7 . . PUNCT _ _ 2 punct _ _

        """

    @Test func scoresTagsHeadsAndUniversalRelations() throws {
        // the: wrong tag. on: wrong head. Monday: other subtype, still LAS-correct.
        // ".": right head, wrong relation.
        let system = try read("""
            1 Officials _ NOUN _ _ 2 nsubj _ _
            2 approved _ VERB _ _ 0 root _ _
            3 the _ PRON _ _ 4 det _ _
            4 budget _ NOUN _ _ 2 obj _ _
            5 on _ ADP _ _ 4 case _ _
            6 Monday _ PROPN _ _ 2 obl:npmod _ _
            7 . _ PUNCT _ _ 2 dep _ _

            """)
        let scores = try Evaluation.withGoldTokens(gold: try read(Self.gold), system: system)
        #expect(scores == ParseScores(words: 7, upos: 6.0 / 7, uas: 6.0 / 7, las: 5.0 / 7))
    }

    @Test func goldAgainstItselfScoresOne() throws {
        let gold = try read(Self.gold)
        #expect(try Evaluation.withGoldTokens(gold: gold, system: gold) == ParseScores(words: 7, upos: 1, uas: 1, las: 1))
        #expect(try Evaluation.withGoldTokens(gold: [], system: []) == ParseScores(words: 0, upos: 0, uas: 0, las: 0))
    }

    @Test func unknownGoldHeadIsNeverCorrect() throws {
        let gold = try read("1 Shares share NOUN _ _ _ _ _ _\n2 fell fall VERB _ _ 0 root _ _\n")
        #expect(try Evaluation.withGoldTokens(gold: gold, system: gold) == ParseScores(words: 2, upos: 1, uas: 0.5, las: 0.5))
    }

    @Test func otherWordsAreRejected() throws {
        let gold = try read(Self.gold)
        var shorter = gold
        shorter[0].words.removeLast()
        var renamed = gold
        renamed[0].words[3].form = "plan"
        #expect(throws: EvaluationError.sentenceCount(gold: 1, system: 2)) {
            try Evaluation.withGoldTokens(gold: gold, system: gold + gold)
        }
        #expect(throws: EvaluationError.wordCount(sentence: 1, gold: 7, system: 6)) {
            try Evaluation.withGoldTokens(gold: gold, system: shorter)
        }
        #expect(throws: EvaluationError.form(sentence: 1, word: 4, gold: "budget", system: "plan")) {
            try Evaluation.withGoldTokens(gold: gold, system: renamed)
        }
        #expect(EvaluationError.form(sentence: 1, word: 4, gold: "budget", system: "plan").description.hasPrefix(
            "sentence 1, word 4: gold form 'budget', system form 'plan'; "))
    }
}

@Suite struct RawTextEvaluationTests {
    // Non-whitespace character offsets: The 0-3, council 3-10, can't 10-15,
    // agree 15-20, . 20-21 | Talks 21-26, resume 26-32, Monday 32-38, "," 38-39,
    // officials 39-48, said 48-52, . 52-53.
    static let gold = """
        # text = The council can't agree.
        1 The the DET _ _ 2 det _ _
        2 council council NOUN _ _ 5 nsubj _ _
        3-4 can't _ _ _ _ _ _ _ _
        3 ca can AUX _ _ 5 aux _ _
        4 n't not PART _ _ 5 advmod _ _
        5 agree agree VERB _ _ 0 root _ SpaceAfter=No
        6 . . PUNCT _ _ 5 punct _ _

        # text = Talks resume Monday, officials said.
        1 Talks talk NOUN _ _ 2 nsubj _ _
        2 resume resume VERB _ _ 6 ccomp _ _
        3 Monday Monday PROPN _ _ 2 obl:tmod _ SpaceAfter=No
        4 , , PUNCT _ _ 2 punct _ _
        5 officials official NOUN _ _ 6 nsubj _ _
        6 said say VERB _ _ 0 root _ SpaceAfter=No
        7 . . PUNCT _ _ 6 punct _ _

        """

    @Test func scoresAgainstAlignedWords() throws {
        // The: wrong head. council: other subtype (LAS accepts). can't: split into
        // "can" + "n't", so only n't aligns. Second gold sentence split in two.
        // "Monday," one token: neither Monday nor "," aligns. Talks: wrong tag.
        // resume: root of its own sentence, not gold's ccomp of said. Final ".": wrong relation.
        let system = try read("""
            1 The _ DET _ _ 5 det _ _
            2 council _ NOUN _ _ 5 nsubj:pass _ _
            3-4 can't _ _ _ _ _ _ _ _
            3 can _ AUX _ _ 5 aux _ _
            4 n't _ PART _ _ 5 advmod _ _
            5 agree _ VERB _ _ 0 root _ _
            6 . _ PUNCT _ _ 5 punct _ _

            1 Talks _ VERB _ _ 2 nsubj _ _
            2 resume _ VERB _ _ 0 root _ _
            3 Monday, _ PROPN _ _ 2 obl _ _

            1 officials _ NOUN _ _ 2 nsubj _ _
            2 said _ VERB _ _ 0 root _ _
            3 . _ PUNCT _ _ 2 dep _ _

            """)
        let scores = try Evaluation.onRawText(gold: try read(Self.gold), system: system)
        // 12 gold and 11 system tokens, 10 alike; 2 gold and 3 system sentences, 1 alike;
        // 13 gold and 12 system words, 10 aligned; of those 9 tagged right, 8 attached right, 7 labelled right.
        #expect(scores.tokens == f1(10, system: 11, gold: 12))
        #expect(scores.sentences == f1(1, system: 3, gold: 2))
        #expect(scores.words == f1(10, system: 12, gold: 13))
        #expect(scores.upos == f1(9, system: 12, gold: 13))
        #expect(scores.uas == f1(8, system: 12, gold: 13))
        #expect(scores.las == f1(7, system: 12, gold: 13))
        #expect(scores.words.f1 == 0.8)
    }

    @Test func goldAgainstItselfScoresOne() throws {
        let gold = try read(Self.gold)
        let one = RawTextScores.F1(precision: 1, recall: 1, f1: 1)
        #expect(try Evaluation.onRawText(gold: gold, system: gold)
            == RawTextScores(tokens: one, sentences: one, words: one, upos: one, uas: one, las: one))
    }

    @Test func multiwordTokenAlignsWithSeparateTokensByForm() throws {
        // Gold "Can't" is one token of two words, the first written lowercased; the
        // system wrote two tokens. The words align (forms compared lowercased), the token does not.
        let gold = try read("""
            1-2 Can't _ _ _ _ _ _ _ _
            1 ca can AUX _ _ 3 aux _ _
            2 n't not PART _ _ 3 advmod _ _
            3 stop stop VERB _ _ 0 root _ _

            """)
        let system = try read("""
            1 Ca _ AUX _ _ 3 aux _ _
            2 n't _ PART _ _ 3 advmod _ _
            3 stop _ VERB _ _ 0 root _ _

            """)
        let scores = try Evaluation.onRawText(gold: gold, system: system)
        #expect(scores.tokens == f1(1, system: 3, gold: 2))
        #expect(scores.words == f1(3, system: 3, gold: 3))
        #expect(scores.las == f1(3, system: 3, gold: 3))
    }

    @Test func spacesInsideFormsAreIgnored() throws {
        let gold = try read("1 New_York _ PROPN _ _ 0 root _ _\n".replacing("_York", with: "\u{00A0}York"))
        let system = try read("1 NewYork _ PROPN _ _ 0 root _ _\n")
        #expect(try Evaluation.onRawText(gold: gold, system: system).las == f1(1, system: 1, gold: 1))
    }

    @Test func differentTextIsRejected() throws {
        let gold = try read(Self.gold)
        var system = gold
        system[1].words[4].form = "officers"
        #expect(throws: EvaluationError.text(offset: 44, sentence: 2, gold: "ialssaid.", system: "erssaid.")) {
            try Evaluation.onRawText(gold: gold, system: system)
        }
    }

    @Test func longDisagreeingStretchWithAMultiwordTokenIsPairedGreedily() throws {
        // Gold "xy" (x + y) then 1,100 × "ab"; the system cuts one character later
        // throughout, so the only shared boundaries are the ends: one region too
        // large for the LCS table. Only x can pair.
        let goldForms = ["x", "y"] + Array(repeating: "ab", count: 1_100)
        let systemForms = ["x", "ya"] + Array(repeating: "ba", count: 1_099) + ["b"]
        func sentence(_ forms: [String]) -> TreebankSentence {
            TreebankSentence(words: forms.enumerated().map { TreebankWord(id: $0.offset + 1, form: $0.element, head: 0) })
        }
        var gold = sentence(goldForms)
        gold.multiwordTokens = [MultiwordToken(first: 1, last: 2, form: "xy")]
        let scores = try Evaluation.onRawText(gold: [gold], system: [sentence(systemForms)])
        #expect(scores.words == f1(1, system: 1_102, gold: 1_102))
        #expect(scores.tokens == f1(0, system: 1_102, gold: 1_101))
    }

    @Test func wholeTestSetSizedInputStaysLinear() throws {
        // 2,000 sentences of 12 words with a multi-word token each, against a
        // system that tokenised every sentence differently: bounded by counts, not time.
        var gold: [TreebankSentence] = []
        var system: [TreebankSentence] = []
        for _ in 0..<2_000 {
            let forms = ["Prices", "ca", "n't", "rise", "while", "the", "bank", "holds", "rates", "at", "zero", "."]
            var sentence = TreebankSentence(
                words: forms.enumerated().map { TreebankWord(id: $0.offset + 1, form: $0.element, head: 0) },
                multiwordTokens: [MultiwordToken(first: 2, last: 3, form: "can't")])
            gold.append(sentence)
            sentence.multiwordTokens = []
            sentence.words[10].form = "zero."
            sentence.words.removeLast()
            system.append(sentence)
        }
        let scores = try Evaluation.onRawText(gold: gold, system: system)
        #expect(scores.words == f1(20_000, system: 22_000, gold: 24_000))
        #expect(scores.sentences == f1(2_000, system: 2_000, gold: 2_000))
    }
}
