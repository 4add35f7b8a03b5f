@testable import DossierLanguage
import Testing

/// The dynamic oracle must lead back to the gold tree from the start: following only least-cost
/// moves, a projective sentence comes out exactly as annotated.
struct OracleTests {
    /// Hand-written trees (UD conventions) in CoNLL-U, projective.
    static let handWritten = conllu("""
        # text = Northwind agreed to fund a $2 billion buyback.
        1 Northwind Northwind PROPN _ _ 2 nsubj _ _
        2 agreed agree VERB _ _ 0 root _ _
        3 to to PART _ _ 4 mark _ _
        4 fund fund VERB _ _ 2 xcomp _ _
        5 a a DET _ _ 9 det _ _
        6 $ $ SYM _ _ 9 compound _ SpaceAfter=No
        7 2 2 NUM _ _ 8 compound _ _
        8 billion billion NUM _ _ 6 nummod _ _
        9 buyback buyback NOUN _ _ 4 obj _ SpaceAfter=No
        10 . . PUNCT _ _ 2 punct _ _

        # text = The plant, which cost $2 billion, opened in 2019.
        1 The the DET _ _ 2 det _ _
        2 plant plant NOUN _ _ 10 nsubj _ SpaceAfter=No
        3 , , PUNCT _ _ 5 punct _ _
        4 which which PRON _ _ 5 nsubj _ _
        5 cost cost VERB _ _ 2 acl:relcl _ _
        6 $ $ SYM _ _ 5 obj _ SpaceAfter=No
        7 2 2 NUM _ _ 8 compound _ _
        8 billion billion NUM _ _ 6 nummod _ SpaceAfter=No
        9 , , PUNCT _ _ 5 punct _ _
        10 opened open VERB _ _ 0 root _ _
        11 in in ADP _ _ 12 case _ _
        12 2019 2019 NUM _ _ 10 obl _ SpaceAfter=No
        13 . . PUNCT _ _ 10 punct _ _

        # text = Revenue rose 5%.
        1 Revenue revenue NOUN _ _ 2 nsubj _ _
        2 rose rise VERB _ _ 0 root _ _
        3 5 5 NUM _ _ 4 nummod _ SpaceAfter=No
        4 % % SYM _ _ 2 obj _ SpaceAfter=No
        5 . . PUNCT _ _ 2 punct _ _

        """)

    /// Parses by always taking a least-cost move; returns heads and labels (index 0 unused).
    static func followOracle(_ sentence: TreebankSentence, labels: [DependencyRelation]) -> (heads: [Int32], labels: [Int32]) {
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })
        let rootLabel = labels.firstIndex(of: .root)!
        let oracle = DynamicOracle(heads: [0] + sentence.words.map { Int32($0.head) },
                                   labels: [0] + sentence.words.map { index[$0.relation]! })
        var state = ParserState(count: sentence.words.count)
        while !state.isTerminal {
            let moves = oracle.moveCosts(state)
            var best: Transition?
            var bestCost = Int.max
            for c in 0..<Transition.classCount(labels: labels.count) {
                let t = Transition(classIndex: c)
                guard state.isValid(t, rootLabel: rootLabel) else { continue }
                let cost = oracle.cost(t, state, moves)
                if cost < bestCost { best = t; bestCost = cost }
            }
            state.apply(best!)
        }
        return (state.heads, state.labels)
    }

    static func check(_ sentences: [TreebankSentence]) {
        let labels = LanguageTraining.labels(of: sentences)
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, Int32($0)) })
        for sentence in sentences where sentence.isProjective {
            let (heads, relations) = followOracle(sentence, labels: labels)
            #expect(Array(heads.dropFirst()) == sentence.words.map { Int32($0.head) }, "\(sentence.text ?? "")")
            #expect(Array(relations.dropFirst()) == sentence.words.map { index[$0.relation]! }, "\(sentence.text ?? "")")
        }
    }

    @Test func handWrittenTreesComeBackExactly() throws {
        let sentences = try CoNLLU.read(Self.handWritten)
        #expect(sentences.count == 3)
        let allProjective = sentences.allSatisfy { $0.isProjective }
        #expect(allProjective)
        Self.check(sentences)
    }

    @Test func projectiveTrainingTreesComeBackExactly() throws {
        let sentences = Array(try TreebankData.sentences("train").prefix(2000))
        #expect(sentences.filter(\.isProjective).count > 1900)
        Self.check(sentences)
    }

    @Test func aCrossingArcIsNotProjective() throws {
        // "A hearing is scheduled on the issue today": "on the issue" attaches to "hearing" across the verb.
        let sentence = try CoNLLU.read(conllu("""
            1 A a DET _ _ 2 det _ _
            2 hearing hearing NOUN _ _ 4 nsubj:pass _ _
            3 is be AUX _ _ 4 aux:pass _ _
            4 scheduled schedule VERB _ _ 0 root _ _
            5 on on ADP _ _ 7 case _ _
            6 the the DET _ _ 7 det _ _
            7 issue issue NOUN _ _ 2 nmod _ _
            8 today today NOUN _ _ 4 obl:tmod _ _

            """))[0]
        #expect(!sentence.isProjective)
    }
}
