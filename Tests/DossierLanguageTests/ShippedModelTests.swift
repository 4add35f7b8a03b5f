import Foundation
@testable import DossierLanguage
import Testing

/// The model committed in Resources: it loads, it reads hand-written news sentences as expected, and
/// its accuracy on a slice of EWT dev stays above a floor set a little under what was measured
/// (so a broken or stale model file fails here).
struct ShippedModelTests {
    static func sentence(_ text: String) throws -> AnalyzedSentence {
        let sentences = try LanguageModel.english().analyze(text)
        try #require(sentences.count == 1, "expected one sentence in: \(text)")
        return sentences[0]
    }

    /// The 1-based position of the first word with this form.
    static func position(_ form: String, in s: AnalyzedSentence) throws -> Int {
        try #require(s.words.firstIndex { $0.form == form }) + 1
    }

    /// True when `word` lies in the subtree of `head` (both 1-based).
    static func dominates(_ head: Int, _ word: Int, in s: AnalyzedSentence) -> Bool {
        var at = word
        for _ in 0...s.words.count {
            if at == head { return true }
            if at == 0 { return false }
            at = s.words[at - 1].head
        }
        return false
    }

    @Test func loadsAndSaysWhatItIs() throws {
        let model = try LanguageModel.english()
        #expect(model.about.contains("UD English EWT"))
        #expect(model.about.contains("CC BY-SA 4.0"))
        #expect(model.parser.labels.count > 40)
    }

    /// The tagger knows the words of its treebank, in any case, and not invented names.
    @Test func knowsTheWordsItWasTrainedOn() throws {
        let model = try LanguageModel.english()
        for word in ["the", "The", "company", "said", "revenue", "Tuesday"] { #expect(model.knows(word), "\(word)") }
        for word in ["Vantorix", "Orrinquell", "Brennafisk"] { #expect(!model.knows(word), "\(word)") }
    }

    @Test func theIssuesSentence() throws {
        let s = try Self.sentence("Anthropic said on Tuesday that training the model cost $100 million.")
        let said = try Self.position("said", in: s)
        let cost = try Self.position("cost", in: s)
        let anthropic = s.words[try Self.position("Anthropic", in: s) - 1]
        #expect(anthropic.relation.universal == "nsubj" && anthropic.head == said)
        let training = s.words[try Self.position("training", in: s) - 1]
        // Issue #12's done-when: the model of session 4 reads "that" as a relative pronoun and hangs
        // "training … cost" under "Tuesday". Open until a stronger parser gets it right.
        withKnownIssue("greedy parser attaches 'that training…' as a relative clause of 'Tuesday'") {
            #expect(training.head == cost && ["nsubj", "csubj"].contains(training.relation.universal))
        }
        let dollar = try Self.position("$", in: s), million = try Self.position("million", in: s)
        #expect(Self.dominates(cost, dollar, in: s))
        #expect(Self.dominates(cost, million, in: s))
        #expect(s.words[said - 1].relation == .root)
    }

    @Test func subjectsOfVerbsThatGovernFigures() throws {
        for (text, subject, verb) in [
            ("The FTSE 100 fell 0.6 per cent on Friday.", "FTSE", "fell"),
            ("Shares of the retailer rose 12% after the report.", "Shares", "rose"),
            ("The company reported revenue of $4.2 billion for the quarter.", "company", "reported"),
        ] {
            let s = try Self.sentence(text)
            let word = s.words[try Self.position(subject, in: s) - 1]
            let head = try Self.position(verb, in: s)
            #expect(word.head == head, "\(text)")
            #expect(word.relation.universal == "nsubj", "\(text)")
        }
    }

    @Test func anUnknownNameOpeningASentenceIsANoun() throws {
        let s = try Self.sentence("Northwind agreed to fund a $2 billion buyback.")
        // The tagger reads the unseen "Northwind" by its prefix as the conjunction "nor", and the
        // parse of the rest follows that mistake.
        withKnownIssue("unseen capitalised word tagged CCONJ from its prefix") {
            #expect(s.words[0].upos == .PROPN && s.words[0].relation.universal == "nsubj")
            #expect(s.words[1].relation == .root)
        }
    }

    @Test func possessorsAndNominalModifiers() throws {
        let s = try Self.sentence("Apple's revenue rose to $90 billion in the quarter.")
        let apple = s.words[try Self.position("Apple", in: s) - 1]
        let revenue = try Self.position("revenue", in: s)
        #expect(apple.relation == .nmodPoss && apple.head == revenue)
        #expect(s.words[try Self.position("'s", in: s) - 1].relation.universal == "case")
        #expect(s.words[try Self.position("rose", in: s) - 1].relation == .root)
    }

    @Test func tagsOfAFigureSentence() throws {
        let s = try Self.sentence("The board approved a dividend of 45 cents a share.")
        let tags = s.words.map(\.upos)
        #expect(tags == [.DET, .NOUN, .VERB, .DET, .NOUN, .ADP, .NUM, .NOUN, .DET, .NOUN, .PUNCT])
        #expect(s.words.map(\.lemma) == ["the", "board", "approve", "a", "dividend", "of", "45", "cent", "a", "share", "."])
    }

    @Test func everySentenceIsOneTreeWithOneRoot() throws {
        let text = """
            Revenue rose 5% to $1.2bn. The U.S.-based group, which employs 2,400 people, didn't comment.
            "We expect growth of 3-4% next year," said Jane Doe, its chief executive. (£12.80) Q3 10-K
            """
        for s in try LanguageModel.english().analyze(text) {
            #expect(s.words.filter { $0.head == 0 }.count == 1)
            for i in s.words.indices { #expect(Self.dominates(0, i + 1, in: s)) }
        }
    }

    @Test func accuracyOnHeldDevSliceStaysAboveFloor() throws {
        let gold = Array(try TreebankData.sentences("dev").prefix(500))
        let model = try LanguageModel.english()
        let system = gold.map { sentence -> TreebankSentence in
            var out = sentence
            for (i, w) in model.parse(sentence.words.map(\.form)).enumerated() {
                out.words[i].upos = w.upos
                out.words[i].head = w.head
                out.words[i].relation = w.relation
            }
            return out
        }
        let scores = try Evaluation.withGoldTokens(gold: gold, system: system)
        #expect(scores.words > 6000)
        #expect(scores.upos >= ShippedModelTests.floor.upos, "UPOS \(scores.upos)")
        #expect(scores.uas >= ShippedModelTests.floor.uas, "UAS \(scores.uas)")
        #expect(scores.las >= ShippedModelTests.floor.las, "LAS \(scores.las)")
    }

    /// A little under what the shipped model scored on the first 500 dev sentences (UPOS 95.51 %, UAS 83.53 %,
    /// LAS 80.58 %).
    static let floor = (upos: 0.950, uas: 0.825, las: 0.800)

    /// The committed file is exactly what the encoder writes for the model it holds (so the training
    /// program, which writes with the same encoder, can reproduce it byte for byte).
    @Test func theShippedFileIsItsOwnEncoding() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/DossierLanguage/Resources/english-ewt.dlm").standardized.path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(try LanguageModel(contentsOf: path).encoded() == Array(bytes))
    }

    /// A model of an older format is refused by name, not loaded to parse badly (version 2 keys did
    /// not mark hot templates).
    @Test func anOlderFormatIsRefusedByVersion() throws {
        var bytes = try LanguageModel.english().encoded()
        bytes[8] = 2
        let error = try #require(throws: LanguageModel.LoadError.self) { try LanguageModel(encoded: bytes) }
        #expect(error.reason.contains("format 2"))
    }

    @Test func aDamagedFileIsRefusedWithItsReason() throws {
        var bytes = try LanguageModel.english().encoded()
        bytes[bytes.count / 2] ^= 0xFF
        #expect(throws: LanguageModel.LoadError.self) { try LanguageModel(encoded: bytes) }
        #expect(throws: LanguageModel.LoadError.self) { try LanguageModel(encoded: Array(bytes.prefix(100))) }
        #expect(throws: LanguageModel.LoadError.self) { try LanguageModel(encoded: Array("not a model".utf8)) }
    }
}

/// Training is reproducible: the same data and options give the same model file, byte for byte.
struct TrainingTests {
    @Test func aTinyTrainingRunIsDeterministic() throws {
        let slice = Array(try TreebankData.sentences("train").prefix(300))
        var training = LanguageTraining()
        training.taggerIterations = 2
        training.parserIterations = 2
        training.folds = 2
        training.threshold = 0.05
        let first = training.train(slice).encoded()
        let second = training.train(slice).encoded()
        #expect(first == second)
        let reloaded = try LanguageModel(encoded: first).encoded()
        #expect(reloaded == first)
        training.seed = 2
        #expect(training.train(slice).encoded() != first)
    }

    @Test func aTinyModelLearnsSomething() throws {
        let slice = Array(try TreebankData.sentences("train").prefix(400))
        var training = LanguageTraining()
        training.taggerIterations = 3
        training.parserIterations = 3
        training.folds = 1
        let model = training.train(slice)
        // On its own training data even a small model must tag most words right.
        var right = 0, total = 0
        for s in slice.prefix(100) {
            for (g, p) in zip(s.words, model.tags(s.words.map(\.form))) where g.upos == p { right += 1 }
            total += s.words.count
        }
        #expect(Double(right) / Double(total) > 0.9)
    }
}
