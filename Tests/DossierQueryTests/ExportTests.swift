import DossierModel
import DossierQuery
import DossierStorage
import Foundation
import Testing

/// Every export format on a sheet whose text tries to break out of it.
@Suite struct ExportTests {
    typealias F = EvidenceFixtures

    static let hostile = "He said <script>alert('x')</script> | it cost *$5 million* [link](javascript:x) & \"more\",\nthen\r\nleft."

    static func sheet() -> FactSheet {
        let claims = [
            F.claim(1, doc: 1, text: "$5 million", value: 5e6, sentence: hostile, publisher: "Pipe | Press <b>",
                    published: "2024-01-02", title: "A \"quoted\" <title>", url: "javascript:alert(1)"),
            F.claim(2, doc: 2, value: 25e6, qualifier: .approximate, publisher: "=HYPERLINK(\"x\")", published: "2024-02-03",
                    url: "https://example.test/a?b=1&c=<2>"),
            F.claim(3, doc: 3, value: 7, metric: nil, sentence: "Seven, with a `backtick` and $math$.", published: "2024-03-04"),
        ]
        let xref = CrossReference(claims: claims, resolver: .plain, minimumDocuments: 1)
        return FactSheet(title: "Sheet <one>", scope: "subject \"Corvid\"", generatedAt: "2026-01-01T00:00:00Z", crossReference: xref)
    }

    @Test func citationsAreNumberedInReadingOrder() {
        let sheet = Self.sheet()
        #expect(sheet.citations.map(\.number) == [1, 2, 3])
        #expect(sheet.citations.map(\.claim) == [1, 2, 3])
        #expect(sheet.groups.first?.verdict == .conflict)
        #expect(sheet.other.map(\.id) == [3])
    }

    @Test func markdownEscapesAndCitesEveryFigure() {
        let md = MarkdownFactSheet.render(Self.sheet())
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>"))
        #expect(!md.contains("\r"))
        for line in md.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| Published") {
            // Escaped pipes do not split cells: every row has six cells.
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 8, "\(line)")
        }
        #expect(md.contains("[^1]: ") && md.contains("[^2]: ") && md.contains("[^3]: "))
        #expect(md.contains(" [^1] |") && md.contains(" [^2] |") && md.contains(" [^3] |"))
        #expect(md.contains("[^1]: Pipe \\| Press \\<b\\>"), "footnotes are escaped too")
        #expect(!md.contains("<javascript:"), "a javascript: URL is not a link")
        #expect(md.contains("\\[link\\](javascript:x)"), "link syntax in a quote stays text")
        #expect(md.contains("<https://example.test/a?b=1&c=<2>>") == false, "a URL with angle brackets is not autolinked")
        #expect(md.contains("\\$math\\$"))
        #expect(md.contains("**Verdict: conflict**"))
        #expect(md.contains("characters 10–20"))
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let html = HTMLFactSheet.render(Self.sheet())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("Pipe | Press &lt;b&gt;"))
        #expect(html.contains("<title>Sheet &lt;one&gt;</title>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("href=\"https://example.test/a?b=1&amp;c=&lt;2&gt;\""))
        #expect(!html.contains(" src="), "no external assets")
        #expect(!html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<mark>$5 million</mark>"))
        #expect(html.contains("id=\"c3\""))
        #expect(html.contains("<span class=\"verdict conflict\">conflict</span>"))
    }

    @Test func csvRoundTripsEveryField() throws {
        let csv = CSVFactSheet.render(Self.sheet())
        let rows = Self.parseCSV(csv)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == CSVFactSheet.headers.count })
        let header = rows[0]
        let sentence = try #require(header.firstIndex(of: "sentence"))
        #expect(rows[1][sentence] == Self.hostile)
        let publisher = try #require(header.firstIndex(of: "publisher"))
        #expect(rows[2][publisher] == "'=HYPERLINK(\"x\")", "a formula is neutralised")
        let verdict = try #require(header.firstIndex(of: "verdict"))
        #expect(rows[1][verdict] == "conflict" && rows[3][verdict] == "")
    }

    @Test func jsonCarriesVerdictsClaimsAndCitations() throws {
        let data = Data(EvidenceJSON.factSheet(Self.sheet()).utf8)
        let sheet = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let groups = try #require(sheet["groups"] as? [[String: Any]])
        #expect(groups.first?["verdict"] as? String == "conflict")
        let claim = try #require((groups.first?["claims"] as? [[String: Any]])?.first)
        #expect(claim["sentence"] as? String == Self.hostile)
        #expect(claim["citation"] as? Int == 1)
        #expect(claim["kind"] as? String == "money")
        #expect(claim.keys.contains("attribution") && claim["attribution"] is NSNull)
        #expect((sheet["citations"] as? [[String: Any]])?.count == 3)
        #expect((sheet["other"] as? [[String: Any]])?.first?["citation"] as? Int == 3)
    }

    @Test func markedTextCutsAtScalarOffsets() {
        let text = "🚀 costs $5 million; 👩‍💻 took three weeks."
        let scalars = Array(text.unicodeScalars)
        func offset(_ s: String) -> Int {
            let r = text.range(of: s)!
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        }
        let a = offset("$5 million"), b = offset("three weeks")
        let segments = MarkedText.segments(text, spans: [(b, b + 11), (a, a + 10), (a + 2, a + 4), (200, 300)])
        #expect(segments.compactMap { $0.span == nil ? nil : $0.text } == ["$5 million", "three weeks"])
        #expect(segments.map(\.text).joined() == text)
        #expect(scalars.count > text.count, "the test text has multi-scalar characters")
    }

    /// A small RFC 4180 reader for the round trip.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func aFilingFactNotWrittenInTheTextIsCitedAsAFact() {
        let located = Citation(number: 1, claim: F.claim(1, doc: 3, value: 1, start: 120))
        #expect(located.span == "document 3, characters 120–127", "the span of its text, \"figure1\"")
        var fact = F.claim(2, doc: 4, value: 4.1873e9, origin: .filing, start: 0)
        fact.claim.end = 0
        #expect(Citation(number: 2, claim: fact).span == "document 4, a structured fact of the filing (its value is not written in the text)")
    }

    @Test func aFilingFactWithoutAFilingDateShowsItsPeriodEnd() {
        #expect(ShownDate.of(F.claim(1, doc: 1, value: 1, published: "2025-11-07T16:05:00-05:00")) == "2025-11-07")
        #expect(ShownDate.of(F.claim(2, doc: 2, value: 1, date: "2025-09-30", origin: .filing)) == "2025-09-30 (period end)")
        #expect(ShownDate.of(F.claim(3, doc: 3, value: 1)) == "undated")
    }
}
