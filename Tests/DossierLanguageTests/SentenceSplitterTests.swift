import Testing
import DossierLanguage

/// Sentence boundaries on wire copy, press releases and filings.
@Suite struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { $0.tokens.map(\.form).joined(separator: " ") }
    }

    @Test func splitsAtTerminatorsBeforeACapital() {
        #expect(Self.sentences("Shares fell 3%. Analysts were surprised! Why? Nobody knows.") ==
            ["Shares fell 3 % .", "Analysts were surprised !", "Why ?", "Nobody knows ."])
    }

    @Test func titlesInitialsAndLowercaseContinuationsDoNotSplit() {
        #expect(Self.sentences("Mr. Smith met J. P. Morgan officials. U.S. officials said no.") ==
            ["Mr. Smith met J. P. Morgan officials .", "U.S. officials said no ."])
        #expect(Self.sentences("The deal closed at 3.5 p.m. Tuesday in Dallas.") ==
            ["The deal closed at 3.5 p.m. Tuesday in Dallas ."])
        #expect(Self.sentences("It rose 2% vs. a year ago.") == ["It rose 2 % vs. a year ago ."])
    }

    /// An abbreviation ends a sentence before a typical opener, and its period becomes the sentence's own.
    @Test func abbreviationEndsASentenceBeforeATypicalOpener() {
        let found = SentenceSplitter.sentences(in: "Profits rose at Acme Inc. The company said so.")
        #expect(found.map { $0.tokens.map(\.form) } ==
            [["Profits", "rose", "at", "Acme", "Inc", "."], ["The", "company", "said", "so", "."]])
        #expect(found[0].tokens[4].start == 21 && found[0].tokens[4].end == 24)
        #expect(found[0].tokens[5].start == 24 && found[0].tokens[5].end == 25)
        #expect(Self.sentences("Acme Inc. Chief Executive Jane Doe resigned.").count == 1)
        #expect(Self.sentences("It opened offices in the U.S. Later it left.").count == 2)
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(Self.sentences("\"We will appeal.\" The court disagreed. (It ruled on Monday.) Costs rose.") ==
            ["\" We will appeal . \"", "The court disagreed .", "( It ruled on Monday . )", "Costs rose ."])
        #expect(Self.sentences("He said “no.” Then he left.") == ["He said “ no . ”", "Then he left ."])
    }

    @Test func lineBreaksEndHeadlinesButNotWrappedProse() {
        #expect(Self.sentences("Acme to buy Widget for $2bn\nAcme said on Monday it would buy Widget.") ==
            ["Acme to buy Widget for $ 2 bn", "Acme said on Monday it would buy Widget ."])
        #expect(Self.sentences("Revenue for the quarter was\nhigher than expected.") ==
            ["Revenue for the quarter was higher than expected ."])
        #expect(Self.sentences("Risk factors\n\nOur business depends on") == ["Risk factors", "Our business depends on"])
    }

    @Test func sentenceRangesSpanTheirTokens() {
        let text = "Zürich’s bank cut jobs. It hired."
        let found = SentenceSplitter.sentences(in: text)
        #expect(found.count == 2)
        // "ü" is 2 bytes and "’" 3.
        #expect(found[0].start == 0 && found[0].end == 26)
        #expect(found[1].start == 27 && found[1].end == 36)
        #expect(found.allSatisfy { $0.start == $0.tokens.first?.start && $0.end == $0.tokens.last?.end })
    }

    @Test func capsRunOnSentencesPreferringACommaOrSemicolon() {
        let clause = Array(repeating: "units", count: 150).joined(separator: " ")
        let found = SentenceSplitter.sentences(in: clause + ", " + clause + "; " + clause)
        #expect(found.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumLength })
        #expect(found.map(\.tokens.count) == [151, 151, 150])
        let unbroken = Array(repeating: "x", count: 450).joined(separator: " ")
        #expect(SentenceSplitter.sentences(in: unbroken).map(\.tokens.count) == [200, 200, 50])
    }

    @Test func rangeVariantKeepsBufferOffsets() {
        let bytes = Array("Skip. Costs rose. Prices fell.".utf8)
        let found = bytes.withUnsafeBufferPointer { SentenceSplitter.sentences(utf8: $0, in: 6..<30) }
        #expect(found.map(\.start) == [6, 18])
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
    }
}
