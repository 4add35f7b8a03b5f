import Testing
@testable import DossierSQLite
import DossierStorage

@Suite struct SearchTests {
    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([
            Fixtures.outcome(path: "/1.html", text: "Nvidia shipped the H100 to data centres as export controls tightened.",
                             title: "Export controls", publisher: "Northgate Wire", published: "2025-03-14T09:00:00Z"),
            Fixtures.outcome(path: "/2.html", text: "AT&T and the U.S. regulator discussed spectrum. Export is mentioned once.",
                             title: "Spectrum talks", publisher: "The Ledger Review", published: "2024-11-02"),
            Fixtures.outcome(path: "/3.html", text: "Café owners in São Paulo raised prices; training runs cost more.",
                             title: "Prices", publisher: "Byteline", published: "2025-06-01", kind: .feedItem),
        ], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        return store
    }

    @Test func titleWordsOutrankBodyWords() throws {
        let hits = try Self.store().search(SearchQuery(text: "export")).hits
        #expect(hits.first?.title == "Export controls")
        #expect(hits.count == 2)
    }

    @Test func snippetsHighlightMatches() throws {
        let hit = try #require(try Self.store().search(SearchQuery(text: "spectrum")).hits.first)
        #expect(hit.snippet.contains("**spectrum**"))
        #expect(hit.location == "/2.html")
    }

    @Test func diacriticsAndStemmingMatch() throws {
        let store = try Self.store()
        #expect(try store.search(SearchQuery(text: "cafe sao paulo")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "training run")).hits.count == 1)
    }

    @Test func operatorsPhrasesPrefixesAndNear() throws {
        let store = try Self.store()
        #expect(try store.search(SearchQuery(text: "export OR spectrum")).hits.count == 2)
        #expect(try store.search(SearchQuery(text: "export NOT nvidia")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "\"export controls tightened\"")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "spectr*")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "NEAR(nvidia controls, 10)")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "NEAR(nvidia spectrum, 3)")).hits.isEmpty)
    }

    @Test func punctuationIsSearchedAsTyped() throws {
        let store = try Self.store()
        #expect(try store.search(SearchQuery(text: "AT&T")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "U.S.")).hits.count == 1)
        // A hyphenated chunk is a phrase: "data-centres" matches "data centres".
        #expect(try store.search(SearchQuery(text: "data-centres")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "centres-data")).hits.isEmpty)
    }

    @Test func filtersByKindDatesAndPublisher() throws {
        let store = try Self.store()
        #expect(try store.search(SearchQuery(text: "export", since: "2025")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "export", until: "2024-11")).hits.map(\.title) == ["Spectrum talks"])
        #expect(try store.search(SearchQuery(text: "prices", kind: .feedItem)).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "prices", kind: .article)).hits.isEmpty)
        #expect(try store.search(SearchQuery(text: "export", publisher: "ledger")).hits.map(\.title) == ["Spectrum talks"])
        #expect(try store.search(SearchQuery(text: "export", publisher: "%")).hits.isEmpty)
    }

    @Test func limitAndOffsetPage() throws {
        let store = try Self.store()
        let all = try store.search(SearchQuery(text: "export")).hits.map(\.document)
        #expect(try store.search(SearchQuery(text: "export", limit: 1)).hits.map(\.document) == [all[0]])
        #expect(try store.search(SearchQuery(text: "export", limit: 1, offset: 1)).hits.map(\.document) == [all[1]])
        #expect(try store.count(SearchQuery(text: "export")) == 2)
    }

    @Test func literalIgnoresSyntax() throws {
        let store = try Self.store()
        #expect(try store.search(SearchQuery(text: "export OR spectrum", literal: true)).hits.isEmpty)
        #expect(try store.search(SearchQuery(text: "export AND controls", literal: true)).hits.isEmpty)  // "and" is a word here
    }

    @Test func emptyOrPunctuationOnlyQueriesAreExplained() throws {
        let store = try Self.store()
        #expect(throws: SearchError.self) { try store.search(SearchQuery(text: "   ")) }
        #expect(throws: SearchError.self) { try store.search(SearchQuery(text: "-")) }
        #expect(throws: SearchError.self) { try store.search(SearchQuery(text: "\"\" ()")) }
    }

    /// No string a person can type raises an SQLite error: it is searched, or
    /// explained with a SearchError.
    @Test func noInputRaisesAnSQLiteError() throws {
        let store = try Self.store()
        let pieces = ["\"", "'", "(", ")", "*", "^", "-", "+", ":", "AND", "OR", "NOT", "NEAR", "NEAR(", ",", "{", "}",
                      "export", "u.s.", "AT&T", "$100m", "%", "_", "\\", "title:", "col:x", "a*b", "**", "\u{0}", "é", "🙂", "NEAR(a,", "5)"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 1...6, using: &generator)
            let query = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            do {
                _ = try store.search(SearchQuery(text: query))
            } catch is SearchError {
                // explained to the user: fine
            } catch {
                Issue.record("query \(query.debugDescription) raised \(error)")
            }
        }
    }
}
