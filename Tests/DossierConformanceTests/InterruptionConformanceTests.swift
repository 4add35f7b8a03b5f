import DossierKit
import Foundation
import Synchronization
import Testing

/// An import stopped part-way leaves nothing half-written, and the next import finishes the job.
@Suite struct InterruptionConformanceTests {
    @Test(arguments: Backend.allCases)
    func aStoppedImportLeavesWholeFilesAndTheNextOneFinishes(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            var files: [String: String] = [:]
            for n in 0..<60 {
                files["wire/\(n / 20)/item-\(n).html"] = ConformanceCorpus.page(
                    title: "Item \(n)", site: "Wire \(n % 3)", published: "2025-04-\(10 + n % 20)T06:00:00Z",
                    paragraphs: (0..<6).map { "Firm \(n) reported revenue of $\(n + $0 + 1) million in quarter \($0 + 1), up \(n % 9 + 1)% on the year." })
            }
            let root = try test.write(files)
            let archive = try await test.open(.write(wait: 30))
            var options = ImportOptions()
            options.batchSize = 4
            let started = Mutex(false)
            let run = Task {
                try await archive.importPaths([root], options: options) { progress in
                    if progress.done >= 8 { started.withLock { $0 = true } }
                }
            }
            for _ in 0..<20_000 where !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(1)) }
            run.cancel()
            _ = await run.result

            // Whatever was stored is whole: the archive checks clean, and every document found has all its claims.
            #expect(try await archive.check().isHealthy)
            let partial = try await archive.searchPage(SearchQuery(text: "revenue", limit: 100)).facets.total
            var query = ClaimQuery()
            query.limit = Int.max
            let claims = try await archive.claims(query)
            #expect(claims.count == partial * 12, "\(partial) documents, \(claims.count) claims: each has its 12 figures")

            let finished = try await archive.importPaths([root])
            #expect(finished.failed == 0)
            #expect(try await archive.searchPage(SearchQuery(text: "revenue", limit: 100)).facets.total == 60)
            #expect(try await archive.claims(query).count == 60 * 12)
            #expect(try await archive.check().isHealthy)
            try await archive.close()
        }
    }
}
