@testable import DossierPostgres
import DossierKit
import Foundation
import Testing

/// Words deep inside a long document are found as phrases and by NEAR, as they are early on.
@Suite struct LongDocumentConformanceTests {
    @Test(arguments: Backend.allCases)
    func phrasesFarIntoALongReportAreFound(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            // About 40,000 words: past the 16,383 word positions one PostgreSQL tsvector records.
            var paragraphs: [String] = []
            for n in 0..<4000 { paragraphs.append("Section \(n) reviews shipping volumes at the northern terminal in detail.") }
            paragraphs.append("The auditors found a zebra crossing ledger with unpaid invoices worth $7 million.")
            let root = try test.write(["annual-report.txt": "Annual report\n\n" + paragraphs.joined(separator: "\n\n")])
            let archive = try await test.open(.write(wait: 30))
            #expect(try await archive.importPaths([root]).imported == 1)
            #expect(try await archive.search(SearchQuery(text: "\"zebra crossing ledger\"")).hits.count == 1)
            #expect(try await archive.search(SearchQuery(text: "NEAR(zebra invoices, 5)")).hits.count == 1)
            #expect(try await archive.search(SearchQuery(text: "\"zebra invoices\"")).hits.isEmpty)
            #expect(try await archive.check().isHealthy)
            // A claim deep in the long text moved off its figure is found by the check (PostgreSQL walks
            // a long text once instead of asking `substr` for each claim).
            if backend == .postgres {
                try await Admin.run(test.reference, """
                    UPDATE claims SET start = start + 1, "end" = "end" + 1 WHERE text = '$7 million' AND origin = 'prose'
                    """)
                #expect(try await archive.check().misplacedClaims.count == 1)
                // A text changed behind Dossier's back leaves its index stale; repair makes it again.
                try await Admin.run(test.reference, "UPDATE documents SET text = replace(text, 'zebra crossing', 'pelican crossing')")
                _ = try await archive.repair()
                #expect(try await archive.search(SearchQuery(text: "\"pelican crossing ledger\"")).hits.count == 1)
                #expect(try await archive.search(SearchQuery(text: "zebra")).hits.isEmpty)
            }
            try await archive.close()
        }
    }

    @Test func chunksOverlapAndCoverTheText() {
        let words = (0..<30_000).map { "w\($0)" }
        let text = words.joined(separator: " ")
        let chunks = DocumentIndex.chunks(of: text)
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.count <= DocumentIndex.chunkCharacters })
        #expect(chunks.first?.hasPrefix("w0 ") == true && chunks.last?.hasSuffix("w29999") == true)
        for (a, b) in zip(chunks, chunks.dropFirst()) {
            let firstOfNext = b.split(separator: " ").first.map(String.init) ?? ""
            #expect(a.split(separator: " ").contains { String($0) == firstOfNext }, "each chunk starts inside the one before")
        }
        let covered = Set(chunks.flatMap { $0.split(separator: " ").map(String.init) })
        #expect(covered.count == words.count, "no word lost at a cut")
        #expect(DocumentIndex.chunks(of: "short text") == ["short text"])
    }
}
