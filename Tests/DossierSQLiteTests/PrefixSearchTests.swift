import Foundation
import Testing
import DossierModel
@testable import DossierSQLite
import DossierStorage
import GRDB

/// A prefix query finds the words it was typed from, although the index holds
/// porter stems (see `PrefixTerms`), and the index stays what plain SQLite makes.
@Suite struct PrefixSearchTests {
    static let texts = [
        "The employees met on Monday.", "Employment rose in the region.", "An employer said little.",
        "They employ forty people.", "The plant accelerated its output.", "Business grew last year.",
        "The regulation took effect.", "A regular meeting was held.",
    ]

    static func write(_ store: SQLiteStore) throws {
        let outcomes = texts.enumerated().map { Fixtures.outcome(path: "/d\($0.offset).txt", text: $0.element) }
        _ = try store.write(outcomes, sourceID: nil, parserVersion: 1, extractorVersion: 1)
    }

    static func hits(_ store: SQLiteStore, _ query: String) throws -> [String] {
        try store.search(SearchQuery(text: query)).hits.map(\.snippet).sorted()
    }

    @Test func prefixQueriesFindTheWordsTheyWereTypedFrom() throws {
        let store = try SQLiteStore.inMemory()
        try Self.write(store)
        #expect(try Self.hits(store, "employ*").count == 4, "employees, employment, employer, employ")
        #expect(try Self.hits(store, "Employ*").count == 4)
        #expect(try Self.hits(store, "accelera*").count == 1)
        #expect(try Self.hits(store, "busine*").count == 1)
        let regulat = try Self.hits(store, "regulat*")
        #expect(regulat.count == 1 && regulat[0].contains("regulation"), "not \"regular\": \(regulat)")
        #expect(try Self.hits(store, "employ* AND monday").count == 1)
        #expect(try Self.hits(store, "employ* monday").count == 1, "side by side means AND, next to a widened prefix too")
        #expect(try Self.hits(store, "monday (employ* OR hire*)").count == 1)
        #expect(try Self.hits(store, "employ* NOT forty").count == 3)
        // In NEAR, the prefix as typed still counts ("employees" is indexed as "employe").
        #expect(try Self.hits(store, "NEAR(employ* monday, 5)").count == 1)
        // Whole words are searched exactly as before.
        #expect(try Self.hits(store, "employees").count == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func theIndexIsWhatPlainSQLiteReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-prefix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.sqlite").path
        let store = try SQLiteStore.open(path: path)
        try Self.write(store)
        try store.close()
        // Another program, with SQLite's own porter tokenizer.
        let plain = try DatabaseQueue(path: path)
        try plain.write { db in
            try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'employees'") == 1)
        }
    }

    @Test func widenedPrefixes() {
        let mark = PrefixTerms.exactMark
        #expect(SearchPattern.lenient("employ* staff", widenPrefixes: true)?.expression
                == "(employ* OR \"\(mark)empl\" OR \"\(mark)emplo\") AND staff", "FTS5 wants AND after a group")
        #expect(SearchPattern.lenient("Empl*", widenPrefixes: true)?.expression == "Empl*", "four letters: no shorter stem")
        #expect(SearchPattern.lenient("employ* staff")?.expression == "employ* staff", "only when asked")
        #expect(SearchPattern.lenient("emp*", widenPrefixes: true)?.expression == "emp*", "too short to cut")
        #expect(SearchPattern.lenient("covid19*", widenPrefixes: true)?.expression == "covid19*")
        #expect(SearchPattern.lenient("NEAR(employ* staff, 5)", widenPrefixes: true)?.expression
                == SearchPattern.lenient("NEAR(employ* staff, 5)")?.expression, "a NEAR group takes phrases only")
    }
}
