import DossierKit
import Foundation
import Synchronization
import Testing

/// `dossier copy`: a whole archive moved to another backend, ids and people's judgements kept,
/// resumed after an interruption, never into another archive.
@Suite struct CopyConformanceTests {
    /// Everything a reader sees of an archive's claims and judgements, as comparable text.
    static func fingerprint(_ archive: Archive) async throws -> [String] {
        var query = ClaimQuery()
        query.includeRejected = true
        query.limit = Int.max
        let claims = try await archive.claims(query).map {
            "\($0.id) \($0.document) \($0.claim.text) \($0.claim.start) \($0.correction?.action.rawValue ?? "-") \($0.source.location ?? "")"
        }
        let aliases = try await archive.aliases().map { "alias \($0.key) \($0.subject)" }
        let sources = try await archive.sources().map { "source \($0.root) \($0.name) \($0.files) \($0.documents)" }
        return claims.sorted() + aliases + sources
    }

    @Test(arguments: Backend.allCases)
    func aCopyKeepsIdsAndJudgementsAndGoesOnAfterAnInterruption(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(ConformanceCorpus.files)
            let sourcePath = test.folder.appendingPathComponent("source.sqlite").path
            let source = try await Archive.open(sourcePath, .write(wait: 30))
            _ = try await source.importPaths([root])
            let some = try await source.claims(ClaimQuery())
            #expect(try await source.rejectClaim(try #require(some.first).id, reason: "wrong", author: "ana"))
            _ = try await source.addAlias("Acme", subject: "Acme Robotics")
            #expect(try await source.renameSource(root: root, name: "acme-desk"), "a chosen name travels with the copy")
            let expected = try await Self.fingerprint(source)
            try await source.close()

            // The first run is stopped after its first batch of claims.
            let reader = try await Archive.open(sourcePath, .read)
            let destination = try await test.open(.write(wait: 30))
            let stopped = Mutex(false)
            let first = Task {
                try await destination.copy(from: reader, batch: 2) { progress in
                    if progress.table == .claims { stopped.withLock { $0 = true } }
                }
            }
            // Cancelled from outside once claims started: the copy stops between batches.
            for _ in 0..<10_000 where !stopped.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(1)) }
            first.cancel()
            let interrupted = await first.result
            #expect(stopped.withLock { $0 }, "the first run reached the claims: \(interrupted)")
            let resumed = try await destination.copy(from: reader, batch: 2)
            #expect(resumed.resumedAfter["documents"] == 3, "the documents copied before the stop were kept: \(resumed)")
            #expect(resumed.copied["documents"] == 0, "what the first run copied is not counted again: \(resumed.copied)")
            let again = try await destination.copy(from: reader, batch: 2)
            #expect(again.copied.values.allSatisfy { $0 == 0 },
                    "a copy run once more writes nothing and says so (aliases have no id and are offered again): \(again.copied)")
            #expect(try await Self.fingerprint(destination) == expected, "the same claims, ids, judgements, aliases and sources")
            #expect(try await destination.search(SearchQuery(text: "regulators")).hits.count == 1, "searchable at the destination")
            #expect(try await destination.check().isHealthy)

            // New work after the copy numbers after the copied ids.
            let more = try test.write(["later.txt": "Acme Robotics later raised $50 million."], under: "later")
            let summary = try await destination.importPaths([more])
            #expect(summary.imported == 1, "\(summary.failures)")
            let later = try #require(try await destination.document(more + "/later.txt"))
            #expect(later.id == 4)

            // Another archive is never copied into this one.
            let otherPath = test.folder.appendingPathComponent("other.sqlite").path
            let other = try await Archive.open(otherPath, .write(wait: 30))
            _ = try await other.importPaths([try test.write(["x.txt": "Zephyr Labs raised $9 million."], under: "other")])
            try await other.close()
            await #expect(throws: ArchiveError.self) { try await destination.copy(from: try await Archive.open(otherPath, .read)) }
            try await destination.close()
            try await reader.close()
        }
    }
}
