@testable import DossierClaims
import DossierModel
import Testing

/// Text without sentence ends — a minified page, a data dump, a table flattened to one line, a PDF
/// extraction without full stops — reads as one huge sentence. Its analysis must stay linear: these
/// inputs hung the extractor (work grew with the cube of the sentence) before run-on sentences were
/// read in windows. No test here measures time; a quadratic extractor never finishes them.
@Suite struct RunOnTests {
    /// Clauses whose figures are decided by the words next to them, in the shapes of wire copy and data dumps.
    static let clauses = [
        "Acme Robotics raised $250 million in a Series C round",
        "the startup was valued at about $4.2 billion",
        "it reported revenue of $94.9 billion for fiscal 2025, up 8%",
        "the plant will employ 1,200 workers from mid-2026",
        "regulators fined the company €2.42 billion",
        "the appeal could take another 18 to 24 months",
        "operating expenses were $14.2 billion",
        "shares fell 4.2% on March 14, 2025",
        "the service has 3.4 million subscribers",
        "revenue grew 2.5x over two years",
    ]
    static let joiners = [" and ", ", ", " — ", " and then ", "; "]

    /// A run-on text of `count` clauses (no full stops), with the scalar offset of each clause.
    static func runOn(_ count: Int) -> (text: String, clauses: [(index: Int, offset: Int)]) {
        var text = ""
        var placed: [(Int, Int)] = []
        var offset = 0
        for i in 0..<count {
            let clause = clauses[i % clauses.count]
            placed.append((i % clauses.count, offset))
            text += clause
            offset += clause.unicodeScalars.count
            let joiner = joiners[(i / clauses.count) % joiners.count]
            text += joiner
            offset += joiner.unicodeScalars.count
        }
        return (text, placed)
    }

    /// What a claim says about its figure, without where it stands or its context words.
    static func figure(_ c: Claim, shift: Int) -> String {
        "\(c.kind) \(c.text) \(c.start - shift)-\(c.end - shift) v=\(c.value.map { "\($0)" } ?? "-") "
            + "\(c.low.map { "\($0)" } ?? "-")–\(c.high.map { "\($0)" } ?? "-") \(c.currency ?? "-") \(c.unit ?? "-") "
            + "\(c.date ?? "-") \(c.qualifier) \(c.metric ?? "-")"
    }

    @Test func runOnTextKeepsEveryFigureAsItsClauseAloneHasIt() {
        // ~75 KB on one line, about 3,000 figures (the extractor before windows did not finish 40 KB in 10 s).
        let (text, placed) = Self.runOn(1_500)
        #expect(text.utf8.count > 70_000)
        let extractor = ClaimExtractor()
        let alone = Self.clauses.map { extractor.extract(from: $0) }
        #expect(alone.allSatisfy { !$0.isEmpty })
        let claims = extractor.extract(from: text)
        var expected: [String] = []
        for (index, offset) in placed {
            expected += alone[index].map { Self.figure($0, shift: -offset) }
        }
        #expect(claims.count == expected.count)
        let got = claims.map { Self.figure($0, shift: 0) }
        let mismatches = zip(got, expected).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(mismatches.isEmpty, "first: \(mismatches.first.map { "#\($0.offset): \($0.element.0) vs \($0.element.1)" } ?? "")")
        // Each claim carries only the words around it, and its text is where its offsets say.
        let scalars = Array(text.unicodeScalars)
        for c in claims.prefix(200) + claims.suffix(200) {
            #expect(String(String.UnicodeScalarView(scalars[c.start..<c.end])) == c.text)
            #expect(c.sentence.utf8.count <= ClaimExtractor.maxSentenceBytes + 64)
        }
    }

    @Test func windowsReportEachFigureOnceAndNeverCutOne() {
        // Figures of 1 to 4 tokens at irregular gaps across a 20,000-token sentence.
        var figures: [Figure] = []
        var t = 3
        var k = 0
        while t < 20_000 {
            let length = 1 + k % 4
            figures.append(Figure(kind: k % 3 == 0 ? .money : .percent, first: t, last: t + length - 1))
            t += length + (k * 7919) % 23
            k += 1
        }
        let sentence = 0..<20_010
        let windows = SentenceWindows.windows(sentence, figures: figures)
        #expect(windows.count > 1)
        var next = 0
        for w in windows {
            #expect(w.reported.lowerBound == next)
            next = w.reported.upperBound
            #expect(w.span.lowerBound >= sentence.lowerBound && w.span.upperBound <= sentence.upperBound)
            #expect(w.span.count <= SentenceWindows.coreTokens + 2 * SentenceWindows.marginTokens + 8)
            for i in w.reported {
                #expect(figures[i].first >= w.span.lowerBound && figures[i].last < w.span.upperBound)
                // Context on both sides, unless the sentence ends first.
                #expect(figures[i].first - w.span.lowerBound >= min(SentenceWindows.marginTokens, figures[i].first))
                #expect(w.span.upperBound - figures[i].last > min(SentenceWindows.marginTokens, sentence.upperBound - 1 - figures[i].last))
            }
        }
        #expect(next == figures.count)
        // A sentence of ordinary length is one window: the sentence itself.
        let short = SentenceWindows.windows(0..<SentenceWindows.wholeTokens, figures: Array(figures.prefix(20)))
        #expect(short == [SentenceWindows.Window(span: 0..<SentenceWindows.wholeTokens, reported: 0..<20)])
    }

    @Test func bareNumbersOnOneLineFinish() {
        // A data dump: 5,000 grouped numbers, each a count without a noun (unit inheritance looks around each).
        // Ungrouped bare numbers are not claims at all (phone numbers, lottery draws).
        let text = (0..<5_000).map { "\(1 + $0 % 9),\(100 + $0 % 800)" }.joined(separator: " ")
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.count == 5_000)
        #expect(claims.allSatisfy { $0.kind == .count && $0.unit == nil })
    }

    @Test func namesAndSaysAtLengthFinish() {
        // Every verb has a name before it, and every name is a candidate source and subject.
        let chunk = "Acme Corp said Globex Inc told Initech reported $5 million "
        let text = String(repeating: chunk, count: 3_000)
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.count == 3_000)
        #expect(claims.allSatisfy { $0.kind == .money && $0.value == 5_000_000 && $0.attribution != nil })
    }

    @Test func itAfterAHugeSentenceWithoutFiguresIsNamedFromItsHead() {
        // A run-on sentence without figures, then "It raised": the name comes from the sentence's first words.
        let text = "Globex Corp was founded " + String(repeating: "and grew and hired and built ", count: 20_000)
            + "in the valley.\n\nIt raised $7 million last year."
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.count == 1)
        #expect(claims.first?.subject == "Globex Corp")
    }

    @Test func aTableFlattenedToOneLineKeepsItsNegatives() {
        let row = "| Revenue | 1,204 | (312) | 18% "
        let text = String(repeating: row, count: 500)
        let claims = ClaimExtractor().extract(from: text)
        #expect(claims.filter { $0.value == -312 }.count == 500)
        #expect(claims.filter { $0.kind == .percent && $0.value == 18 }.count == 500)
    }
}

/// The extractor stops at its claim limit, across pieces of a long text too,
/// keeping the first claims in order.
@Suite struct ClaimLimitTests {
    @Test func extractionStopsAtTheLimit() {
        var extractor = ClaimExtractor()
        extractor.claimLimit = 10
        let text = (1...50).map { "Sales rose \($0)%." }.joined(separator: " ")
        let claims = extractor.extract(from: text)
        #expect(claims.map(\.value) == (1...10).map { Double($0) })
    }

    @Test func windowsNarrowOnlyWhereFiguresAreDense() {
        // Real long prose keeps about 1,000 bytes either side; a data dump about 120.
        #expect(ClaimExtractor.windowHalf(sentenceBytes: 30_000, figures: 20) == 1_000)
        #expect(ClaimExtractor.windowHalf(sentenceBytes: 2_100, figures: 10) == 840)
        #expect(ClaimExtractor.windowHalf(sentenceBytes: 40_000_000, figures: 2_000_000) == 120)
    }

    @Test func theLimitHoldsAcrossPieces() {
        var extractor = ClaimExtractor()
        extractor.claimLimit = 1_000
        // Paragraphs well past a piece's size, each with one figure.
        let paragraph = String(repeating: "The board met again. ", count: 20) + "Sales rose 4%.\n\n"
        let text = String(repeating: paragraph, count: 3 * ClaimExtractor.pieceBytes / paragraph.utf8.count)
        #expect(text.utf8.count > 2 * ClaimExtractor.pieceBytes)
        #expect(extractor.extract(from: text).count == 1_000)
        extractor.claimLimit = ClaimExtractor.defaultClaimLimit
        #expect(extractor.extract(from: text).count > 1_000)
    }
}
