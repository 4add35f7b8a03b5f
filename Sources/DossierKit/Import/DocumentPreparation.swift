import DossierClaims
import DossierIngest
import DossierModel
import DossierStore

/// Parsed documents to storable ones: the claims extractor runs here, in the
/// parallel part of the import, never in the writer.
enum DocumentPreparation {
    static func prepare(_ document: ParsedDocument, extractor: ClaimExtractor) -> DocumentInput {
        var claims = extractor.extract(from: document.text).map {
            ClaimInput(claim: $0, subjectKey: $0.subject.map(SubjectKey.normalize))
        }
        if !document.facts.isEmpty {
            // Filing facts become claims too (origin `filing`), linked to their fact.
            let entity = document.metadata["company"] ?? document.metadata["issuer"] ?? document.publisher
            for (index, claim) in FilingClaims.linkedClaims(from: document.facts, entityName: entity, text: document.text) {
                claims.append(ClaimInput(claim: claim, subjectKey: claim.subject.map(SubjectKey.normalize), factIndex: index))
            }
        }
        return DocumentInput(document: document, textHash: ContentHash.sha256(document.text), claims: claims)
    }
}
