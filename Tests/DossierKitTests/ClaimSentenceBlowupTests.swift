import DossierKit
import Testing

/// Regression: text without full stops reads as one huge "sentence", and every
/// figure in it carried that whole sentence, so output and storage grew as
/// figures × length (18 KB of "costs rose 5% and " gave 18 MB of claims; a
/// 64 MB file would have asked for terabytes).
@Suite struct ClaimSentenceBlowupTests {
    @Test func figuresInARunOnSentenceCarryOnlyTheWordsAroundThem() {
        let text = String(repeating: "costs rose 5% and ", count: 1_000)
        let claims = ClaimExtractorFacade().extract(text)
        #expect(claims.count == 1_000)
        let longest = claims.map(\.sentence.utf8.count).max() ?? 0
        #expect(longest <= 2_100, "a claim carries \(longest) bytes of sentence")
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            // The window is the input around the figure, and holds it.
            #expect(text.contains(claim.sentence))
            let figure = String(String.UnicodeScalarView(scalars[claim.start..<claim.end]))
            #expect(claim.text == figure && claim.sentence.contains(figure))
        }
    }

    @Test func ordinarySentencesAreStillCarriedWhole() {
        let text = "Revenue rose 12% to $4.2 billion in the quarter, the company said. Costs fell 3%."
        let claims = ClaimExtractorFacade().extract(text)
        #expect(claims.first?.sentence == "Revenue rose 12% to $4.2 billion in the quarter, the company said.")
        #expect(claims.last?.sentence == "Costs fell 3%.")
    }
}
