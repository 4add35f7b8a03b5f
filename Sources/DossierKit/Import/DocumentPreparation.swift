import DossierClaims
import DossierIngest
import DossierModel
import DossierStore

/// Parsed documents to storable ones: the claims extractor runs here, in the
/// parallel part of the import, never in the writer.
enum DocumentPreparation {
    static func prepare(_ document: ParsedDocument, extractor: ClaimExtractor) -> DocumentInput {
        let claims = extractor.extract(from: document.text).map { ClaimInput(claim: $0, subjectKey: nil) }
        return DocumentInput(document: document, textHash: ContentHash.sha256(document.text), claims: claims)
    }
}
