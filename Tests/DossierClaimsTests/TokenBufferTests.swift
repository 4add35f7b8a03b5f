@testable import DossierClaims
import DossierModel
import Testing

/// The tokenizer writes tokens into a buffer sized for prose (a third of the byte count) and moves to
/// one that cannot overflow when a text has more: runs of punctuation, tables of short numbers.
@Suite struct TokenBufferTests {
    @Test func symbolRunLongerThanTheFirstBufferKeepsEveryToken() {
        let text = String(repeating: ",", count: 3000) + " Acme raised $5 million."
        let scanned = ScannedText(text)
        #expect(scanned.tokens.count == 3000 + 6)
        #expect(scanned.tokens.prefix(3000).allSatisfy { $0.kind == .symbol && $0.key == 44 && $0.length == 1 })
        #expect(scanned.tokens[3000].gap == .space)
        #expect(scanned.string(tokens: 3000, 3000) == "Acme")
        let money = ClaimExtractor().extract(from: text).first { $0.kind == .money }
        #expect(money?.value == 5_000_000)
        #expect(money?.start == 3013)
        #expect(money?.text == "$5 million")
    }

    @Test func denseNumbersMatchTheSameTextReadInProse() {
        // "1 2 3 …": one token per two bytes, past the first buffer; every number keeps its value and place.
        let numbers = (1...2000).map { "\($0 % 10)" }.joined(separator: " ")
        let scanned = ScannedText(numbers)
        #expect(scanned.tokens.count == 2000)
        for (k, t) in scanned.tokens.enumerated() {
            #expect(t.kind == .number && t.start == 2 * k && t.mantissa == UInt64((k + 1) % 10))
        }
    }
}
