import DossierKit
import Foundation
import Testing

/// Import, dedupe, revision in place, reindex and sources: the same outcomes on every backend.
@Suite struct ImportConformanceTests {
    @Test(arguments: Backend.allCases)
    func importStoresEachContentOnceAndKnowsItAgain(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            var files = ConformanceCorpus.files
            files["copies/acme-raises-copy.html"] = ConformanceCorpus.harbor  // the same bytes under another name
            let root = try test.write(files)
            let archive = try await test.open(.write(wait: 30))
            let first = try await archive.importPaths([root])
            #expect(first.imported == 3 && first.duplicates == 1 && first.failed == 0, "\(first)")
            #expect(first.documents == 3)
            let document = try #require(try await archive.document(root + "/harbor/acme-raises.html"))
            #expect(Set(document.locations) == [root + "/harbor/acme-raises.html", root + "/copies/acme-raises-copy.html"])
            #expect(document.kind == .article && document.publisher == "Harbor Ledger" && document.published == "2025-03-04T09:00:00Z")

            let again = try await archive.importPaths([root])
            #expect(again.unchanged == 4 && again.imported == 0 && again.documents == 0, "\(again)")
            let sources = try await archive.sources()
            #expect(sources.count == 1 && sources[0].files == 4 && sources[0].documents == 3)
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    /// The harbor story imported into a fresh archive, for tests that then edit it: the archive, the
    /// file's path and its document as first stored.
    static func importedHarbor(_ test: TestArchive) async throws -> (Archive, String, StoredDocument) {
        let root = try test.write(["acme.html": ConformanceCorpus.harbor])
        let archive = try await test.open(.write(wait: 30))
        _ = try await archive.importPaths([root])
        let path = root + "/acme.html"
        return (archive, path, try #require(try await archive.document(path)))
    }

    @Test(arguments: Backend.allCases)
    func aChangedFileIsRevisedInPlaceAndCorrectionsFollowTheirFigures(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let (archive, path, before) = try await Self.importedHarbor(test)
            let valuation = try #require(before.claims.first { $0.claim.text == "$400 million" })
            let funding = try #require(before.claims.first { $0.claim.text == "$40 million" })
            #expect(try await archive.rejectClaim(valuation.id, reason: "not a valuation", author: "ana"))
            #expect(try await archive.correctClaim(funding.id, CorrectionInput(metric: "funding", reason: "round")))

            // The outlet corrects the round's size; the valuation sentence stays as it was.
            let edited = ConformanceCorpus.harbor.replacingOccurrences(of: "$40 million", with: "$42 million")
            try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
            let (summary, _) = try await archive.reindex()
            #expect(summary.changed == 1 && summary.failed == 0, "\(summary)")
            #expect(summary.detachedCorrections == 1, "the correction on $40 million lost its figure")

            let after = try #require(try await archive.document(path))
            #expect(after.id == before.id, "revised in place: the id people cite stays")
            #expect(after.text.contains("$42 million"))
            let kept = try #require(after.claims.first { $0.claim.text == "$400 million" })
            #expect(kept.correction?.action == .reject && kept.correction?.author == "ana", "the rejection survives re-extraction")
            var visible = ClaimQuery()
            visible.document = after.id
            #expect(try await archive.claims(visible).allSatisfy { $0.claim.text != "$400 million" }, "rejected claims stay hidden")
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aCorrectionStaysWithItsFigureWhenTheSentenceIsRewordedAroundIt(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let (archive, path, before) = try await Self.importedHarbor(test)
            let funding = try #require(before.claims.first { $0.claim.text == "$40 million" })
            #expect(try await archive.rejectClaim(funding.id, reason: "seed round only", author: "ana"))

            // The outlet rewords the sentence around the figure; "$40 million" itself is still there.
            let edited = ConformanceCorpus.harbor.replacingOccurrences(
                of: "in new funding, the company said on Tuesday", with: "in fresh funding, the company announced on Wednesday")
            #expect(edited != ConformanceCorpus.harbor)
            try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
            let (summary, _) = try await archive.reindex()
            #expect(summary.changed == 1 && summary.detachedCorrections == 0, "the figure is still in the text: \(summary)")
            let after = try #require(try await archive.document(path))
            let kept = try #require(after.claims.first { $0.claim.text == "$40 million" })
            #expect(kept.correction?.action == .reject && kept.correction?.author == "ana", "the rejection follows its figure")
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func reindexForgetsRemovedFilesOrKeepsThemAsMissing(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            try FileManager.default.removeItem(atPath: root + "/reports/widgets.txt")

            var keep = ReindexOptions()
            keep.keepMissing = true
            let (kept, _) = try await archive.reindex(options: keep)
            #expect(kept.removed == 1)
            #expect(try await archive.search(SearchQuery(text: "widget")).hits.count == 1, "a missing file keeps its documents")
            #expect(try await archive.sources().first?.missing == 1)

            let (removed, _) = try await archive.reindex()
            #expect(removed.removed == 1, "\(removed)")
            #expect(try await archive.search(SearchQuery(text: "widget")).hits.isEmpty)
            #expect(try await archive.check().isHealthy)

            #expect(try await archive.removeSource(root: root) == 2)
            #expect(try await archive.sources().isEmpty)
            #expect(try await archive.search(SearchQuery(text: "Acme")).hits.isEmpty, "a removed source's documents go")
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func twoImportersOnOverlappingFoldersLeaveEveryDocumentOnce(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            var files: [String: String] = [:]
            for n in 0..<24 {
                files["batch/story-\(n).html"] = ConformanceCorpus.page(
                    title: "Story \(n)", site: "Outlet \(n % 5)", published: "2025-0\(1 + n % 9)-1\(n % 10)T08:00:00Z",
                    paragraphs: ["Company \(n) raised $\(10 + n) million, its \(n)th round, in a deal that values it at $\(100 + n) million."])
            }
            let root = try test.write(files)
            // Two archives opened and closed as two `dossier import` processes would: on SQLite the
            // second waits for the first's writer lock; on PostgreSQL they write side by side.
            @Sendable func importing(_ path: String) async throws -> ImportSummary {
                let archive = try await test.open(.write(wait: 120))
                let summary = try await archive.importPaths([path])
                try await archive.close()
                return summary
            }
            async let first = importing(root)
            async let second = importing(root + "/batch")
            let (a, b) = try await (first, second)
            #expect(a.failed == 0 && b.failed == 0, "\(a.failures) \(b.failures)")
            #expect(a.imported + b.imported == 24, "every file imported by one of them: \(a.imported) + \(b.imported)")
            #expect(a.imported + a.unchanged == 24 && b.imported + b.unchanged == 24, "each saw every file once")
            let reader = try await test.open(.open)
            let page = try await reader.searchPage(SearchQuery(text: "raised", limit: 100))
            #expect(page.facets.total == 24 && page.result.hits.count == 24, "each document exactly once")
            #expect(Set(page.result.hits.map(\.document)).count == 24)
            #expect(try await reader.check().isHealthy)
            try await reader.close()
        }
    }
}
