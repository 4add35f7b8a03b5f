import Testing
@testable import DossierIngest
import DossierModel

@Suite("HTML article reader on fixture pages")
struct HTMLArticleReaderTests {
    @Test("keeps every article paragraph", arguments: HTMLFixture.all)
    func keepsArticle(_ fixture: HTMLFixture) throws {
        let text = try fixture.document().text
        for sentence in fixture.article {
            #expect(text.contains(sentence), "missing: \(sentence)")
        }
    }

    @Test("drops the site's chrome", arguments: HTMLFixture.all)
    func dropsChrome(_ fixture: HTMLFixture) throws {
        let text = try fixture.document().text
        for chrome in fixture.chrome {
            #expect(!text.contains(chrome), "chrome kept: \(chrome)")
        }
    }

    @Test("reads the metadata", arguments: HTMLFixture.all)
    func metadata(_ fixture: HTMLFixture) throws {
        let document = try fixture.document()
        #expect(document.kind == .article)
        #expect(document.format == "html")
        #expect(document.title == fixture.title)
        #expect(document.byline == fixture.byline)
        #expect(document.published == fixture.published)
        #expect(document.publisher == fixture.publisher)
        #expect(document.url == fixture.url)
        #expect(document.language == fixture.language)
    }

    @Test("stores paragraphs separated by one blank line, whitespace folded", arguments: HTMLFixture.all)
    func textShape(_ fixture: HTMLFixture) throws {
        let text = try fixture.document().text
        #expect(!text.isEmpty)
        #expect(!text.contains("\n\n\n"))
        #expect(!text.contains("  "))
        #expect(!text.contains("\n "))
        #expect(!text.contains(" \n"))
        #expect(!text.contains("\t"))
        #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false)
    }
}
