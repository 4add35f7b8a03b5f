public import DossierModel
import DossierClaims

/// The claims extractor as the front ends see it: text in, claims out.
public struct ClaimExtractorFacade: Sendable {
    private let extractor = ClaimExtractor()

    public init() {}

    /// Every figure in the text, in order, with offsets in Unicode scalars.
    public func extract(_ text: String) -> [Claim] {
        extractor.extract(from: text)
    }

    /// The most claims one text yields; reaching it means the rest of the text was not read for figures.
    public static var claimLimit: Int { ClaimExtractor.defaultClaimLimit }

    /// The running extractor's version (stored with each claim).
    public static var version: Int { ClaimExtractor.version }
}

extension Archive {
    /// The normalised form of a subject, as claims are grouped by.
    public static func subjectKey(_ subject: String) -> String {
        SubjectKey.normalize(subject)
    }
}
