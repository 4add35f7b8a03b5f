import DossierModel
import DossierStorage
import DossierSQLite
import Testing

/// The store side of corrections, aliases and `show`: written through
/// `SQLiteStore.write` as an import would.
@Suite struct StoreEvidenceTests {
    static let text = "Anthropic was valued at $18.4 billion. Extraction took three weeks."

    static func outcome(extractorVersion: Int, metric: String = "funding", subject: String = "Anthropic") -> FileOutcome {
        let claims = [
            ClaimInput(claim: Claim(kind: .money, text: "$18.4 billion", start: 24, end: 37, value: 18.4e9, currency: "USD",
                                    metric: metric, subject: subject, sentence: "Anthropic was valued at $18.4 billion."),
                       subjectKey: "anthropic"),
            ClaimInput(claim: Claim(kind: .duration, text: "three weeks", start: 55, end: 66, value: 3, unit: "week",
                                    metric: "time", subject: "Extraction", sentence: "Extraction took three weeks."),
                       subjectKey: "extraction"),
        ]
        let document = ParsedDocument(part: "", kind: .article, format: "html", title: "A <title>", publisher: "Northgate Wire",
                                      published: "2024-03-12", text: text)
        return FileOutcome(path: "/docs/a.html", size: 10, mtimeNanoseconds: 1,
                           result: .parsed(contentHash: "bytes-a", documents: [DocumentInput(document: document, textHash: "t-a", claims: claims)],
                                           warnings: []))
    }

    func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        _ = try store.write([Self.outcome(extractorVersion: 1)], sourceID: nil, parserVersion: 1, extractorVersion: 1)
        return store
    }

    func all(_ store: SQLiteStore, rejected: Bool = false) throws -> [StoredClaim] {
        var query = ClaimQuery()
        query.includeRejected = rejected
        return try store.claims(query)
    }

    @Test func aSubjectCanSelectWholeDocumentsThroughItsKeyAndAliases() throws {
        let store = try store()
        var query = ClaimQuery()
        query.subject = "Anthropic"
        query.subjectKey = "anthropic"
        #expect(try store.claims(query).map(\.claim.text) == ["$18.4 billion"])
        query.wholeDocuments = true
        #expect(try store.claims(query).map(\.claim.text) == ["$18.4 billion", "three weeks"],
                "every claim of a document that speaks of the subject")
        query.subject = "Claude's maker"
        query.subjectKey = "claude's maker"
        #expect(try store.claims(query).isEmpty)
        query.subjectAliases = ["anthropic"]
        #expect(try store.claims(query).count == 2, "an alias's key selects the document too")
    }

    @Test func documentsCanBeSelectedByAValueNearOneOfTheirClaims() throws {
        let store = try store()
        var query = ClaimQuery()
        query.documentsWithValue = 18.3e9...18.5e9
        #expect(try store.claims(query).map(\.claim.text) == ["$18.4 billion", "three weeks"], "the whole document")
        query.documentsWithValue = 19e9...20e9
        #expect(try store.claims(query).isEmpty)
        query.documentsWithValue = 2.9...3.1
        #expect(try store.claims(query).count == 2, "the duration's value 3 (weeks) is a value too")
    }

    @Test func correctionsSurviveReExtraction() throws {
        let store = try store()
        let valuation = try #require(try all(store).first { $0.claim.kind == .money })
        #expect(try store.correct(claim: valuation.id, CorrectionInput(metric: "valuation", reason: "a valuation")))
        let duration = try #require(try all(store).first { $0.claim.kind == .duration })
        #expect(try store.reject(claim: duration.id, reason: "not about a model"))

        // A newer extractor re-extracts the same bytes: new claim rows, same spans.
        _ = try store.write([Self.outcome(extractorVersion: 2, metric: "funding", subject: "Anthropic PBC")],
                            sourceID: nil, parserVersion: 1, extractorVersion: 2)
        let after = try all(store)
        #expect(after.count == 1, "the rejection still hides the duration")
        let money = try #require(after.first)
        #expect(money.claim.subject == "Anthropic PBC", "the claim was re-extracted")
        #expect(money.claim.metric == "valuation")
        #expect(money.correction?.reason == "a valuation")
        #expect(try all(store, rejected: true).count == 2, "the machine's claims are kept")
    }

    @Test func theLatestCorrectionWinsAndRangesReplaceValues() throws {
        let store = try store()
        let id = try #require(try all(store).first { $0.claim.kind == .money }?.id)
        try store.correct(claim: id, CorrectionInput(value: 20e9))
        try store.correct(claim: id, CorrectionInput(low: 18e9, high: 19e9, subject: "Anthropic PBC"))
        let claim = try #require(try store.claim(id: id))
        #expect(claim.claim.value == nil)
        #expect(claim.claim.low == 18e9 && claim.claim.high == 19e9)
        #expect(claim.claim.subject == "Anthropic PBC")
        #expect(try store.corrections(document: claim.document).count == 2)
        #expect(throws: StorageError.self) { try store.correct(claim: id, CorrectionInput(reason: "nothing")) }
        #expect(throws: StorageError.self) { try store.correct(claim: id, CorrectionInput(low: 1)) }
        #expect(try store.correct(claim: 987_654, CorrectionInput(value: 1)) == false)
        #expect(try store.reject(claim: 987_654, reason: nil) == false)
    }

    @Test func aliasesAreStoredByKey() throws {
        let store = try store()
        try store.addAlias(SubjectAlias(key: "meridian", alias: "Meridian", subject: "Meridian Compute Corp."))
        try store.addAlias(SubjectAlias(key: "meridian", alias: "MERIDIAN", subject: "Meridian Compute"))
        #expect(try store.aliases() == [SubjectAlias(key: "meridian", alias: "MERIDIAN", subject: "Meridian Compute")])
        #expect(try store.removeAlias(key: "meridian"))
        #expect(try store.removeAlias(key: "meridian") == false)
        #expect(try store.aliases().isEmpty)
    }

    @Test func documentsComeWithTextClaimsAndLocations() throws {
        let store = try store()
        let id = try #require(try all(store).first?.document)
        let document = try #require(try store.document(id: id))
        #expect(document.text == Self.text)
        #expect(document.title == "A <title>")
        #expect(document.locations == ["/docs/a.html"])
        #expect(document.claims.map(\.claim.text) == ["$18.4 billion", "three weeks"])
        #expect(try store.document(id: 424_242) == nil)
        #expect(try store.documentIDs(path: "/docs/a.html") == [id])
        #expect(try store.documentIDs(path: "a.html") == [id])
        #expect(try store.documentIDs(path: "a.html#other").isEmpty)
        #expect(try store.documentIDs(path: "%.html").isEmpty, "LIKE wildcards in a path are literal")
    }
}
