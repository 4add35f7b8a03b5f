import Foundation
import DossierClaims
import DossierIngest
import DossierModel
import DossierStorage

/// Parsed documents to storable ones: the claims extractor runs here, in the
/// parallel part of the import, never in the writer.
enum DocumentPreparation {
    /// Every document of one file, in order. A file of many documents (a web archive, a zip, a
    /// mailbox, a feed) is shared between the cores: reading claims costs ten times parsing, and a
    /// single large archive would otherwise keep one core busy while the others wait.
    static func prepareAll(_ documents: [ParsedDocument], extractor: ClaimExtractor) -> [(DocumentInput, warning: String?)] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, documents.count)
        guard workers > 1 else { return documents.map { prepare($0, extractor: extractor) } }
        var results = [(DocumentInput, warning: String?)?](repeating: nil, count: documents.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Each worker fills its own stripe of the buffer.
                var i = worker
                while i < documents.count {
                    out[i] = prepare(documents[i], extractor: extractor)
                    i += workers
                }
            }
        }
        return results.map { $0! }
    }

    /// The document with its claims, and a warning when the text reached the
    /// extractor's limit of claims (see `ClaimExtractor.defaultClaimLimit`).
    static func prepare(_ document: ParsedDocument, extractor: ClaimExtractor) -> (DocumentInput, warning: String?) {
        // A structured filing's text is a serialisation of its facts: its figures are the facts, not prose.
        let extracted = factsOnlyFormats.contains(document.format) ? [] : extractor.extract(from: document.text, published: document.published)
        // A figure with no stated time holds as of the document's date.
        let documentDay = document.published.flatMap { $0.count >= 10 ? String($0.prefix(10)) : nil }
        let warning = extracted.count >= extractor.claimLimit
            ? "\(Self.describe(document)) has at least \(extractor.claimLimit) figures: only the first \(extractor.claimLimit) were kept as claims (is it a data file?)"
            : nil
        var claims = extracted.map {
            ClaimInput(claim: $0, subjectKey: $0.subject.map(SubjectKey.normalize), asOf: $0.period ?? documentDay)
        }
        if !document.facts.isEmpty {
            // Filing facts become claims too (origin `filing`), linked to their fact.
            let entity = document.metadata["company"] ?? document.metadata["issuer"] ?? document.publisher
            for (index, claim) in FilingClaims.linkedClaims(from: document.facts, entityName: entity, text: document.text,
                                                                       prose: extracted) {
                claims.append(ClaimInput(claim: claim, subjectKey: claim.subject.map(SubjectKey.normalize), factIndex: index,
                                         asOf: claim.period ?? claim.date ?? documentDay))
            }
        }
        return (DocumentInput(document: document, textHash: ContentHash.sha256(document.text), claims: claims), warning)
    }

    /// Formats whose text only lists the facts they carry (a Form D, a 13F holdings table). An XBRL
    /// instance's text is its text blocks (notes, policies): prose, read for claims like any other.
    static let factsOnlyFormats: Set<String> = ["form-d", "form-13f"]

    private static func describe(_ document: ParsedDocument) -> String {
        document.part.isEmpty ? "the text" : "document \(document.part)"
    }
}
