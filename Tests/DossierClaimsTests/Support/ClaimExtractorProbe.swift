import DossierClaims
import DossierModel

/// Runs the extractor once; a seam so tests read as prose.
enum ClaimExtractorProbe {
    static func claims(_ text: String) -> [Claim] { ClaimExtractor().extract(from: text) }
}
