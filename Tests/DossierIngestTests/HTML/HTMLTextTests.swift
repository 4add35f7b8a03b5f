import Testing
@testable import DossierIngest

@Suite("HTML fragments and block text")
struct HTMLTextTests {
    @Test func fragmentKeepsEveryBlockAndTableRows() {
        let html = """
        <h2>Results</h2><p>Turnout was <b>high</b>.</p>
        <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Green</td><td>12</td></tr></table>
        <ul><li>One</li><li>Two</li></ul><script>alert(1)</script><style>p{}</style>
        """
        #expect(HTMLArticleReader.fragmentText(html) == "Results\n\nTurnout was high.\n\nParty | Seats\nGreen | 12\n\nOne\n\nTwo")
    }

    @Test func brRunsMakeParagraphsAndSingleBrMakesLines() {
        let html = "<div>First line<br>same paragraph<br><br>Second paragraph<br/>\n<br/>Third</div>"
        #expect(HTMLArticleReader.fragmentText(html) == "First line\nsame paragraph\n\nSecond paragraph\n\nThird")
    }

    @Test func preformattedKeepsLines() {
        #expect(HTMLArticleReader.fragmentText("<pre>a  b\nc</pre>") == "a b\nc")
    }

    @Test func blocksOfAnElementInReadingOrder() throws {
        let root = try Markup.parseHTML(Array("<html><body><div><p>A</p><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table><p>B</p></div></body></html>".utf8), encoding: "UTF-8")
        #expect(HTMLText.blocks(of: root) == "A\n\n1 | 2\n3 | 4\n\nB")
    }
}

@Suite("Article metadata helpers")
struct ArticleMetadataTests {
    @Test func stripsSiteNamesFromTitles() {
        #expect(ArticleMetadata.stripSite("Rates rise again | The Ledger", site: "The Ledger", aggressive: false).title == "Rates rise again")
        #expect(ArticleMetadata.stripSite("Ledger - Rates rise again", site: "The Ledger", aggressive: false).title == "Rates rise again")
        #expect(ArticleMetadata.stripSite("Rates rise again - Business - Daily Star", site: nil, aggressive: true).title == "Rates rise again")
        // A dash inside a headline is not a site separator.
        #expect(ArticleMetadata.stripSite("Jobs data - and what it hides", site: nil, aggressive: false).title == "Jobs data - and what it hides")
    }

    @Test func languageTags() {
        #expect(ArticleMetadata.languageTag("en_us") == "en-US")
        #expect(ArticleMetadata.languageTag("zh-hant-tw") == "zh-Hant-TW")
        #expect(ArticleMetadata.languageTag("DE") == "de")
        #expect(ArticleMetadata.languageTag("x") == nil)
        #expect(ArticleMetadata.languageTag("") == nil)
    }

    @Test func resolvesRelativeCanonicalURLs() {
        #expect(ArticleMetadata.resolve("/a/b", against: "https://x.example/c/d?e") == "https://x.example/a/b")
        #expect(ArticleMetadata.resolve("//cdn.example/a", against: "https://x.example/") == "https://cdn.example/a")
        #expect(ArticleMetadata.resolve("b", against: "https://x.example/c/d") == "https://x.example/c/b")
        #expect(ArticleMetadata.resolve("/a", against: nil) == nil)
    }

    @Test func cleansBylines() {
        #expect(VisibleCredits.cleanByline("By Jane Doe and John Roe | Updated 3 March") == "Jane Doe and John Roe")
        #expect(VisibleCredits.cleanByline("  by:  Ana Lima, ") == "Ana Lima")
        #expect(VisibleCredits.cleanByline("Von Jürgen Aßmann") == "Jürgen Aßmann")
        #expect(VisibleCredits.cleanByline("https://facebook.com/someone") == nil)
        #expect(VisibleCredits.cleanByline("March 3, 2024") == nil)
    }
}

@Suite("Titles")
struct TitleTests {
    @Test func ogTitleWithTheSameSuffixAsTheDocumentTitle() {
        let choice = ArticleMetadata.chooseTitle(
            og: "Rail strike called off | NYT", ld: nil, twitter: nil, h1: nil,
            document: "Rail strike called off | NYT", site: "The New York Times")
        #expect(choice.title == "Rail strike called off")
        #expect(choice.site == "NYT")
        let other = ArticleMetadata.chooseTitle(
            og: "Rail strike called off - Metro", ld: nil, twitter: nil, h1: nil,
            document: "Rail strike called off (updated) - Metro", site: nil)
        #expect(other.title == "Rail strike called off")
        #expect(other.site == "Metro")
    }

    @Test func headlineShowsWhereTheTitleEnds() {
        let choice = ArticleMetadata.chooseTitle(
            og: "Floods close the valley road — Hill Times", ld: nil, twitter: nil, h1: "Floods close the valley road",
            document: nil, site: nil)
        #expect(choice.title == "Floods close the valley road")
    }

    @Test func siteNameAsOgTitleIsIgnored() {
        let choice = ArticleMetadata.chooseTitle(
            og: "Hill Times", ld: nil, twitter: nil, h1: "Floods close the valley road",
            document: "Floods close the valley road | Hill Times", site: "Hill Times")
        #expect(choice.title == "Floods close the valley road")
    }
}

@Suite("Visible credits")
struct VisibleCreditsTests {
    static func body(_ html: String) throws -> Element {
        let root = try Markup.parseHTML(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8")
        return try #require(root.first("body"))
    }

    @Test func severalMarkedAuthors() throws {
        let body = try Self.body(#"<p class="credits">By <a rel="author" href="/a">Ana Lima</a> and <a rel="author" href="/b">Tom Reyes</a></p>"#)
        #expect(VisibleCredits.byline(in: body) == "Ana Lima, Tom Reyes")
    }

    @Test func bylineClassAndByLine() throws {
        #expect(VisibleCredits.byline(in: try Self.body(#"<div class="story-byline">By Kit Moss | Staff writer</div>"#)) == "Kit Moss")
        #expect(VisibleCredits.byline(in: try Self.body("<p>By Lee Ann Wu</p><p>The river rose overnight.</p>")) == "Lee Ann Wu")
    }

    @Test func datesFromTimeElementsAndDatelines() throws {
        #expect(VisibleCredits.published(in: try Self.body(#"<time class="updated" datetime="2024-05-02">May 2</time><time datetime="2024-05-01T09:00:00Z">May 1</time>"#)) == "2024-05-01T09:00:00Z")
        #expect(VisibleCredits.published(in: try Self.body("<p>Posted on 3 April 2019</p><p>Text of the story follows here.</p>")) == "2019-04-03")
        #expect(VisibleCredits.published(in: try Self.body("<p>No date anywhere in this text.</p>")) == nil)
    }
}

@Suite("Bylines and lead lines on legacy pages")
struct LegacyLeadTests {
    @Test func bylineWithRoleAndDate() {
        #expect(VisibleCredits.cleanByline("By Tomas Reyes, Staff Writer Monday, November 18, 2024, 7:30am CST") == "Tomas Reyes")
        #expect(VisibleCredits.cleanByline("By Jane Doe and John Roe, Associated Press") == "Jane Doe and John Roe, Associated Press")
        #expect(VisibleCredits.cleanByline("By May Chen") == "May Chen")
    }

    @Test func breadcrumbsAreNotText() {
        #expect(ArticleLead.isBreadcrumb("Home > Technology"))
        #expect(ArticleLead.isBreadcrumb("News › Local › Courts"))
        #expect(!ArticleLead.isBreadcrumb("Region | 2023 | 2024 | Change"))
        #expect(!ArticleLead.isBreadcrumb("Prices rose > 5% in the year to March, the agency said on Monday."))
    }
}
