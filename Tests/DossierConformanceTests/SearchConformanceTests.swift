import DossierKit
import Foundation
import Testing

/// The search language and filters mean the same on every backend.
@Suite struct SearchConformanceTests {
    /// The corpus imported once per backend; the titles of the hits of each query.
    static func titles(_ archive: Archive, _ query: SearchQuery) async throws -> Set<String> {
        Set(try await archive.search(query).hits.map { $0.title ?? "" })
    }

    static let harbor = "Acme raises funds", coastline = "Warehouse robots draw regulators", report = "Quarterly widget report"

    @Test(arguments: Backend.allCases)
    func operatorsPhrasesPrefixesAndNear(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            func find(_ text: String) async throws -> Set<String> { try await Self.titles(archive, SearchQuery(text: text)) }

            #expect(try await find("raised") == [Self.harbor, Self.coastline], "stemmed: raises, raised")
            #expect(try await find("acme robotics") == [Self.harbor, Self.coastline])
            #expect(try await find("\"new funding\"") == [Self.harbor], "a phrase")
            #expect(try await find("\"funding new\"").isEmpty, "a phrase keeps its order")
            #expect(try await find("regulat*") == [Self.coastline], "a prefix")
            #expect(try await find("Acme NOT Lisbon") == [Self.coastline])
            #expect(try await find("Lisbon OR widgets") == [Self.harbor, Self.report])
            #expect(try await find("(Lisbon OR widgets) revenue") == [Self.report])
            #expect(try await find("NEAR(export controls, 2)") == [Self.coastline])
            #expect(try await find("NEAR(raised controls, 2)").isEmpty, "too far apart")
            #expect(try await find("NEAR(raised controls, 12)") == [Self.coastline])
            #expect(try await find("Lisbón") == [Self.harbor], "accents ignored")
            #expect(try await find("$40 million") == [Self.harbor], "punctuation searched as typed")
            #expect(try await find("zeppelin").isEmpty)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func filtersFacetsAndRank(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            func find(_ query: SearchQuery) async throws -> Set<String> { try await Self.titles(archive, query) }

            #expect(try await find(SearchQuery(text: "warehouse", kind: .text)) == [Self.report])
            #expect(try await find(SearchQuery(text: "acme", since: "2025-05")) == [Self.coastline])
            #expect(try await find(SearchQuery(text: "acme", until: "2025-03")) == [Self.harbor], "until includes its whole month")
            #expect(try await find(SearchQuery(text: "acme", publisher: "coastline")) == [Self.coastline], "publisher by substring, any case")

            let page = try await archive.searchPage(SearchQuery(text: "warehouse"))
            #expect(page.facets.total == 2)
            #expect(Set(page.facets.kinds.map(\.value)) == ["article", "text"])
            #expect(page.facets.publishers.map(\.value) == ["Coastline Times"])
            let narrowed = try await archive.searchPage(SearchQuery(text: "warehouse", kind: .article))
            #expect(narrowed.facets.total == 1 && narrowed.facets.kinds.count == 2, "a facet counts without its own filter")

            // A title word outranks the same word in a body; lower rank is better.
            let hits = try await archive.search(SearchQuery(text: "widget")).hits
            #expect(hits.first?.title == Self.report)
            let ranked = try await archive.search(SearchQuery(text: "regulators")).hits
            #expect(ranked.map(\.rank) == ranked.map(\.rank).sorted(), "best first")
            let paged = try await archive.search(SearchQuery(text: "acme", limit: 1, offset: 1)).hits
            #expect(paged.count == 1)
            #expect(ranked.first.map { $0.snippet.contains("**") } == true, "snippets mark the matched words")
            await #expect(throws: (any Error).self) { try await archive.search(SearchQuery(text: "   ")) }
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func claimsFiltersAndAliases(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            var query = ClaimQuery()
            query.subject = "Acme Robotics"
            let acme = try await archive.claims(query)
            #expect(Set(acme.map(\.claim.text)).isSuperset(of: ["$40 million", "$45 million"]), "\(acme.map(\.claim.text))")
            var money = ClaimQuery()
            money.kind = .money
            money.minimum = 1e9
            #expect(try await archive.claims(money).map(\.claim.text) == ["$3.1 billion"])
            var percent = ClaimQuery()
            percent.kind = .percent
            #expect(Set(try await archive.claims(percent).map(\.claim.text)) == ["12%", "30%"])
            var text = ClaimQuery()
            text.text = "export controls"
            #expect(Set(try await archive.claims(text).map(\.source.title)) == [Self.coastline], "full text over evidence sentences")
            var ordered = ClaimQuery()
            ordered.order = .largest
            let largest = try await archive.claims(ordered)
            #expect(largest.first?.claim.text == "$3.1 billion")
            var newest = ClaimQuery()
            newest.order = .published
            newest.kind = .money
            let published = try await archive.claims(newest).compactMap(\.source.published)
            #expect(published == published.sorted(), "oldest publication first")

            let (alias, replaced) = try await archive.addAlias("Acme", subject: "Acme Robotics")
            #expect(alias.subject == "Acme Robotics" && replaced == nil)
            #expect(try await archive.aliases().map(\.alias) == ["Acme"])
            #expect(try await archive.removeAlias("Acme"))
            #expect(try await archive.aliases().isEmpty)
            #expect(try await archive.metrics(near: "fundign") != nil)
            try await archive.close()
        }
    }
}
