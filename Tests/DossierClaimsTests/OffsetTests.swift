import DossierClaims
import Testing

/// Offsets are Unicode scalars of the input, end exclusive, whatever comes before.
@Suite struct OffsetTests {
    static let cases: [MarkedCase] = [
        MarkedCase("🚀🚀 Launch day: SpaceX raised ⟦$750 million⟧.", .money(750e6)),
        MarkedCase("Café Müller’s revenue hit ⟦€12 million⟧.", .money(12e6, "EUR")),
        MarkedCase("日本の会社 raised ⟦¥3 billion⟧ this year.", .money(3e9, "JPY")),
        MarkedCase("👩🏽‍💻 Developers: ⟦45%⟧ use the tool.", .pct(45)),
        MarkedCase("Zürich-based Ōura grew ⟦40%⟧; São Paulo added ⟦1,200⟧ jobs.", .pct(40), .count(1200, "jobs")),
        MarkedCase("“It cost ⟦$5m⟧,” she said — “maybe more.”", .money(5e6)),
        MarkedCase("Prices rose ⟦3.2%⟧\u{00A0}in\u{00A0}⟦May⟧.", .pct(3.2), .date("--05")),
        MarkedCase("The fund holds ⟦1 200 000⟧ shares.".narrowSpaces(), .count(1_200_000, "shares")),
    ]

    @Test(arguments: cases) func extracts(_ c: MarkedCase) { checkMarked(c) }

    @Test func textIsTheExactSpan() {
        let m = SpanMarkedText("Naïve résumé: ⟦€4.5bn⟧ and ⟦12%⟧.")
        let claims = ClaimExtractor().extract(from: m.text)
        let scalars = Array(m.text.unicodeScalars)
        for c in claims {
            let slice = String(String.UnicodeScalarView(scalars[c.start..<c.end]))
            #expect(slice == c.text)
        }
        #expect(claims.map(\.text) == ["€4.5bn", "12%"])
    }

    @Test func offsetsAreOrderedAndWithinTheText() {
        let text = String(repeating: "Émile’s startup raised $5m in 2024; costs fell 3% 🎉. ", count: 50)
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.count == 150)
        let n = text.unicodeScalars.count
        var last = -1
        for c in claims {
            #expect(c.start >= last && c.start < c.end && c.end <= n)
            last = c.end
        }
    }
}

extension String {
    /// Replaces plain spaces between digit groups with narrow no-break spaces (U+202F).
    func narrowSpaces() -> String {
        var out = String.UnicodeScalarView()
        let s = Array(unicodeScalars)
        for (i, u) in s.enumerated() {
            if u == " ", i > 0, i + 1 < s.count, s[i - 1].properties.numericType != nil, s[i + 1].properties.numericType != nil {
                out.append("\u{202F}")
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
