import Testing
import DossierLanguage

/// Every entry of the word lists does what its list promises, one by one.
@Suite struct EnglishWordsTests {
    @Test(arguments: EnglishWords.abbreviations.sorted())
    func abbreviationKeepsItsPeriodMidSentence(abbreviation: String) {
        let forms = Tokenizer.tokens(in: "See \(abbreviation) here").map(\.form)
        #expect(forms == ["See", abbreviation, "here"])
    }

    @Test(arguments: EnglishWords.titles.sorted())
    func titleNeverEndsASentence(title: String) {
        #expect(EnglishWords.abbreviations.contains(title))
        #expect(SentenceSplitter.sentences(in: "They met \(title) The Smith.").count == 1)
    }

    @Test(arguments: EnglishWords.numberAbbreviations.sorted())
    func numberAbbreviationKeepsItsPeriodBeforeANumber(abbreviation: String) {
        #expect(Tokenizer.tokens(in: "see \(abbreviation) 4").map(\.form) == ["see", abbreviation, "4"])
    }

    @Test(arguments: EnglishWords.clitics.sorted())
    func cliticSplitsOffItsWord(clitic: String) {
        #expect(Tokenizer.tokens(in: "they'\(clitic)").map(\.form) == ["they", "'\(clitic)"])
        #expect(Tokenizer.tokens(in: "they’\(clitic)").map(\.form) == ["they", "’\(clitic)"])
    }

    @Test(arguments: EnglishWords.fusedContractions.sorted(by: { $0.key < $1.key }))
    func fusedContractionSplitsAtItsLength(word: String, firstPiece: Int) {
        let forms = Tokenizer.tokens(in: word).map(\.form)
        #expect(forms == [String(word.prefix(firstPiece)), String(word.dropFirst(firstPiece))])
    }

    @Test(arguments: EnglishWords.hyphenPrefixes.sorted())
    func hyphenPrefixStaysWithItsWord(prefix: String) {
        #expect(Tokenizer.tokens(in: "\(prefix)-merger").map(\.form) == ["\(prefix)-merger"])
    }

    @Test(arguments: EnglishWords.unitSuffixes.sorted())
    func unitSuffixSplitsFromItsNumber(unit: String) {
        #expect(Tokenizer.tokens(in: "12\(unit) x").map(\.form) == ["12", unit, "x"])
    }

    @Test(arguments: EnglishWords.sentenceStarters.sorted())
    func sentenceStarterEndsASentenceAfterAnAbbreviation(starter: String) {
        #expect(SentenceSplitter.sentences(in: "It sold Acme Corp. \(starter) said so.").count == 2)
    }

    @Test(arguments: EnglishWords.continuationWords.sorted())
    func continuationWordJoinsAWrappedLine(word: String) {
        #expect(SentenceSplitter.sentences(in: "Profit \(word)\nRevenue rose.").count == 1)
    }

    @Test(arguments: EnglishWords.irregularVerbs.sorted(by: { $0.key < $1.key }))
    func irregularVerbFormHasItsBase(form: String, base: String) {
        #expect(Lemmatizer.lemma(of: form, tag: .VERB) == base)
    }

    @Test(arguments: EnglishWords.irregularNouns.sorted(by: { $0.key < $1.key }))
    func irregularNounHasItsSingular(form: String, singular: String) {
        #expect(Lemmatizer.lemma(of: form, tag: .NOUN) == singular)
    }

    @Test(arguments: EnglishWords.verbsEndingLikeSuffixes.sorted())
    func verbEndingLikeASuffixIsItsOwnBase(verb: String) {
        #expect(Lemmatizer.lemma(of: verb, tag: .VERB) == verb)
    }

    @Test(arguments: EnglishWords.silentEBases.sorted().filter { $0.hasSuffix("e") && $0.utf8.count > 3 })
    func silentEBaseIsRestoredFromItsPastTense(base: String) {
        #expect(Lemmatizer.lemma(of: base + "d", tag: .VERB) == base)
    }
}
