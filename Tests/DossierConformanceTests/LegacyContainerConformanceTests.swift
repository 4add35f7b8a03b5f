import DossierModel
import DossierPostgres
import DossierSQLite
import DossierStorage
import Testing

/// An archive written before members were recorded apart (schema 0015) holds a container's
/// documents under the container's own bytes, with parts `member` and `member#item`. The next
/// time the container is read, each member takes its documents over in place: ids and people's
/// corrections stay, and nothing is left under the container's old bytes.
@Suite struct LegacyContainerConformanceTests {
    static func storage(_ test: TestArchive, _ backend: Backend) async throws -> any ArchiveStorage {
        switch backend {
        case .sqlite: SQLiteStorage(try SQLiteStore.open(path: test.reference))
        case .postgres: try await PostgresStorage.connect(try PostgresSettings(url: test.reference))
        }
    }

    static func input(_ part: String, _ text: String, figure: String) -> DocumentInput {
        let start = text.distance(from: text.startIndex, to: text.range(of: figure)!.lowerBound)
        let claim = Claim(kind: .money, text: figure, start: start, end: start + figure.count, value: 5e6, currency: "USD",
                          metric: "cost", subject: "Alpha", sentence: text)
        return DocumentInput(document: ParsedDocument(part: part, kind: .article, format: "html", title: "T", text: text),
                             textHash: "t-" + text, claims: [ClaimInput(claim: claim, subjectKey: "alpha")])
    }

    @Test(arguments: Backend.allCases)
    func aContainersOldDocumentsMoveToItsMembersWithTheirCorrections(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let storage = try await Self.storage(test, backend)
            let alpha = "Alpha cost $5 million.", beta = "Beta cost $6 million.", gamma = "Gamma cost $7 million."
            let legacy = FileOutcome(path: "/desk/a.zip", size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [
                Self.input("news/a.html", alpha, figure: "$5 million"),
                Self.input("feed.xml#item-1", beta, figure: "$6 million"),
            ], warnings: []))
            #expect(try await storage.write([legacy], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.imported])
            let alphaID = try #require(try await storage.documentIDs(path: "/desk/a.zip#news/a.html").first)
            let betaID = try #require(try await storage.documentIDs(path: "/desk/a.zip#feed.xml#item-1").first)
            let claim = try #require(try await storage.document(id: alphaID)?.claims.first)
            #expect(try await storage.reject(claim: claim.id, reason: "double-counted", author: "ana"))

            // The zip changed: a member was added; the two old ones are read as members now.
            var packed = FileOutcome(path: "/desk/a.zip", size: 12, mtimeNanoseconds: 2,
                                     result: .parsed(contentHash: "Z2", documents: [], warnings: []))
            packed.members = [
                MemberInput(part: "news/a.html", contentHash: "M1", size: 3, documents: [Self.input("", alpha, figure: "$5 million")]),
                MemberInput(part: "feed.xml", contentHash: "M2", size: 3, documents: [Self.input("item-1", beta, figure: "$6 million")]),
                MemberInput(part: "new.html", contentHash: "M3", size: 3, documents: [Self.input("", gamma, figure: "$7 million")]),
            ]
            #expect(try await storage.write([packed], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.updated])
            #expect(try await storage.documentIDs(path: "/desk/a.zip#news/a.html") == [alphaID], "the same document, found at its member")
            #expect(try await storage.documentIDs(path: "/desk/a.zip#feed.xml#item-1") == [betaID])
            let moved = try #require(try await storage.document(id: alphaID))
            #expect(moved.contentHash == "M1" && moved.locations == ["/desk/a.zip#news/a.html"])
            #expect(moved.claims.first?.id == claim.id && moved.claims.first?.correction?.action == .reject, "the rejection stays")
            #expect(try await storage.documentIDs(path: "/desk/a.zip#new.html").count == 1)
            #expect(try await storage.check().isHealthy)
            try await storage.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aCopyImportedTheOldWayKeepsWhatItsTwinHandedToItsMembers(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let storage = try await Self.storage(test, backend)
            let alpha = "Alpha cost $5 million.", beta = "Beta cost $6 million."
            func legacy(_ path: String) -> FileOutcome {
                FileOutcome(path: path, size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [
                    Self.input("w.warc#urn:1", alpha, figure: "$5 million"),
                    Self.input("w.warc#urn:2", beta, figure: "$6 million"),
                ], warnings: []))
            }
            _ = try await storage.write([legacy("/a/z.zip"), legacy("/b/z.zip")], sourceID: nil, parserVersion: 1, extractorVersion: 1)
            let alphaID = try #require(try await storage.documentIDs(path: "/a/z.zip#w.warc#urn:1").first)
            let betaID = try #require(try await storage.documentIDs(path: "/a/z.zip#w.warc#urn:2").first)

            // A newer extractor reads /a/z.zip again: a record is a member inside the WARC member, and the
            // revisit (urn:2) is the WARC file's own. Each old document goes to the innermost member.
            var again = FileOutcome(path: "/a/z.zip", size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [], warnings: []))
            again.members = [
                MemberInput(part: "w.warc", contentHash: "W", size: 5, documents: [Self.input("urn:2", beta, figure: "$6 million")]),
                MemberInput(part: "w.warc#urn:1", contentHash: "R1", size: 3, documents: [Self.input("", alpha, figure: "$5 million")]),
            ]
            #expect(try await storage.write([again], sourceID: nil, parserVersion: 1, extractorVersion: 2) == [.updated])
            #expect(try await storage.documentIDs(path: "/a/z.zip#w.warc#urn:1") == [alphaID])
            #expect(try await storage.documentIDs(path: "/a/z.zip#w.warc#urn:2") == [betaID])
            // The twin, not read yet, holds the same members: its locations stay, and so do the documents when /a goes.
            #expect(try await storage.documentIDs(path: "/b/z.zip#w.warc#urn:1") == [alphaID])
            #expect(try await storage.removeFiles(["/a/z.zip"], keepMissing: false) == 1)
            #expect(try await storage.document(id: alphaID)?.locations == ["/b/z.zip#w.warc#urn:1"])
            #expect(try await storage.document(id: betaID)?.locations == ["/b/z.zip#w.warc#urn:2"])
            #expect(try await storage.check().isHealthy)
            try await storage.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func aCopyReadAfterItsTwinChangedHandsItsCorrectionsOver(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let storage = try await Self.storage(test, backend)
            let alpha = "Alpha cost $5 million.", beta = "Beta cost $6 million.", gamma = "Gamma cost $7 million."
            func legacy(_ path: String) -> FileOutcome {
                FileOutcome(path: path, size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [
                    Self.input("a.html", alpha, figure: "$5 million"), Self.input("b.html", beta, figure: "$6 million"),
                ], warnings: []))
            }
            func members(_ second: (hash: String, text: String, figure: String)) -> [MemberInput] {
                [MemberInput(part: "a.html", contentHash: "M1", size: 3, documents: [Self.input("", alpha, figure: "$5 million")]),
                 MemberInput(part: "b.html", contentHash: second.hash, size: 3, documents: [Self.input("", second.text, figure: second.figure)])]
            }
            _ = try await storage.write([legacy("/a/z.zip"), legacy("/b/z.zip")], sourceID: nil, parserVersion: 1, extractorVersion: 1)
            let old = try #require(try await storage.documentIDs(path: "/a/z.zip#a.html").first)
            let claim = try #require(try await storage.document(id: old)?.claims.first)
            #expect(try await storage.reject(claim: claim.id, reason: "double-counted", author: "ana"))

            // /a/z.zip is edited (b.html changed) while /b/z.zip, the old-layout twin, still holds Z1.
            var edited = FileOutcome(path: "/a/z.zip", size: 11, mtimeNanoseconds: 2, result: .parsed(contentHash: "Z2", documents: [], warnings: []))
            edited.members = members(("M3", gamma, "$7 million"))
            _ = try await storage.write([edited], sourceID: nil, parserVersion: 1, extractorVersion: 1)
            // Then the twin is read again: its a.html is stored already (from /a), so its old copy goes,
            // and the rejection goes with the figure to the document that stays.
            var twin = FileOutcome(path: "/b/z.zip", size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [], warnings: []))
            twin.members = members(("M2", beta, "$6 million"))
            _ = try await storage.write([twin], sourceID: nil, parserVersion: 1, extractorVersion: 2)
            let kept = try #require(try await storage.documentIDs(path: "/b/z.zip#a.html").first)
            #expect(try await storage.documentIDs(path: "/a/z.zip#a.html") == [kept])
            let rejected = try await storage.document(id: kept)?.claims.first { $0.claim.text == "$5 million" }
            #expect(rejected?.correction?.action == .reject && rejected?.correction?.author == "ana", "the rejection survives")
            #expect(try await storage.check().isHealthy)
            try await storage.close()
        }
    }

    @Test(arguments: Backend.allCases)
    func repairReadsAgainAMemberWhoseDocumentsWentAndKeepsItsSiblings(_ backend: Backend) async throws {
        guard backend == .postgres else { return }  // SQLite: ContainerMemberWriteTests (it needs SQL to break the archive)
        try await withArchive(backend) { test in
            let storage = try await Self.storage(test, backend)
            var zip = FileOutcome(path: "/desk/a.zip", size: 10, mtimeNanoseconds: 1, result: .parsed(contentHash: "Z1", documents: [], warnings: []))
            zip.members = [
                MemberInput(part: "a.html", contentHash: "M1", size: 3, documents: [Self.input("", "Alpha cost $5 million.", figure: "$5 million")]),
                MemberInput(part: "b.html", contentHash: "M2", size: 3, documents: [Self.input("", "Beta cost $6 million.", figure: "$6 million")]),
            ]
            _ = try await storage.write([zip], sourceID: nil, parserVersion: 1, extractorVersion: 1)
            let sibling = try #require(try await storage.documentIDs(path: "/desk/a.zip#b.html").first)
            try await Admin.run(test.reference, "DELETE FROM documents WHERE content_hash = 'M1'")
            #expect(try await storage.check().filesWithoutDocuments == 1)
            _ = try await storage.repair()
            #expect(try await storage.check().isHealthy)
            #expect(try await storage.documentIDs(path: "/desk/a.zip#b.html") == [sibling])
            let known = try await storage.knownFiles(under: nil, parserVersion: 1, extractorVersion: 1)
            #expect(!known.isUnchanged(path: "/desk/a.zip", size: 10, mtimeNanoseconds: 1), "the archive is read again")
            #expect(try await storage.write([zip], sourceID: nil, parserVersion: 1, extractorVersion: 1) == [.updated])
            #expect(try await storage.documentIDs(path: "/desk/a.zip#a.html").count == 1, "the member is back")
            #expect(try await storage.documentIDs(path: "/desk/a.zip#b.html") == [sibling])
            try await storage.close()
        }
    }

    @Test func contentLockBucketsAreStableAndBounded() {
        #expect(ContentLockBuckets.bucket(of: "Z1") == ContentLockBuckets.bucket(of: "Z1"))
        var buckets = Set<Int32>()
        for n in 0..<20_000 { buckets.insert(ContentLockBuckets.bucket(of: "content-\(n)")) }
        #expect(buckets.allSatisfy { (0..<ContentLockBuckets.count).contains($0) })
        #expect(buckets.count == Int(ContentLockBuckets.count), "20,000 contents spread over every bucket, so a transaction never holds more")
    }
}

/// A paged document's claims and search hits cite their page on every backend (the page starts
/// are kept in the document's metadata, as the PDF reader writes them).
@Suite struct PageCitationConformanceTests {
    @Test(arguments: Backend.allCases)
    func claimsAndHitsCiteTheirPage(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let storage = try await LegacyContainerConformanceTests.storage(test, backend)
            let first = "Harbour report. The basin was surveyed in March.\n\n"
            let second = "Dredging will cost $14 million, the authority said. 港湾局の報告。"
            let text = first + second
            let figure = "$14 million"
            let start = text.unicodeScalars.count - second.unicodeScalars.count + second.distance(from: second.startIndex, to: second.range(of: figure)!.lowerBound)
            let claim = Claim(kind: .money, text: figure, start: start, end: start + figure.count, value: 14e6, currency: "USD",
                              metric: "cost", subject: "Dredging", sentence: "Dredging will cost $14 million, the authority said.")
            let document = ParsedDocument(kind: .document, format: "pdf", title: "Harbour report", text: text,
                                          metadata: ["page_starts": "0,\(first.unicodeScalars.count)", "pages": "2"])
            let outcome = FileOutcome(path: "/desk/report.pdf", size: 9, mtimeNanoseconds: 1, result: .parsed(
                contentHash: "P1", documents: [DocumentInput(document: document, textHash: "t-report", claims: [ClaimInput(claim: claim)])],
                warnings: []))
            _ = try await storage.write([outcome], sourceID: nil, parserVersion: 1, extractorVersion: 1)
            var query = ClaimQuery()
            query.limit = 10
            #expect(try await storage.claims(query).first?.source.page == 2)
            #expect(try await storage.search(SearchQuery(text: "dredging")).hits.first?.page == 2)
            #expect(try await storage.search(SearchQuery(text: "surveyed")).hits.first?.page == 1)
            #expect(try await storage.search(SearchQuery(text: "港湾局")).hits.first?.page == 2)
            try await storage.close()
        }
    }
}
