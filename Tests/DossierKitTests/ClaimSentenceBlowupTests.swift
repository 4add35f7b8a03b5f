import DossierKit
import Foundation
import Testing

/// Regression: text without full stops reads as one huge "sentence", and every
/// figure in it carried that whole sentence, so output and storage grew as
/// figures × length (18 KB of "costs rose 5% and " gave 18 MB of claims; a
/// 64 MB file would have asked for terabytes).
@Suite struct ClaimSentenceBlowupTests {
    @Test func figuresInARunOnSentenceCarryOnlyTheWordsAroundThem() {
        let text = String(repeating: "costs rose 5% and ", count: 1_000)
        let claims = ClaimExtractorFacade().extract(text)
        #expect(claims.count == 1_000)
        let longest = claims.map(\.sentence.utf8.count).max() ?? 0
        // Figures every 18 bytes: each claim keeps about 20 words either side, not 2,000 bytes.
        #expect(longest <= 300, "a claim carries \(longest) bytes of sentence")
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            // The window is the input around the figure, and holds it.
            #expect(text.contains(claim.sentence))
            let figure = String(String.UnicodeScalarView(scalars[claim.start..<claim.end]))
            #expect(claim.text == figure && claim.sentence.contains(figure))
        }
    }

    @Test func sparseFiguresInARunOnSentenceKeepTheirWideContext() {
        // A figure every 1,500 bytes or so: each claim keeps about 1,000 bytes either side.
        let filler = String(repeating: "the committee heard further testimony about the harbour works ", count: 24)
        let text = (0..<20).map { "\(filler)costs rose \($0 + 1)% and " }.joined()
        let claims = ClaimExtractorFacade().extract(text)
        #expect(claims.count == 20)
        #expect(claims.dropFirst().dropLast().allSatisfy { $0.sentence.utf8.count > 1_800 && $0.sentence.utf8.count <= 2_100 },
                "\(claims.map(\.sentence.utf8.count))")
    }

    @Test func aDocumentStopsAtTheClaimLimitWithAWarning() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(repeating: "costs rose 5% and ", count: 500).write(to: folder.appendingPathComponent("dump.txt"), atomically: true, encoding: .utf8)
        try "Memo\n\nCosts rose 5% and sales 7%.\n".write(to: folder.appendingPathComponent("memo.txt"), atomically: true, encoding: .utf8)
        let archive = try Archive.open(path: folder.appendingPathComponent("k.sqlite").path)
        var options = ImportOptions()
        options.claimLimit = 100
        let summary = try await archive.importPaths([folder.appendingPathComponent("dump.txt").path,
                                                     folder.appendingPathComponent("memo.txt").path], options: options)
        #expect(summary.imported == 2)
        #expect(summary.failed == 0)
        #expect(summary.claims == 102)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.path.hasSuffix("dump.txt") == true)
        #expect(summary.warnings.first?.reason.contains("only the first 100 were kept") == true)
    }

    @Test func ordinarySentencesAreStillCarriedWhole() {
        let text = "Revenue rose 12% to $4.2 billion in the quarter, the company said. Costs fell 3%."
        let claims = ClaimExtractorFacade().extract(text)
        #expect(claims.first?.sentence == "Revenue rose 12% to $4.2 billion in the quarter, the company said.")
        #expect(claims.last?.sentence == "Costs fell 3%.")
    }
}
