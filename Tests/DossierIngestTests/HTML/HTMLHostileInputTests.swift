import Testing
@testable import DossierIngest

@Suite("HTML reader on hostile and degenerate input")
struct HTMLHostileInputTests {
    @Test func deepNestingDoesNotCrash() {
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "<p>deep text, with commas, here.</p>"
            + String(repeating: "</div>", count: 50_000) + "</body></html>"
        // libxml2 may refuse the depth; either way the answer is a value, not a crash.
        _ = try? HTMLArticleReader.read(Array(html.utf8))
    }

    @Test func manyTeaserBlocksBesideAnArticle() throws {
        var html = "<html><head><title>Dam report published | Gazette</title></head><body><article><h1>Dam report published</h1>"
        for i in 0..<12 {
            html += "<p>Paragraph \(i) of the report story says the dam needs repairs, costing more than expected, engineers said.</p>"
        }
        html += "</article><div class=\"x\">"
        for i in 0..<3000 {
            html += "<div><a href=\"/\(i)\"><h3>Teaser headline number \(i)</h3></a><p>Summary \(i), short.</p></div>"
        }
        html += "</div></body></html>"
        let document = try HTMLArticleReader.read(Array(html.utf8))
        #expect(document.text.contains("Paragraph 0 of the report story"))
        #expect(document.text.contains("Paragraph 11 of the report story"))
        #expect(!document.text.contains("Teaser headline"))
    }

    @Test func binaryLikeBytesGiveAValueOrAnError() {
        let bytes: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        _ = try? HTMLArticleReader.read(bytes)
        _ = HTMLArticleReader.fragmentText(String(decoding: bytes, as: UTF8.self))
    }

    @Test func unterminatedMarkupStillYieldsText() throws {
        let html = "<html><body><div class=\"story\"><p>The ferry resumed service on Monday after repairs to its ramp, the operator said, ending a week of detours.<p>Passengers had faced a two-hour drive around the bay"
        let document = try HTMLArticleReader.read(Array(html.utf8))
        #expect(document.text.contains("The ferry resumed service on Monday"))
        #expect(document.text.contains("Passengers had faced a two-hour drive around the bay"))
    }
}

@Suite("Inline chrome phrases")
struct BoilerplateTextTests {
    @Test func shortChromeBlocks() {
        for chrome in ["Advertisement", "ADVERTISEMENT", "Read more: Council sets budget", "Share this article", "5 min read",
                       "<< Back to Local News", "Story continues below advertisement", "© 2024 Example Media", "Related:"] {
            #expect(BoilerplateText.isChrome(chrome), "\(chrome)")
        }
    }

    @Test func articleSentencesThatStartLikeChrome() {
        for text in ["Relatedly, the court found no fault.", "Subscribers to the scheme will pay less.",
                     "Advertisements for the post drew 400 applicants, the council said on Monday.", "Sign language interpreters were present."] {
            #expect(!BoilerplateText.isChrome(text), "\(text)")
        }
    }
}
