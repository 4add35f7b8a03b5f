import DossierModel
@testable import DossierSQLite
import DossierStorage
import Testing

/// `dossier check` finds prose claims whose span is not their text, reading
/// each document's text once (linear in claims, not quadratic).
@Suite struct CheckClaimsTests {
    /// A long document with one figure per sentence, multi-byte text between them, and one claim
    /// whose offsets were shifted by one (as a bug in an older extractor could leave them).
    static func outcome(sentences: Int, shifted: Int) -> FileOutcome {
        var text = ""
        var claims: [ClaimInput] = []
        for i in 0..<sentences {
            let lead = "Zürich’s café № \(i) — revenue was "
            let figure = "$\(i + 1) million"
            let start = text.unicodeScalars.count + lead.unicodeScalars.count
            text += lead + figure + ". "
            let offset = i == shifted ? 1 : 0
            claims.append(ClaimInput(claim: Claim(kind: .money, text: figure, start: start + offset,
                                                  end: start + offset + figure.unicodeScalars.count,
                                                  value: Double(i + 1) * 1e6, currency: "USD", sentence: lead + figure + ".")))
        }
        let document = ParsedDocument(part: "", kind: .article, format: "html", title: "Long", published: "2026-01-01", text: text)
        return FileOutcome(path: "/docs/long.html", size: 10, mtimeNanoseconds: 1,
                           result: .parsed(contentHash: "long", documents: [DocumentInput(document: document, textHash: "t-long", claims: claims)],
                                           warnings: []))
    }

    @Test func aShiftedClaimIsFoundAmongThousands() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Self.outcome(sentences: 3_000, shifted: 1_717)], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        let report = try store.check()
        #expect(report.misplacedClaims.count == 1)
        var query = ClaimQuery()
        query.limit = Int.max
        let shifted = try #require(try store.claims(query).first { $0.claim.text == "$1718 million" })
        #expect(report.misplacedClaims == [shifted.id])
    }

    @Test func spansAreReadByScalarOffsetsInIncreasingOrder() {
        var spans = ScalarSpans("a€b😀cd")
        #expect(spans.text(from: 1, to: 2) == "€")
        #expect(spans.text(from: 3, to: 5) == "😀c")
        #expect(spans.text(from: 3, to: 4) == "😀", "the same start again")
        #expect(spans.text(from: 2, to: 3) == nil, "a start before the last one")
        #expect(spans.text(from: 5, to: 9) == nil, "past the end")
    }
}
