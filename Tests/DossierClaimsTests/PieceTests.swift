import DossierClaims
import DossierModel
import Testing

/// Long texts are read in pieces that end at blank lines: the claims must be the same as
/// if the text were read whole — offsets in scalars of the whole text, names carried across.
@Suite struct PieceTests {
    static let paragraph = "Zürich-based Acme AG raised €13 million in 2025 — a record. It expects revenue of $40 million, analysts said. 🚀\n\n"
    static let bridge = "Globex Corp. was founded in 1999.\n\nIt raised $7 million last year.\n\n"

    @Test func offsetsAndClaimsMatchParagraphByParagraph() {
        let paragraphs = 4000  // ~500 KB: several pieces
        let text = String(repeating: Self.paragraph, count: paragraphs)
        let claims = ClaimExtractor().extract(from: text)
        let one = ClaimExtractor().extract(from: Self.paragraph)
        #expect(one.count == 3)
        #expect(claims.count == paragraphs * one.count)
        let scalars = Array(text.unicodeScalars)
        let step = Self.paragraph.unicodeScalars.count
        for (i, c) in claims.enumerated() {
            let base = one[i % one.count]
            let shift = (i / one.count) * step
            guard c.start == base.start + shift, c.end == base.end + shift else {
                Issue.record("claim \(i) at \(c.start)..<\(c.end), want \(base.start + shift)")
                return
            }
            #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
            #expect(c.metric == base.metric && c.subject == base.subject && c.attribution == base.attribution)
        }
    }

    @Test func namesCarryAcrossPieces() {
        // Every "It raised" follows a sentence naming Globex; some fall right after a piece boundary.
        let text = String(repeating: Self.bridge, count: 9000)
        let raised = ClaimExtractor().extract(from: text).filter { $0.kind == .money }
        #expect(raised.count == 9000)
        #expect(raised.allSatisfy { $0.subject == "Globex Corp" })
    }
}
