import DossierClaims
import Testing

/// Runs the extractor over a few hundred kilobytes of varied prose. This is not a timed
/// benchmark (see Benchmarks/Claims/run.sh); it checks that large input completes and stays sane.
@Suite struct ThroughputTests {
    @Test func largeInputCompletes() {
        let paragraph = "Anthropic raised $13 billion at a $183 billion valuation, people familiar said. Costs fell 3% in Q3 2025; the review may take 6-12 months. GPT-4 and the iPhone 15 are names. 🚀 "
        let text = String(repeating: paragraph, count: 2000)
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.count == 2000 * 5)
        #expect(claims.allSatisfy { $0.end > $0.start })
    }

    @Test func hostileInputDoesNotCrash() {
        let inputs = ["", "$", "$$$", "%", "1", "-", "(", "1,", "1.", ".5", "$-", "US$", "between and", "Q", "FY", "18446744073709551616999",
                      String(repeating: "9", count: 400), String(repeating: "1,000,", count: 100), "\u{FFFD}\u{0}", "🚀", "a b c d",
                      "$1-", "-$", "between $5 and", "half a", "three-quarters of a", "Jan.", "May", "the 1990s", "2024-"]
        for s in inputs { _ = ClaimExtractor().extract(from: s) }
    }
}
