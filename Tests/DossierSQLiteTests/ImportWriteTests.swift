import Testing
import DossierModel
@testable import DossierSQLite
import DossierStorage
import GRDB

@Suite struct ImportWriteTests {
    @Test func sameContentAtTwoPathsIsStoredOnceAndRemembersBoth() throws {
        let store = try SQLiteStore.inMemory()
        let first = Fixtures.outcome(path: "/corpus/a.html", text: "Shared wire copy about chips", hash: "H1")
        let second = Fixtures.outcome(path: "/mirror/a.html", text: "Shared wire copy about chips", hash: "H1")
        let dispositions = try store.write([first, second], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(dispositions == [.imported, .duplicate])
        let counts = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")!,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE content_hash = 'H1'")!)
        }
        #expect(counts.0 == 1)
        #expect(counts.1 == 2)
    }

    @Test func rewritingTheSameFileIsUnchanged() throws {
        let store = try SQLiteStore.inMemory()
        let outcome = Fixtures.outcome(path: "/a.html", text: "Alpha", hash: "H")
        _ = try store.write([outcome], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        let known = FileOutcome(path: "/a.html", size: 5, mtimeNanoseconds: 1, result: .known(contentHash: "H"))
        #expect(try store.write([known], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.unchanged])
    }

    @Test func changedFileReplacesItsDocumentsAndTheIndex() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Fixtures.outcome(path: "/a.html", text: "original wording about semiconductors", hash: "H1")],
                            sourceID: nil, parserVersion: 1, extractorVersion: 1)
        let result = try store.write([Fixtures.outcome(path: "/a.html", text: "corrected wording about batteries", hash: "H2")],
                                     sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(result == [.imported] || result == [.updated])
        #expect(try store.search(SearchQuery(text: "semiconductors")).hits.isEmpty)
        #expect(try store.search(SearchQuery(text: "batteries")).hits.count == 1)
        let documents = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")! }
        #expect(documents == 1)
    }

    @Test func newerParserReplacesDocumentsInPlaceKeepingTheirIDs() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Fixtures.outcome(path: "/a.html", text: "first parse", hash: "H")], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        let before = try store.writer.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM documents")! }
        let result = try store.write([Fixtures.outcome(path: "/a.html", text: "second parse", hash: "H")], sourceID: nil, parserVersion: 2, extractorVersion: 1)
        #expect(result == [.updated])
        let after = try store.writer.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM documents")! }
        #expect(before == after)
        #expect(try store.search(SearchQuery(text: "second")).hits.map(\.document) == [after])
        #expect(try store.search(SearchQuery(text: "first")).hits.isEmpty)
    }

    @Test func failedFileIsRecordedWithItsReason() throws {
        let store = try SQLiteStore.inMemory()
        let failed = FileOutcome(path: "/bad.xml", size: 10, mtimeNanoseconds: 1, result: .failed(contentHash: "X", reason: "not well-formed XML"))
        #expect(try store.write([failed], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.failed])
        let state = try store.fileState(path: "/bad.xml")
        #expect(state?.status == .failed)
        #expect(state?.error == "not well-formed XML")
    }

    @Test func aFileThatCannotBeStoredFailsAloneAndTheRestOfTheBatchIsKept() throws {
        let store = try SQLiteStore.inMemory()
        // A trigger stands in for any storage error (constraint, too big) on one file.
        try store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER poison BEFORE INSERT ON documents WHEN new.text LIKE '%poison%'
                BEGIN SELECT RAISE(ABORT, 'poisoned text'); END
                """)
        }
        let batch = [
            Fixtures.outcome(path: "/a.html", text: "alpha report on rare earths"),
            Fixtures.outcome(path: "/b.html", text: "this one carries poison"),
            Fixtures.outcome(path: "/c.html", text: "gamma report on lithium"),
        ]
        let dispositions = try store.write(batch, sourceID: nil, parserVersion: 1, extractorVersion: 1)
        #expect(dispositions == [.imported, .failed, .imported])
        #expect(try store.search(SearchQuery(text: "rare earths")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "lithium")).hits.count == 1)
        #expect(try store.search(SearchQuery(text: "poison")).hits.isEmpty)
        let state = try store.fileState(path: "/b.html")
        #expect(state?.status == .failed)
        #expect(state?.error?.contains("poisoned text") == true)
        let documents = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents")! }
        #expect(documents == 2)
    }

    @Test func claimsAndFactsAreStoredWithTheirDocument() throws {
        let store = try SQLiteStore.inMemory()
        let claim = Claim(kind: .money, text: "$100 million", start: 10, end: 22, value: 100_000_000, currency: "USD",
                          qualifier: .approximate, metric: "cost", subject: "GPT-4", sentence: "It cost about $100 million.")
        var doc = Fixtures.document(text: "It cost about $100 million.")
        doc.facts = [Fact(concept: "us-gaap:Revenues", value: 24_800_000_000, unit: "USD", period: "2024-01-01/2024-12-31")]
        let filingClaim = Claim(kind: .money, text: "24800000000", start: 0, end: 0, value: 24_800_000_000, currency: "USD",
                                metric: "revenue", sentence: "", origin: .filing)
        let outcome = FileOutcome(path: "/f.htm", size: 1, mtimeNanoseconds: 1, result: .parsed(
            contentHash: "F", documents: [DocumentInput(document: doc, textHash: "t", claims: [
                ClaimInput(claim: claim, subjectKey: "gpt-4"), ClaimInput(claim: filingClaim, factIndex: 0),
            ])], warnings: []))
        _ = try store.write([outcome], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT origin, value, fact_id IS NOT NULL AS linked FROM claims ORDER BY id")
        }
        #expect(rows.count == 2)
        #expect(rows[0]["origin"] == "prose")
        #expect(rows[1]["linked"] == true)
        // Deleting the document takes its claims and facts with it.
        try store.writer.write { db in try db.execute(sql: "DELETE FROM documents") }
        let left = try store.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM claims")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM facts")!)
        }
        #expect(left.0 == 0 && left.1 == 0)
    }
}
