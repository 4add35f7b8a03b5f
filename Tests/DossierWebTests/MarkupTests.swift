@testable import DossierWeb
import Hummingbird
import Testing

@Suite struct MarkupTests {
    @Test(arguments: [
        ("<script>", "&lt;script&gt;"), ("a & b", "a &amp; b"), ("\"q\"", "&quot;q&quot;"), ("O'Neil", "O&#39;Neil"),
        ("bell\u{07}", "bell\u{FFFD}"), ("line\nbreak", "line\nbreak"), ("\u{202E}abc", "\u{202E}abc"),
    ])
    func escapingLeavesNoMarkup(input: String, escaped: String) {
        #expect(Markup.escape(input) == escaped)
    }

    @Test(arguments: [("127.0.0.1:8080", true), ("localhost", true), ("LOCALHOST:1", true), ("[::1]:8080", true), ("::1", true),
                      ("evil.example", false), ("evil.example:8080", false), ("127.0.0.1.evil.example", false), ("[::2]:80", false)])
    func onlyLoopbackHostNamesAreAnswered(host: String, loopback: Bool) {
        #expect(SafetyMiddleware<BasicRequestContext>.isLoopbackHost(host) == loopback)
    }

    @Test(arguments: [("/claims/3", "/claims/3"), ("/claims?subject=A%20B", "/claims?subject=A%20B"), ("//evil.example", "/claims"),
                      ("/\t/evil.example", "/claims"), ("/\\evil.example", "/claims"), ("https://evil.example", "/claims"), ("", "/claims")])
    func afterLoginOnlyALocalPathIsFollowed(next: String, followed: String) {
        #expect(Pages.safeNext(next) == followed)
    }

    @Test func tokensAreCookieSafe() {
        #expect(WriteAccess.isValidToken("abcdefghij0123456789-._~"))
        #expect(!WriteAccess.isValidToken("short"))
        #expect(!WriteAccess.isValidToken("sixteen chars; x=1"))
        #expect(WriteAccess.isValidToken(WriteAccess.randomToken()))
    }

    @Test func snippetsGetBalancedMarksAndEscapedText() {
        #expect(Markup.highlighted("a \u{E000}<b>\u{E001} c", open: "\u{E000}", close: "\u{E001}") == "a <mark>&lt;b&gt;</mark> c")
        #expect(Markup.highlighted("\u{E001}x\u{E000}y", open: "\u{E000}", close: "\u{E001}") == "x<mark>y</mark>")
    }

    @Test func linksPercentEncodeValuesAndDropEmptyOnes() {
        #expect(Markup.link("/", [("q", "a&b \"c\""), ("kind", nil), ("page", "")]) == "/?q=a%26b%20%22c%22")
    }

    @Test(arguments: [
        ("q=a+b&kind=wire", "q", "a b"), ("q=%24100%20million", "q", "$100 million"), ("q=caf%C3%A9", "q", "café"),
        ("q=%FF", "q", "\u{FFFD}"), ("q=%2", "q", "%2"), ("q=first&q=last", "q", "last"), ("q=++", "q", nil),
    ])
    func formFieldsDecodeAsBrowsersEncode(encoded: String, name: String, value: String?) {
        #expect(FormFields(encoded).text(name) == value)
    }

    @Test func searchTermsMarkWordsByStemOutsideOperators() {
        let terms = SearchTerms("costs AND \"training run\" NOT x")
        #expect(terms.stems == ["cost", "run", "train"])  // "x" is too short to mark
        #expect(terms.mark("The cost of <training>") == "The <mark>cost</mark> of &lt;<mark>training</mark>&gt;")
    }

    @Test(arguments: [("2025-03-04T10:00:00Z", "2025-03-04"), ("2025-03", "2025-03-01"), ("2024", "2024-01-01"), ("2025-Q3", nil), ("soon", nil)])
    func timelinePlacesAFigureAtTheStartOfItsTime(text: String, day: String?) {
        #expect(Timeline.day(text)?.iso == day)
    }

    @Test(arguments: [(61_500_000_000.0, "61.5B"), (250_000_000, "250M"), (12_345, "12.3K"), (3.214, "3.21"), (-2e9, "-2B")])
    func timelineAxisLabelsAreShort(value: Double, label: String) {
        #expect(Timeline.compact(value) == label)
    }
}
