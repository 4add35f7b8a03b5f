import DossierFixtures
import DossierKit
import Foundation
import Testing

/// Members of containers (zip members, web archive records) are stored by their own bytes: the same
/// page in two zips, or in a zip and loose in a folder, is one document with every location; a
/// changed member is revised in place; a container that goes takes only what it alone held.
@Suite struct ContainerMemberConformanceTests {
    typealias F = ArchiveFixtures

    static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A folder with the Harbor Ledger page loose, inside `bundle-a.zip` and inside `bundle-b.zip`.
    static func writeBundles(_ test: TestArchive) throws -> String {
        let root = try test.write(["loose/acme.html": ConformanceCorpus.harbor])
        try write(F.zip([.init(name: "news/acme.html", contents: F.bytes(ConformanceCorpus.harbor)),
                         .init(name: "reports/widgets.txt", contents: F.bytes(ConformanceCorpus.report))]),
                  to: root + "/bundle-a.zip")
        try write(F.zip([.init(name: "copy/acme.html", contents: F.bytes(ConformanceCorpus.harbor), compress: false),
                         .init(name: "coastline.html", contents: F.bytes(ConformanceCorpus.coastline))]),
                  to: root + "/bundle-b.zip")
        return root
    }

    @Test(arguments: Backend.allCases)
    func theSameBytesInTwoContainersAreOneDocumentWithEveryLocation(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let archive = try await test.open(.write(wait: 30))
            let first = try await archive.importPaths([root])
            #expect(first.imported + first.duplicates == 3 && first.failed == 0, "\(first)")

            let document = try #require(try await archive.document(root + "/loose/acme.html"))
            #expect(Set(document.locations) == [root + "/loose/acme.html", root + "/bundle-a.zip#news/acme.html",
                                                 root + "/bundle-b.zip#copy/acme.html"])
            #expect(try await archive.document("bundle-b.zip#copy/acme.html")?.id == document.id, "a member found by its location")
            #expect(try await archive.document(root + "/bundle-a.zip#reports/widgets.txt")?.locations == [root + "/bundle-a.zip#reports/widgets.txt"])
            #expect(try await archive.search(SearchQuery(text: "Lisbon")).hits.count == 1, "stored once, found once")
            await #expect(throws: ArchiveError.self, "a container named alone holds its members' documents") {
                try await archive.document(root + "/bundle-a.zip")
            }
            let sources = try await archive.sources()
            #expect(sources.count == 1 && sources[0].files == 3 && sources[0].documents == 3, "\(sources)")
            #expect(try await archive.check().isHealthy)

            let again = try await archive.importPaths([root])
            #expect(again.unchanged == 3 && again.imported == 0 && again.updated == 0, "an unchanged container is not read again: \(again)")
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aChangedMemberIsRevisedInPlaceAndARemovedContainerTakesOnlyWhatItAloneHeld(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            let coastline = try #require(try await archive.document(root + "/bundle-b.zip#coastline.html"))
            let raised = try #require(coastline.claims.first { $0.claim.text == "$45 million" })
            #expect(try await archive.rejectClaim(raised.id, reason: "an older round", author: "ana"))

            // The archive is packed again with one figure of the Coastline page changed.
            let edited = ConformanceCorpus.coastline.replacingOccurrences(of: "30%", with: "35%")
            try Self.write(F.zip([.init(name: "copy/acme.html", contents: F.bytes(ConformanceCorpus.harbor), compress: false),
                                  .init(name: "coastline.html", contents: F.bytes(edited))]),
                           to: root + "/bundle-b.zip")
            let (changed, _) = try await archive.reindex()
            #expect(changed.changed == 1 && changed.failed == 0 && changed.detachedCorrections == 0, "\(changed)")
            let revised = try #require(try await archive.document(root + "/bundle-b.zip#coastline.html"))
            #expect(revised.id == coastline.id, "revised in place: the id people cite stays")
            #expect(revised.text.contains("35%"))
            #expect(revised.claims.first { $0.claim.text == "$45 million" }?.correction?.action == .reject)

            // bundle-b.zip goes: the Coastline page (held by it alone) goes; the Harbor page stays.
            try FileManager.default.removeItem(atPath: root + "/bundle-b.zip")
            let (removed, _) = try await archive.reindex()
            #expect(removed.removed == 1, "\(removed)")
            #expect(try await archive.search(SearchQuery(text: "regulators")).hits.isEmpty)
            let harbor = try #require(try await archive.document(root + "/loose/acme.html"))
            #expect(Set(harbor.locations) == [root + "/loose/acme.html", root + "/bundle-a.zip#news/acme.html"])
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aMissingContainerKeepsItsMembersUntilItComesBack(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            let bytes = try Data(contentsOf: URL(fileURLWithPath: root + "/bundle-b.zip"))
            try FileManager.default.removeItem(atPath: root + "/bundle-b.zip")
            var keep = ReindexOptions()
            keep.keepMissing = true
            let (kept, _) = try await archive.reindex(options: keep)
            #expect(kept.removed == 1)
            #expect(try await archive.search(SearchQuery(text: "regulators")).hits.count == 1, "a missing container keeps its members' documents")
            #expect(try await archive.sources().first?.missing == 1)

            try bytes.write(to: URL(fileURLWithPath: root + "/bundle-b.zip"))
            let (back, _) = try await archive.reindex()
            #expect(back.failed == 0 && back.removed == 0, "\(back)")
            let coastline = try #require(try await archive.document(root + "/bundle-b.zip#coastline.html"))
            #expect(coastline.locations == [root + "/bundle-b.zip#coastline.html"], "its members are back with it")
            #expect(try await archive.sources().first?.missing == 0)
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aRepackedArchiveThatSwapsTwoMembersKeepsBothDocuments(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write([:])
            let zip = root + "/pair.zip"
            try Self.write(F.zip([.init(name: "a.html", contents: F.bytes(ConformanceCorpus.harbor)),
                                  .init(name: "b.html", contents: F.bytes(ConformanceCorpus.coastline))]), to: zip)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            let harbor = try #require(try await archive.document(zip + "#a.html"))
            let coastline = try #require(try await archive.document(zip + "#b.html"))
            let raised = try #require(coastline.claims.first { $0.claim.text == "$45 million" })
            #expect(try await archive.rejectClaim(raised.id, reason: "an older round", author: "ana"))

            // (A note added too, so the archive's size changes whatever the file system's clock.)
            try Self.write(F.zip([.init(name: "a.html", contents: F.bytes(ConformanceCorpus.coastline)),
                                  .init(name: "b.html", contents: F.bytes(ConformanceCorpus.harbor)),
                                  .init(name: "note.txt", contents: F.bytes("Swapped by the desk on Friday; nothing else changed.\n"))]), to: zip)
            let (summary, _) = try await archive.reindex()
            #expect(summary.changed == 1 && summary.failed == 0 && summary.detachedCorrections == 0, "\(summary)")
            #expect(try await archive.document(zip + "#a.html")?.id == coastline.id, "the same documents at their new places")
            #expect(try await archive.document(zip + "#b.html")?.id == harbor.id)
            #expect(try await archive.document(zip + "#a.html")?.claims.first { $0.claim.text == "$45 million" }?.correction?.action == .reject)
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func anArchiveReplacedByAPlainFileLetsItsMembersGo(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            // bundle-b.zip now holds the bytes of the loose page: no archive any more.
            try Data(ConformanceCorpus.harbor.utf8).write(to: URL(fileURLWithPath: root + "/bundle-b.zip"))
            let (summary, _) = try await archive.reindex()
            #expect(summary.failed == 0, "\(summary)")
            #expect(try await archive.search(SearchQuery(text: "regulators")).hits.isEmpty, "the Coastline page went with the archive")
            let harbor = try #require(try await archive.document(root + "/loose/acme.html"))
            #expect(Set(harbor.locations) == [root + "/loose/acme.html", root + "/bundle-a.zip#news/acme.html", root + "/bundle-b.zip"])
            #expect(try await archive.check().isHealthy)
            let (again, _) = try await archive.reindex()
            #expect(again.unchanged == 3 && again.changed == 0, "\(again)")
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aWebArchiveTakenOutOfAZipIsReadForItsRecords(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let record = F.warcRecord(
                type: "response", id: "urn:uuid:52000000-0000-4000-8000-000000000001", uri: "https://harbor.example/acme",
                contentType: "application/http; msgtype=response",
                block: F.http(headers: [("Content-Type", "text/html; charset=utf-8")], body: F.bytes(ConformanceCorpus.harbor)))
            let revisit = F.warcRecord(
                type: "revisit", id: "urn:uuid:52000000-0000-4000-8000-000000000002", uri: "https://harbor.example/acme?amp",
                date: "2025-07-01T00:00:00Z", contentType: "application/http; msgtype=response",
                extra: [("WARC-Refers-To", "<urn:uuid:52000000-0000-4000-8000-000000000001>")],
                block: F.http(headers: [("Content-Type", "text/html")], body: []))
            let warc = F.gzip(record) + F.gzip(revisit)
            let root = try test.write([:])
            try Self.write(F.zip([.init(name: "crawl.warc.gz", contents: warc, compress: false)]), to: root + "/z.zip")
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            // The same WARC, taken out of the zip next to it: its bytes are stored (the revisit), its records too.
            try Self.write(warc, to: root + "/crawl.warc.gz")
            _ = try await archive.importPaths([root])
            try FileManager.default.removeItem(atPath: root + "/z.zip")
            let (summary, _) = try await archive.reindex()
            #expect(summary.removed == 1, "\(summary)")
            let page = try #require(try await archive.document(root + "/crawl.warc.gz#urn:uuid:52000000-0000-4000-8000-000000000001"))
            #expect(page.locations == [root + "/crawl.warc.gz#urn:uuid:52000000-0000-4000-8000-000000000001"])
            #expect(try await archive.search(SearchQuery(text: "Lisbon")).hits.count == 2, "the capture and its revisit")
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aTouchedArchiveIsUnchangedInTheDryRunAndTheRealOne(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            let later = Date().addingTimeInterval(60)
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: root + "/bundle-a.zip")
            var dry = ReindexOptions()
            dry.dryRun = true
            let (planned, _) = try await archive.reindex(options: dry)
            #expect(planned.changed == 0 && planned.unchanged == 3, "\(planned)")
            let (done, _) = try await archive.reindex()
            #expect(done.changed == 0 && done.unchanged == 3 && done.documents == 0, "the real run agrees: \(done)")
            try await archive.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aCopyKeepsMembersAsMembers(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try Self.writeBundles(test)
            let sourcePath = test.folder.appendingPathComponent("source.sqlite").path
            let source = try await Archive.open(sourcePath, .write(wait: 30))
            _ = try await source.importPaths([root])
            try await source.close()
            let reader = try await Archive.open(sourcePath, .read)
            let destination = try await test.open(.write(wait: 30))
            _ = try await destination.copy(from: reader)
            let harbor = try #require(try await destination.document(root + "/loose/acme.html"))
            #expect(harbor.locations.count == 3)
            #expect(try await destination.sources().first?.files == 3)
            // Members stay members: a reindex neither misses them on disk nor reads their containers.
            let (summary, _) = try await destination.reindex()
            #expect(summary.unchanged == 3 && summary.removed == 0 && summary.changed == 0, "\(summary)")
            #expect(try await destination.check().isHealthy)
            try await reader.close()
            try await destination.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aCaptureInAWACZAndInItsWARCIsOneDocument(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let record = F.warcRecord(
                type: "response", id: "urn:uuid:51000000-0000-4000-8000-000000000001", uri: "https://harbor.example/acme",
                contentType: "application/http; msgtype=response",
                block: F.http(headers: [("Content-Type", "text/html; charset=utf-8")], body: F.bytes(ConformanceCorpus.harbor)))
            // The same page captured again later: a capture of its own.
            let later = F.warcRecord(
                type: "response", id: "urn:uuid:51000000-0000-4000-8000-000000000002", uri: "https://harbor.example/acme",
                date: "2025-07-01T00:00:00Z", contentType: "application/http; msgtype=response",
                block: F.http(headers: [("Content-Type", "text/html; charset=utf-8")], body: F.bytes(ConformanceCorpus.harbor)))
            let warc = F.gzip(record) + F.gzip(later)
            let root = try test.write([:])
            try Self.write(warc, to: root + "/crawl.warc.gz")
            try Self.write(F.zip([.init(name: "datapackage.json", contents: F.bytes("{\"resources\": []}")),
                                  .init(name: "archive/data.warc.gz", contents: warc, compress: false)]),
                           to: root + "/crawl.wacz")
            let archive = try await test.open(.write(wait: 30))
            let summary = try await archive.importPaths([root])
            #expect(summary.failed == 0, "\(summary)")
            let hits = try await archive.search(SearchQuery(text: "Lisbon")).hits
            #expect(hits.count == 2, "two captures, each once: \(hits.map(\.document))")
            let first = try #require(try await archive.document(root + "/crawl.warc.gz#urn:uuid:51000000-0000-4000-8000-000000000001"))
            #expect(Set(first.locations) == [root + "/crawl.warc.gz#urn:uuid:51000000-0000-4000-8000-000000000001",
                                              root + "/crawl.wacz#archive/data.warc.gz#urn:uuid:51000000-0000-4000-8000-000000000001"])
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }
}
