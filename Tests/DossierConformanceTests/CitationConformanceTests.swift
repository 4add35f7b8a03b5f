import DossierKit
import Foundation
import Testing

/// Citations a colleague can follow: roots have names, claims and hits cite `name:relative/path`,
/// and a root whose disk moved is recorded at its new place without reading anything again.
@Suite struct CitationConformanceTests {
    @Test(arguments: Backend.allCases)
    func rootsAreNamedCitedRenamedAndMoved(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files, under: "stories")
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            #expect(try await archive.sources().map(\.name) == ["stories"], "a new root is named after its last folder")

            var query = ClaimQuery()
            query.text = "regulators"
            let claim = try #require(try await archive.claims(query).first)
            #expect(claim.source.citation == "stories:coastline/robots-regulators.html")
            #expect(try await archive.search(SearchQuery(text: "Lisbon")).hits.first?.citation == "stories:harbor/acme-raises.html")
            let document = try #require(try await archive.document("stories:harbor/acme-raises.html"), "a citation finds its document")
            #expect(document.citations == ["stories:harbor/acme-raises.html"])

            #expect(try await archive.renameSource(root: root, name: "acme-desk"))
            #expect(try await archive.claim(id: claim.id)?.source.citation == "acme-desk:coastline/robots-regulators.html")
            await #expect(throws: ArchiveError.self) { try await archive.renameSource(root: root, name: "no:colons") }
            #expect(try await archive.renameSource(root: "/nowhere", name: "x") == false)

            // The same files, now elsewhere: recorded without reading them again; citations unchanged.
            let moved = test.folder.appendingPathComponent("moved-stories").path
            try FileManager.default.moveItem(atPath: root, toPath: moved)
            #expect(try await archive.moveSource(from: root, to: moved) == 3)
            #expect(try await archive.sources().map(\.root) == [moved])
            #expect(try await archive.claim(id: claim.id)?.source.location == moved + "/coastline/robots-regulators.html")
            #expect(try await archive.claim(id: claim.id)?.source.citation == "acme-desk:coastline/robots-regulators.html")
            let (summary, _) = try await archive.reindex()
            #expect(summary.unchanged == 3 && summary.changed == 0 && summary.removed == 0, "\(summary)")
            #expect(try await archive.moveSource(from: "/nowhere", to: moved + "2") == nil)

            // A root holding another root is not moved alone; a trailing slash names the same root.
            let inner = try test.write(["a.txt": "Acme Robotics hired 40 engineers."], under: "nest/inner")
            _ = try await archive.importPaths([inner])
            let outer = try test.write(["b.txt": "Acme Robotics leased 2 warehouses."], under: "nest")
            _ = try await archive.importPaths([outer])
            #expect(Set(try await archive.sources().map(\.root)).isSuperset(of: [inner, outer]))
            await #expect(throws: ArchiveError.self) { try await archive.moveSource(from: outer, to: outer + "-elsewhere") }
            #expect(try await archive.moveSource(from: inner + "/", to: test.folder.appendingPathComponent("inner-2").path) == 1)
            try await archive.close()
        }
    }
}
