import DossierKit
@testable import DossierWeb
import Foundation
import Testing

/// A cross-reference is kept while the archive is unchanged and worked out again after any write.
@Suite struct CrossReferenceCacheTests {
    @Test func anAnswerIsKeptUntilTheArchiveChanges() async throws {
        let fixture = try await WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let cache = CrossReferenceCache(capacity: 2)
        let request = EvidenceRequest(subject: "Anthropic")
        let first = try await cache.result(for: request, archive: fixture.archive)
        var paged = request
        paged.offset = 1
        paged.limit = 1
        let again = try await cache.result(for: paged, archive: fixture.archive)
        #expect(again.groups == first.groups, "paging is the caller's: the same answer")
        #expect(await cache.count == 1)
        #expect(await fixture.archive.changeStamp() == fixture.archive.changeStamp())

        // A person rejects one of the group's claims through a writing connection.
        let group = try #require(first.groups.first)
        let claim = try #require(group.entries.first).stored.id
        let writer = try Archive.open(path: fixture.databasePath)
        #expect(try await writer.rejectClaim(claim, reason: "test"))
        let after = try await cache.result(for: request, archive: fixture.archive)
        #expect(!after.groups.contains { $0.entries.contains { $0.stored.id == claim } }, "the rejected claim is gone")
        #expect(await cache.count == 2)

        // Older answers make room for newer ones.
        _ = try await cache.result(for: EvidenceRequest(subject: "Corvid"), archive: fixture.archive)
        #expect(await cache.count == 2)
        try await writer.close()
    }
}
