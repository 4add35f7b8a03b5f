import Testing
@testable import DossierIngest

@Suite("Lenient JSON for real-world JSON-LD")
struct LenientJSONTests {
    @Test func readsStrictJSON() {
        let value = LenientJSON.parse(#"{"a": [1, 2.5, "x"], "b": {"c": null, "d": true}}"#)
        #expect(value?["a"] == .array([.number(1), .number(2.5), .string("x")]))
        #expect(value?["b"]?["c"] == .null)
        #expect(value?["b"]?["d"] == .bool(true))
    }

    @Test func toleratesCommentsTrailingCommasAndWrappers() {
        let text = """
        <!--//--><![CDATA[//><!--
        { // a comment
          "headline": "Ports reopen", /* block */
          "author": ["A", "B",],
        }
        //--><!]]>
        """
        let value = LenientJSON.parse(text)
        #expect(value?["headline"]?.string == "Ports reopen")
        #expect(value?["author"] == .array([.string("A"), .string("B")]))
    }

    @Test func keepsRawNewlinesAndDecodesEscapes() {
        let value = LenientJSON.parse("{\"body\": \"one\ntwo \\u00e9\\ud83d\\ude00 \\/x\", 'single': 'quoted'}")
        #expect(value?["body"]?.string == "one\ntwo é😀 /x")
        #expect(value?["single"]?.string == "quoted")
    }

    @Test func severalTopLevelValuesBecomeAnArray() {
        let value = LenientJSON.parse(#"{"a": 1} {"b": 2}"#)
        #expect(value?.list.count == 2)
    }

    @Test func truncatedInputYieldsWhatWasRead() {
        let value = LenientJSON.parse(#"{"@type": "NewsArticle", "headline": "Cut off", "author": {"name": "X""#)
        #expect(value?["headline"]?.string == "Cut off")
    }

    @Test func hostileNestingDoesNotCrash() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(LenientJSON.parse(deep) != nil)
        #expect(LenientJSON.parse("not json at all") != nil)
        #expect(LenientJSON.parse("") == nil)
    }
}

@Suite("JSON-LD article metadata")
struct JSONLDArticleTests {
    @Test func resolvesGraphReferences() throws {
        let script = """
        {"@context":"https://schema.org","@graph":[
          {"@type":"Organization","@id":"#org","name":"Harbour Press"},
          {"@type":"Person","@id":"#p1","name":"Ana Lima"},
          {"@type":"BlogPosting","headline":"Tide tables &amp; you","author":{"@id":"#p1"},"publisher":{"@id":"#org"},
           "datePublished":"2023-01-02","articleBody":"First.\\n\\nSecond."}
        ]}
        """
        let article = try #require(JSONLDArticle.read([script]))
        #expect(article.headline == "Tide tables & you")
        #expect(article.authors == ["Ana Lima"])
        #expect(article.publisher == "Harbour Press")
        #expect(article.published == "2023-01-02")
        #expect(article.body == "First.\n\nSecond.")
    }

    @Test func authorsAsStringsObjectsAndArrays() throws {
        let a = try #require(JSONLDArticle.read([#"{"@type":"NewsArticle","author":"Kim Ode"}"#]))
        #expect(a.authors == ["Kim Ode"])
        let b = try #require(JSONLDArticle.read([#"[{"@type":"WebSite","name":"S"},{"@type":"NewsArticle","author":[{"name":"A"},{"givenName":"B","familyName":"C"},"https://x.example/a"]}]"#]))
        #expect(b.authors == ["A", "B C"])
    }

    @Test func invalidScriptsAreIgnored() throws {
        let article = try #require(JSONLDArticle.read(["{{{{", #"{"@type":"Article","headline":"Kept"}"#]))
        #expect(article.headline == "Kept")
    }
}
