import Testing
import DossierModel
@testable import DossierSQLite
import DossierStorage
import GRDB

/// An archive imported before members were recorded apart holds a container's documents under the
/// container's own bytes (parts `member` and `member#item`). When the container is read again, each
/// member takes its documents over (ids and claims kept); what no member takes goes.
@Suite struct ContainerMemberWriteTests {
    typealias R = RevisionTests

    static func container(_ path: String, hash: String, members: [(part: String, hash: String, text: String)]) -> FileOutcome {
        var outcome = FileOutcome(path: path, size: 1, mtimeNanoseconds: 2, result: .parsed(contentHash: hash, documents: [], warnings: []))
        outcome.members = members.map { part, memberHash, text in
            let document = DocumentInput(document: ParsedDocument(kind: .article, format: "html", title: "T", text: text),
                                         textHash: "t-\(text)", claims: R.claims(in: text))
            return MemberInput(part: part, contentHash: memberHash, size: Int64(text.utf8.count), documents: [document])
        }
        return outcome
    }

    /// Every stored document as `content_hash#part`, sorted.
    static func stored(_ store: SQLiteStore) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: "SELECT content_hash || '#' || part FROM documents ORDER BY 1") }
    }

    @Test func aChangedContainerHandsItsOldDocumentsToItsMembers() throws {
        let store = try SQLiteStore.inMemory()
        let alpha = "Alpha cost $5 million.", beta = "Beta cost $7 million."
        _ = try R.write(store, R.file("/in/a.zip", hash: "Z1", [("news/a.html", alpha), ("b.html", beta)]))
        let before = try R.documentIDs(store)
        let claimsBefore = try R.claimIDs(store)

        // Packed again, one member changed: both documents move to their members' bytes.
        let changed = "Beta cost $7 million. Gamma cost $2 million."
        #expect(try R.write(store, Self.container("/in/a.zip", hash: "Z2", members: [("news/a.html", "M1", alpha), ("b.html", "M2", changed)]))
                == [.updated])
        let ids = try store.writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id") }
        #expect(ids == [before["news/a.html"]!, before["b.html"]!].sorted())
        #expect(try Self.stored(store) == ["M1#", "M2#"], "nothing left under the container's bytes")
        let claimsAfter = try R.claimIDs(store)
        #expect(claimsAfter["Alpha"] == claimsBefore["Alpha"] && claimsAfter["Beta"] == claimsBefore["Beta"])
        #expect(try store.documentIDs(path: "/in/a.zip#b.html") == [before["b.html"]!])
        #expect(try store.check().isHealthy)
    }

    @Test func aContainerReadAgainByANewerExtractorHandsItsDocumentsOver() throws {
        let store = try SQLiteStore.inMemory()
        let alpha = "Alpha cost $5 million."
        _ = try R.write(store, R.file("/in/a.zip", hash: "Z1", [("news/a.html", alpha)]))
        let before = try R.documentIDs(store)
        #expect(try R.write(store, Self.container("/in/a.zip", hash: "Z1", members: [("news/a.html", "M1", alpha)]), extractorVersion: 2)
                == [.updated])
        #expect(try store.documentIDs(path: "/in/a.zip#news/a.html") == [before["news/a.html"]!])
        #expect(try Self.stored(store) == ["M1#"])
        #expect(try store.check().isHealthy)
    }

    @Test func repairDropsAMemberWithoutDocumentsAndKeepsItsSiblings() throws {
        let store = try SQLiteStore.inMemory()
        let alpha = "Alpha cost $5 million.", beta = "Beta cost $7 million."
        _ = try R.write(store, Self.container("/in/a.zip", hash: "Z1", members: [("a.html", "M1", alpha), ("b.html", "M2", beta)]))
        let beforeB = try #require(try store.documentIDs(path: "/in/a.zip#b.html").first)
        try store.writer.write { db in try db.execute(sql: "DELETE FROM documents WHERE content_hash = 'M1'") }
        #expect(try store.check().filesWithoutDocuments == 1)
        _ = try store.repair()
        #expect(try store.check().isHealthy)
        #expect(try store.documentIDs(path: "/in/a.zip#b.html") == [beforeB], "the other member and its document stay")
        let known = try store.knownFiles(parserVersion: 1, extractorVersion: 1)
        #expect(!known.isUnchanged(path: "/in/a.zip", size: 1, mtimeNanoseconds: 2), "the archive is read again by the next import")
        #expect(try R.write(store, Self.container("/in/a.zip", hash: "Z1", members: [("a.html", "M1", alpha), ("b.html", "M2", beta)]))
                == [.updated])
        #expect(try store.documentIDs(path: "/in/a.zip#a.html").count == 1, "the member is back")
        #expect(try store.documentIDs(path: "/in/a.zip#b.html") == [beforeB])
        #expect(try store.check().isHealthy)
    }

    @Test func aMemberAlreadyStoredElsewhereLeavesItsOldCopyToGo() throws {
        let store = try SQLiteStore.inMemory()
        let alpha = "Alpha cost $5 million."
        _ = try R.write(store, R.file("/in/loose.html", hash: "M1", alpha))
        _ = try R.write(store, R.file("/in/a.zip", hash: "Z1", [("news/a.html", alpha)]))
        let loose = try #require(try store.documentIDs(path: "/in/loose.html").first)
        _ = try R.write(store, Self.container("/in/a.zip", hash: "Z2", members: [("news/a.html", "M1", alpha)]))
        #expect(try store.documentIDs(path: "/in/a.zip#news/a.html") == [loose], "the member is the loose file's document")
        #expect(try Self.stored(store) == ["M1#"], "the container's old copy is gone")
        #expect(try store.check().isHealthy)
    }
}
