public import DossierModel
import DossierClaims
import DossierLanguage

/// The claims extractor as the front ends see it: text in, claims out.
public struct ClaimExtractorFacade: Sendable {
    private let extractor = ClaimExtractor()

    public init() {}

    /// Every figure in the text, in order, with offsets in Unicode scalars. `published` (ISO 8601) is the
    /// document's date, against which "last year", "on Tuesday" and "Jan. 9" are resolved.
    public func extract(_ text: String, published: String? = nil) -> [Claim] {
        extractor.extract(from: text, published: published)
    }

    /// Every figure with the steps through the sentence's parse that chose its subject, measure and period.
    public func explain(_ text: String, published: String? = nil) -> [(claim: Claim, steps: [String])] {
        extractor.explain(from: text, published: published).map { ($0.claim, $0.steps) }
    }

    /// Why claims carry no measure, period or direction, when the language model could not be loaded (a
    /// binary copied without its resources folder); nil when it loads. Loads the model if nothing has yet:
    /// ask only after an extraction that had figures.
    public static func meaningProblem() -> String? {
        do {
            _ = try LanguageModel.english()
            return nil
        } catch {
            return "claims were read without their meaning (measure, period, direction): \(error)"
        }
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
