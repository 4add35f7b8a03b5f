import DossierClaims
import Testing

/// The evidence sentence around each figure.
@Suite struct SentenceTests {
    func sentence(of text: String) -> [String] { ClaimExtractor().extract(from: text).map(\.sentence) }

    @Test func abbreviationsDoNotEndSentences() {
        let s = sentence(of: "Mr. Smith said the U.S. unit of Acme Inc. earned $5m in Jan. 2024 from No. 2 customers.")
        #expect(s.first == "Mr. Smith said the U.S. unit of Acme Inc. earned $5m in Jan. 2024 from No. 2 customers.")
    }

    @Test func questionAndExclamationEndSentences() {
        let s = sentence(of: "Is it worth $5bn? Analysts doubt it! Revenue was $1bn.")
        #expect(s == ["Is it worth $5bn?", "Revenue was $1bn."])
    }

    @Test func abbreviationAtTheEndOfASentence() {
        let s = sentence(of: "The firm moved to the U.S. The move cost $40m.")
        #expect(s == ["The move cost $40m."])
    }

    @Test func blankLinesEndParagraphs() {
        let s = sentence(of: "Revenue: $5m\n\nProfit: $1m")
        #expect(s == ["Revenue: $5m", "Profit: $1m"])
    }

    @Test func hardWrappedLinesStayOneSentence() {
        let s = sentence(of: "The Company recorded revenue of $4.2 million for\nthe year ended December 31, 2024.")
        #expect(s.first == "The Company recorded revenue of $4.2 million for\nthe year ended December 31, 2024.")
    }

    @Test func initialsAndDecimals() {
        let s = sentence(of: "J. P. Morgan paid 3.5% more. It was fine.")
        #expect(s == ["J. P. Morgan paid 3.5% more."])
    }

    @Test func closingQuotes() {
        let s = sentence(of: "\"It cost $5m.\" The board agreed.")
        #expect(s == ["\"It cost $5m.\""])
    }
}
