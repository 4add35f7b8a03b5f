import Testing
import DossierModel
@testable import DossierSQLite
import DossierStorage
import GRDB

/// A changed file's documents are revised in place (schema 0005): the
/// document and every claim that comes again keep their rows, and only what
/// changed reaches the indexes. Each case ends with `check()`, which compares
/// both full-text indexes with their tables.
@Suite struct RevisionTests {
    /// Claims on every "$N million" of `text`, each with its sentence.
    static func claims(in text: String) -> [ClaimInput] {
        var claims: [ClaimInput] = []
        for sentence in text.split(separator: ".", omittingEmptySubsequences: true) {
            let trimmed = sentence.drop { $0 == " " }
            if let dollar = trimmed.firstIndex(of: "$"), let end = trimmed.range(of: " million")?.upperBound {
                let start = text.distance(from: text.startIndex, to: dollar)
                let figure = String(text[dollar..<end])
                let value = Double(figure.dropFirst().prefix { $0 != " " })! * 1e6
                let subject = String(trimmed.prefix { $0 != " " })
                claims.append(ClaimInput(
                    claim: Claim(kind: .money, text: figure, start: start, end: start + figure.count, value: value,
                                 currency: "USD", metric: "cost", subject: subject, sentence: String(trimmed) + "."),
                    subjectKey: subject.lowercased()))
            }
        }
        return claims
    }

    static func file(_ path: String, hash: String, _ parts: [(part: String, text: String)], facts: [Fact] = []) -> FileOutcome {
        let documents = parts.map { part, text in
            DocumentInput(document: ParsedDocument(part: part, kind: .article, format: "html", title: "T", text: text, facts: facts),
                          textHash: "t-\(text)", claims: claims(in: text))
        }
        return FileOutcome(path: path, size: 1, mtimeNanoseconds: 1,
                           result: .parsed(contentHash: hash, documents: documents, warnings: []))
    }

    static func file(_ path: String, hash: String, _ text: String) -> FileOutcome { file(path, hash: hash, [("", text)]) }

    static func write(_ store: SQLiteStore, _ outcomes: FileOutcome..., extractorVersion: Int = 1) throws -> [FileDisposition] {
        try store.write(outcomes, sourceID: nil, parserVersion: 1, extractorVersion: extractorVersion)
    }

    /// Claim ids by subject.
    static func claimIDs(_ store: SQLiteStore) throws -> [String: Int64] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT subject, id FROM claims").reduce(into: [:]) { $0[$1[0]] = $1[1] }
        }
    }

    static func documentIDs(_ store: SQLiteStore) throws -> [String: Int64] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT part, id FROM documents").reduce(into: [:]) { $0[$1[0]] = $1[1] }
        }
    }

    static func claimHits(_ store: SQLiteStore, _ word: String) throws -> Int {
        try BulkIndexTests.claimHits(store, word)
    }

    static func hits(_ store: SQLiteStore, _ word: String) throws -> Int {
        try store.search(SearchQuery(text: word)).hits.count
    }

    @Test func aChangedFileKeepsItsDocumentAndTheClaimsThatComeAgain() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/a.html", hash: "H1", "Alpha cost $5 million. Beta cost $7 million."))
        let documentsBefore = try Self.documentIDs(store)
        let claimsBefore = try Self.claimIDs(store)

        let result = try Self.write(store, Self.file(
            "/a.html", hash: "H2", "Gamma cost $9 million. Alpha cost $5 million. Beta cost $7 million."))
        #expect(result == [.updated])
        #expect(try Self.documentIDs(store) == documentsBefore)
        let claimsAfter = try Self.claimIDs(store)
        #expect(claimsAfter["Alpha"] == claimsBefore["Alpha"])
        #expect(claimsAfter["Beta"] == claimsBefore["Beta"])
        #expect(claimsAfter["Gamma"] != nil)
        // The kept claims moved with the text.
        let alpha = try #require(try store.claim(id: claimsAfter["Alpha"]!))
        #expect(alpha.claim.start == 34)
        #expect(alpha.claim.end == 44)
        #expect(try Self.hits(store, "gamma") == 1)
        #expect(try Self.claimHits(store, "gamma") == 1)
        #expect(try Self.claimHits(store, "alpha") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func aDroppedClaimLeavesBothIndexes() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/a.html", hash: "H1", "Alpha cost $5 million. Beta cost $7 million."))
        _ = try Self.write(store, Self.file("/a.html", hash: "H2", "Alpha cost $5 million. Delta was late."))
        #expect(try Self.claimIDs(store).keys.sorted() == ["Alpha"])
        #expect(try Self.hits(store, "beta") == 0)
        #expect(try Self.hits(store, "delta") == 1)
        #expect(try Self.claimHits(store, "beta") == 0)
        #expect(try store.check().isHealthy)
    }

    @Test func aCorrectionMovesWithItsClaimAndIsDetachedWhenTheClaimIsGone() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/a.html", hash: "H1", "Alpha cost $5 million. Beta cost $7 million."))
        let ids = try Self.claimIDs(store)
        #expect(try store.reject(claim: ids["Beta"]!, reason: "misread"))
        #expect(try store.correct(claim: ids["Alpha"]!, CorrectionInput(value: 6e6)))

        // A sentence comes in front: Beta's rejection follows it.
        _ = try Self.write(store, Self.file(
            "/a.html", hash: "H2", "Gamma cost $9 million. Alpha cost $5 million. Beta cost $7 million."))
        var visible = try store.claims(ClaimQuery()).compactMap { $0.claim.subject }
        #expect(visible.sorted() == ["Alpha", "Gamma"])
        #expect(try store.claim(id: ids["Alpha"]!)?.claim.value == 6e6)

        // Alpha's sentence goes and Beta's takes its offsets: the correction
        // made on Alpha must not apply to Beta.
        _ = try Self.write(store, Self.file("/a.html", hash: "H3", "Gamma cost $9 million. Beta cost $7 million."))
        visible = try store.claims(ClaimQuery()).compactMap { $0.claim.subject }
        #expect(visible.sorted() == ["Gamma"])
        let document = try #require(try Self.documentIDs(store)[""])
        #expect(try store.corrections(document: document).count == 2)
        #expect(try store.claims(ClaimQuery()).allSatisfy { $0.correction == nil })
        #expect(try store.check().isHealthy)
    }

    @Test func aCorrectionWhoseClaimAnExtractorDroppedIsDetachedWhenTheTextChanges() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/a.html", hash: "H1", "Alpha cost $5 million."))
        #expect(try store.reject(claim: try Self.claimIDs(store)["Alpha"]!, reason: "misread"))
        // A newer extractor finds nothing in the same text: the correction stays, as it may find it again.
        let bare = FileOutcome(path: "/a.html", size: 1, mtimeNanoseconds: 1, result: .parsed(
            contentHash: "H1", documents: [DocumentInput(document: ParsedDocument(kind: .article, format: "html", title: "T",
                                                                                 text: "Alpha cost $5 million."),
                                                         textHash: "t-Alpha cost $5 million.", claims: [])], warnings: []))
        _ = try Self.write(store, bare, extractorVersion: 2)
        #expect(try Self.claimIDs(store).isEmpty)
        let spans = { try store.writer.read { db in try Int.fetchAll(db, sql: "SELECT start FROM claim_corrections") } }
        #expect(try spans() == [11])
        // The text changes so that another claim sits at the old offsets: the correction must not judge it.
        _ = try Self.write(store, Self.file("/a.html", hash: "H2", "Gamma cost $9 million."), extractorVersion: 2)
        #expect(try spans() == [-1])
        #expect(try store.claims(ClaimQuery()).map(\.claim.subject) == ["Gamma"])
        #expect(try store.check().isHealthy)
    }

    @Test func unchangedItemsOfAChangedFeedAreLeftAsTheyWere() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/feed.xml", hash: "H1", [
            ("item-1", "Alpha cost $5 million."), ("item-2", "Beta cost $7 million."), ("item-3", "Gamma cost $9 million."),
        ]))
        let before = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT part, id, imported_at FROM documents ORDER BY part")
        }
        let claimsBefore = try Self.claimIDs(store)
        // A new item, one changed, one gone.
        _ = try Self.write(store, Self.file("/feed.xml", hash: "H2", [
            ("item-0", "Omega cost $1 million."), ("item-1", "Alpha cost $5 million."), ("item-2", "Beta cost $8 million."),
        ]))
        let after = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT part, id, imported_at, content_hash FROM documents ORDER BY part")
        }
        #expect(after.map { $0["part"] as String } == ["item-0", "item-1", "item-2"])
        #expect(after.allSatisfy { ($0["content_hash"] as String) == "H2" })
        #expect(after[1]["id"] as Int64 == before[0]["id"] as Int64)
        #expect(after[1]["imported_at"] as String == before[0]["imported_at"] as String)
        #expect(after[2]["id"] as Int64 == before[1]["id"] as Int64)
        let claimsAfter = try Self.claimIDs(store)
        #expect(claimsAfter["Alpha"] == claimsBefore["Alpha"])
        #expect(claimsAfter["Beta"] != claimsBefore["Beta"])  // $7 became $8: another claim
        #expect(claimsAfter["Gamma"] == nil)
        #expect(try Self.hits(store, "gamma") == 0)
        #expect(try Self.hits(store, "omega") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func itemsNumberedByPositionKeepTheirRowsWhenANewItemComesFirst() throws {
        // A feed without guids or links: its items are known by position.
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/feed.xml", hash: "H1", [
            ("1", "Alpha cost $5 million."), ("2", "Beta cost $7 million."),
        ]))
        let claimsBefore = try Self.claimIDs(store)
        let before = try Self.documentIDs(store)
        _ = try Self.write(store, Self.file("/feed.xml", hash: "H2", [
            ("1", "Omega cost $1 million."), ("2", "Alpha cost $5 million."), ("3", "Beta cost $7 million."),
        ]))
        let after = try Self.documentIDs(store)
        #expect(after["2"] == before["1"], "Alpha moved to the second place and kept its row")
        #expect(after["3"] == before["2"])
        #expect(after["1"].map { !before.values.contains($0) } == true, "Omega is new")
        let claimsAfter = try Self.claimIDs(store)
        #expect(claimsAfter["Alpha"] == claimsBefore["Alpha"])
        #expect(claimsAfter["Beta"] == claimsBefore["Beta"])
        #expect(try Self.hits(store, "omega") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func documentsPairByPartAndTextThenTextThenPart() {
        typealias Key = DocumentMatching.Key
        let stored = [Key(part: "a", textHash: "1"), Key(part: "b", textHash: "2"), Key(part: "c", textHash: "3")]
        let new = [Key(part: "a", textHash: "2"), Key(part: "b", textHash: "9"), Key(part: "c", textHash: "3"),
                   Key(part: "d", textHash: "1")]
        // c is unchanged; b's text moved to a and a's to d; nothing is left for b's new text: a new document.
        #expect(DocumentMatching.match(new: new, stored: stored, allowMoves: true) == [1, nil, 2, 0])
        // Without moves: by part only.
        #expect(DocumentMatching.match(new: new, stored: stored, allowMoves: false) == [0, 1, 2, nil])
    }

    @Test func contentAnotherFileStillHoldsIsNotRevised() throws {
        let store = try SQLiteStore.inMemory()
        _ = try Self.write(store, Self.file("/a.html", hash: "H1", "Alpha cost $5 million."),
                           FileOutcome(path: "/copy.html", size: 1, mtimeNanoseconds: 1, result: .known(contentHash: "H1")))
        _ = try Self.write(store, Self.file("/a.html", hash: "H2", "Beta cost $7 million."))
        #expect(try Self.hits(store, "alpha") == 1)
        #expect(try Self.hits(store, "beta") == 1)
        #expect(try store.check().isHealthy)
    }

    @Test func aNewerExtractorKeepsTheClaimsItFindsAgain() throws {
        let store = try SQLiteStore.inMemory()
        let file = Self.file("/a.html", hash: "H1", "Alpha cost $5 million. Beta cost $7 million.")
        _ = try Self.write(store, file)
        let before = try Self.claimIDs(store)
        #expect(try Self.write(store, file, extractorVersion: 2) == [.updated])
        #expect(try Self.claimIDs(store) == before)
        let versions = try store.writer.read { db in
            try Int.fetchAll(db, sql: "SELECT extractor_version FROM claims UNION SELECT extractor_version FROM documents")
        }
        #expect(versions == [2])
        #expect(try store.check().isHealthy)
    }

    @Test func factsThatComeAgainKeepTheirRowsAndTheirClaims() throws {
        let store = try SQLiteStore.inMemory()
        let revenue = Fact(concept: "us-gaap:Revenues", value: 5e6, unit: "USD", period: "2025-01-01/2025-12-31")
        let cash = Fact(concept: "us-gaap:Cash", value: 2e6, unit: "USD", period: "2025-12-31")
        func filing(_ hash: String, _ text: String, _ facts: [Fact]) -> FileOutcome {
            var outcome = Self.file("/10-k.htm", hash: hash, [("", text)], facts: facts)
            guard case .parsed(let h, var documents, let w) = outcome.result else { return outcome }
            // A claim made from each fact, linked to it.
            documents[0].claims += facts.indices.map { index in
                ClaimInput(claim: Claim(kind: .money, text: "", start: 0, end: 0, value: facts[index].value,
                                        currency: "USD", metric: facts[index].concept, sentence: "", origin: .filing),
                           factIndex: index)
            }
            outcome.result = .parsed(contentHash: h, documents: documents, warnings: w)
            return outcome
        }
        _ = try Self.write(store, filing("H1", "Revenue was $5 million.", [revenue, cash]))
        let before = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, concept FROM facts ORDER BY concept").map { $0["id"] as Int64 }
        }
        _ = try Self.write(store, filing("H2", "Revenue was $5 million. Debt was repaid.", [revenue]))
        let after = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.id, c.fact_id FROM facts f LEFT JOIN claims c ON c.fact_id = f.id AND c.origin = 'filing'
                """)
        }
        #expect(after.count == 1)
        #expect(after[0]["id"] as Int64 == before[1])  // Revenues kept (Cash sorts first)
        #expect(after[0]["fact_id"] as Int64? == before[1])
        #expect(try store.check().isHealthy)
    }

    @Test func keysPairUpInOrder() {
        #expect(RowMatching.inOrder(old: ["a", "b", "a"], new: ["a", "a", "a", "c", "b"]) == [0, 2, nil, nil, 1])
        #expect(RowMatching.inOrder(old: [String](), new: ["a"]) == [nil])
        #expect(RowMatching.unmatched([2, nil, 0], count: 4) == [1, 3])
    }
}
