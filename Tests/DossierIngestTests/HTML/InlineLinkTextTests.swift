import DossierIngest
import Testing

/// A quote must be what the page says: link text inside a sentence is kept
/// whatever the link's class (tag links, topic links, automatic entity
/// links); hidden text and lists of links still go.
@Suite struct InlineLinkTextTests {
    static func text(_ body: String) throws -> String {
        let page = """
            <!doctype html><html><head><title>Port results</title></head><body><article class="story-body">
            <h1>Port results</h1>\(body)
            <p>The authority publishes its full accounts in June, with a breakdown of cargo by terminal and operator.</p>
            </article></body></html>
            """
        return try Ingest.read(Array(page.utf8), fileName: "page.html").documents[0].text
    }

    @Test(arguments: [
        (#"<p>Analysts expect higher earnings for <a href="/topics/q3" class="tag">the third quarter</a>, with revenue near $2.1 billion.</p>"#,
         "Analysts expect higher earnings for the third quarter, with revenue near $2.1 billion."),
        (#"<p>Costs rose at the start of <a href="/topic/2025" rel="tag" class="topics-link">2025</a>, which was a difficult period.</p>"#,
         "Costs rose at the start of 2025, which was a difficult period."),
        (#"<p>Shares of <a class="keyword auto-link" href="/q/acme">Acme Corp</a> rose 3% after <span class="category">inflation</span> data.</p>"#,
         "Shares of Acme Corp rose 3% after inflation data."),
        (#"<p>The <a class="related-link" href="/x">harbour levy</a> raised $4 million last year, officials said.</p>"#,
         "The harbour levy raised $4 million last year, officials said."),
    ])
    func linkTextInASentenceIsKept(_ html: String, _ sentence: String) throws {
        #expect(try Self.text(html).contains(sentence))
    }

    @Test func hiddenTextInASentenceStillGoes() throws {
        let text = try Self.text(#"<p>Read the <a href="/r.pdf">annual report<span class="sr-only"> (opens a PDF)</span></a> for the detail on costs.</p>"#)
        #expect(text.contains("Read the annual report for the detail on costs."), "\(text)")
    }

    @Test func aListOfTagLinksIsStillChrome() throws {
        let text = try Self.text(#"<p class="tags"><a class="tag" href="/t/1">Ports</a> <a class="tag" href="/t/2">Shipping</a> <a class="tag" href="/t/3">Results</a></p>"#)
        #expect(!text.contains("Shipping"), "\(text)")
    }
}
