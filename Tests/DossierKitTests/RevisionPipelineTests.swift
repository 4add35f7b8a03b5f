import Foundation
import Testing
@testable import DossierKit
import DossierSQLite
import DossierStorage

/// A changed file's documents are revised in place. When, in the same
/// run, another file turns up holding the changed file's old bytes, the
/// writer has nothing left for it to point at: the pipeline must read that
/// file after all, whichever batch it lands in.
@Suite struct RevisionPipelineTests {
    func run(batchSize: Int) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-revise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = "Mine report\n\nThe copper mine cost $5 million to reopen in 2024.\n"
        let a = folder.appendingPathComponent("a.txt")
        try old.write(to: a, atomically: true, encoding: .utf8)
        // Filler so that batches of one really come one after another.
        for index in 0..<6 {
            try "Note \(index)\n\nThe plant \(index) cost $\(index + 1) million.\n"
                .write(to: folder.appendingPathComponent("n\(index).txt"), atomically: true, encoding: .utf8)
        }
        // The archive sits inside the folder it indexes, as the default
        // dossier.sqlite does when a person imports the current folder.
        let archive = try Archive.open(path: folder.appendingPathComponent("dossier.sqlite").path)
        let first = try await archive.importPaths([folder.path])
        #expect(first.imported == 7)
        #expect(first.failed == 0, "the archive's own files are not documents: \(first.failures)")

        try "Mine report\n\nThe nickel mine cost $6 million to reopen in 2025.\n".write(to: a, atomically: true, encoding: .utf8)
        try old.write(to: folder.appendingPathComponent("z-archived.txt"), atomically: true, encoding: .utf8)
        // `import` takes the folder in walk order: a.txt is revised before
        // z-archived.txt is written. (`reindex` puts new files first.)
        var options = ReindexOptions()
        options.importOptions.batchSize = batchSize
        let summary = try await archive.importPaths([folder.path], options: options.importOptions)
        #expect(summary.imported == 1)
        #expect(summary.updated == 1)
        #expect(summary.failed == 0, "\(summary.failures)")
        #expect(try await archive.search(SearchQuery(text: "copper")).hits.map(\.location) == [folder.appendingPathComponent("z-archived.txt").path])
        #expect(try await archive.search(SearchQuery(text: "nickel")).hits.map(\.location) == [a.path])
        #expect(try await archive.check().isHealthy)
        // Nothing left to do.
        let (again, _) = try await archive.reindex(options: options)
        #expect(again.new + again.changed + again.failed == 0)
    }

    @Test func aCopyOfTheOldVersionInTheLastBatch() async throws { try await run(batchSize: 256) }
    @Test func aCopyOfTheOldVersionInALaterBatch() async throws { try await run(batchSize: 1) }
}
