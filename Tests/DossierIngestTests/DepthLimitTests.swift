import DossierIngest
import Testing

/// libxml2 stops reading at 256 levels of nesting. A file that is nothing
/// but nesting is refused with a reason that says so (it used to come out as
/// "the file is empty"); a real page whose footer widget goes too deep keeps
/// the article read before it.
@Suite struct DepthLimitTests {
    static func nested(_ open: String, _ close: String, depth: Int, inside: String) -> String {
        String(repeating: open, count: depth) + inside + String(repeating: close, count: depth)
    }

    @Test func htmlThatIsOnlyDeepNestingIsRefusedAsTooDeep() {
        let page = "<html><body>" + Self.nested("<div>", "</div>", depth: 100_000, inside: "deep text") + "</body></html>"
        #expect(throws: IngestError.invalidText("refused: elements nested more than 256 deep (line 1); no page or feed needs that, a hostile file does")) {
            try Ingest.read(Array(page.utf8), fileName: "deep.html")
        }
    }

    @Test func xmlNestedPastTheLimitIsRefusedNotSalvaged() {
        let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Deep</title>"
            + Self.nested("<x>", "</x>", depth: 300, inside: "deep text") + "</channel></rss>"
        do {
            _ = try Ingest.read(Array(feed.utf8), fileName: "deep.xml")
            Issue.record("a feed nested 300 deep was salvaged instead of refused")
        } catch {
            #expect(error.description.hasPrefix("refused: elements nested more than 256 deep (line 2)"), "\(error)")
        }
    }

    @Test func aDeepFooterAfterTheArticleKeepsTheArticle() throws {
        let page = """
            <html><head><title>Tide tables revised</title></head><body><article><h1>Tide tables revised</h1>
            <p>The harbour office revised its tide tables on Monday after a survey of the channel found it had silted up.</p>
            </article><footer>\(Self.nested("<div>", "</div>", depth: 300, inside: "widget"))</footer></body></html>
            """
        let result = try Ingest.read(Array(page.utf8), fileName: "page.html")
        #expect(result.documents.first?.text.contains("revised its tide tables on Monday") == true)
    }

    @Test func nestingJustUnderTheLimitIsReadWhole() throws {
        let page = "<html><head><title>Nested</title></head><body>"
            + Self.nested("<div>", "</div>", depth: 200, inside: "<p>Ferry fares rise by a tenth from April, the operator said on Friday.</p>")
            + "</body></html>"
        let result = try Ingest.read(Array(page.utf8), fileName: "nested.html")
        #expect(result.documents.first?.text.contains("Ferry fares rise by a tenth from April") == true)
    }
}
