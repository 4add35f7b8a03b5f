import Testing
import DossierModel
@testable import DossierSQLite
import DossierStorage
import GRDB

/// The import indexes new rows in bulk at the end of each batch (schema 0004):
/// these cases mix inserts, in-place updates and removals in one batch and
/// check both indexes against their tables afterwards.
@Suite struct BulkIndexTests {
    static func claim(_ sentence: String, _ figure: String) -> ClaimInput {
        let start = sentence.distance(from: sentence.startIndex, to: sentence.range(of: figure)!.lowerBound)
        return ClaimInput(claim: Claim(kind: .money, text: figure, start: start, end: start + figure.count, value: 1,
                                       currency: "USD", metric: "cost", sentence: sentence))
    }

    static func outcome(_ path: String, _ text: String, hash: String) -> FileOutcome {
        Fixtures.outcome(path: path, text: text, hash: hash, claims: [claim(text, "$5 million")])
    }

    static func claimHits(_ store: SQLiteStore, _ word: String) throws -> Int {
        try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", arguments: [word])!
        }
    }

    @Test func newDocumentsAndClaimsAreSearchableAfterTheBatch() throws {
        let store = try SQLiteStore.inMemory()
        let batch = (0..<40).map { Self.outcome("/f\($0).html", "Plant \($0) cost $5 million in zinc\($0).", hash: "H\($0)") }
        _ = try store.write(batch, sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(try store.search(SearchQuery(text: "zinc7")).hits.count == 1)
        #expect(try Self.claimHits(store, "zinc39") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func contentLeftByOneFileAndTakenUpByAnotherInTheSameBatchIsReadAgain() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Self.outcome("/a.html", "Old copper story cost $5 million.", hash: "H1")],
                            sourceID: nil, parserVersion: 1, extractorVersion: 1)
        // a.html changes; b.html appears holding a.html's old bytes. a.html's
        // document is revised in place, so b.html has nothing to point at and
        // must be read; written again from its bytes, it has its own.
        let changed = Self.outcome("/a.html", "New nickel story cost $5 million.", hash: "H2")
        let moved = FileOutcome(path: "/b.html", size: 1, mtimeNanoseconds: 1, result: .known(contentHash: "H1"))
        let result = try store.write([changed, moved], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(result == [.updated, .needsRead])
        #expect(try store.fileState(path: "/b.html") == nil)
        let read = Self.outcome("/b.html", "Old copper story cost $5 million.", hash: "H1")
        #expect(try store.write([read], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.imported])
        #expect(try store.search(SearchQuery(text: "copper")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "nickel")).hits.count == 1)
        #expect(try Self.claimHits(store, "copper") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func changedAndRemovedContentLeavesBothIndexesConsistent() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Self.outcome("/a.html", "Cobalt mine cost $5 million.", hash: "H1"),
                             Self.outcome("/b.html", "Tin smelter cost $5 million.", hash: "H2")],
                            sourceID: nil, parserVersion: 1, extractorVersion: 1)
        // In one batch: a.html re-parsed in place by a newer parser, b.html
        // changed, c.html new.
        let reparsed = Self.outcome("/a.html", "Cobalt mine cost $5 million, revised.", hash: "H1")
        let changed = Self.outcome("/b.html", "Lead smelter cost $5 million.", hash: "H3")
        let new = Self.outcome("/c.html", "Silver vault cost $5 million.", hash: "H4")
        _ = try store.write([reparsed, changed, new], sourceID: nil, parserVersion: 2, extractorVersion: 1)
        #expect(try store.search(SearchQuery(text: "revised")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "tin")).hits.isEmpty)
        #expect(try Self.claimHits(store, "tin") == 0)
        #expect(try Self.claimHits(store, "lead") == 1)
        #expect(try Self.claimHits(store, "silver") == 1)
        #expect(try Self.claimHits(store, "revised") == 1)
        #expect(try Self.claimHits(store, "cobalt") == 1)
        let report = try store.check()
        #expect(report.indexes.isEmpty)
        #expect(report.isHealthy)
    }

    @Test func aFailedFileInTheSlowPathLeavesNoIndexEntries() throws {
        let store = try SQLiteStore.inMemory()
        try store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER poison BEFORE INSERT ON facts BEGIN SELECT RAISE(ABORT, 'no facts today'); END
                """)
        }
        var doc = Fixtures.document(text: "Iron works cost $5 million.")
        doc.facts = [Fact(concept: "us-gaap:Revenues", value: 1, unit: "USD", period: "2024")]
        let failing = FileOutcome(path: "/x.htm", size: 1, mtimeNanoseconds: 1, result: .parsed(
            contentHash: "X", documents: [DocumentInput(document: doc, textHash: "t", claims: [Self.claim(doc.text, "$5 million")])],
            warnings: []))
        let result = try store.write([Self.outcome("/ok.html", "Gold works cost $5 million.", hash: "G"), failing],
                                     sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(result == [.imported, .failed])
        #expect(try store.search(SearchQuery(text: "iron")).hits.isEmpty)
        #expect(try Self.claimHits(store, "iron") == 0)
        #expect(try Self.claimHits(store, "gold") == 1)
        #expect(try store.check().indexes.isEmpty)
    }
}
