import DossierClaims
import DossierModel
import Testing

/// Regression: a sentence opening with an activity verb ("Needs up to £3bn …", "Costs $5m …") read the
/// token before the sentence as its activity — a stray "." as the subject mid-text, and a crash
/// (index -1) when the text itself opened that way.
@Suite struct SentenceOpensWithVerbTests {
    @Test(arguments: [
        "needs up to £3bn of new equity, regulators said.",
        "Costs $5 million to build.",
        "Cost $2 billion, the filing said.",
        "takes about two years",
    ])
    func textOpeningWithTheVerbDoesNotCrash(_ text: String) {
        let claims = ClaimExtractor().extract(from: text)
        #expect(!claims.isEmpty)
        for c in claims { #expect(c.subject == nil) }
    }

    @Test func verbAfterAFullStopDoesNotTakeThePunctuationAsSubject() {
        let claims = ClaimExtractor().extract(from: "The review ended. Needs up to £3bn of new equity, regulators said.")
        let money = claims.first { $0.kind == .money }
        #expect(money?.value == 3_000_000_000)
        #expect(money?.subject != ".")
    }
}
