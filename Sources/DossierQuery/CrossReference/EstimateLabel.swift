public import DossierModel
import Foundation

/// Whether a claim is labelled as an estimate ("analysts estimate", "she
/// expects", "forecast", "guidance"): such figures are one person's view, set
/// side by side with other people's views rather than called contradictions.
public enum EstimateLabel {
    static let cues = [
        "estimate", "forecast", "expect", "projected", "projection", "projects ", "predict", "anticipate",
        "guidance", "outlook", "reckon", "believes", "could cost", "would cost", "might cost", "may cost",
    ]

    public static func isEstimate(_ claim: Claim) -> Bool {
        var sentence = claim.sentence.lowercased()
        // "cost an estimated $5 million" hedges a reported figure; it is not someone's forecast.
        if has(sentence, "estimated") {
            for hedge in hedges { sentence = sentence.replacingOccurrences(of: hedge, with: " ") }
        }
        return cues.contains { has(sentence, $0) }
    }

    static func has(_ text: String, _ part: String) -> Bool {
        TextSearch.contains(text, part)
    }

    /// Phrases that contain a cue but only say a figure is approximate.
    static let hedges = ["an estimated ", "estimated total of "]

    /// Who the estimate belongs to, normalised for comparison, or nil when unattributed.
    public static func estimator(_ claim: Claim) -> String? {
        guard let attribution = claim.attribution?.lowercased() else { return nil }
        let words = attribution.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        // "analyst Dana Whitfield" and "Whitfield" are one person: key on the last name-like word.
        return words.last.map(String.init)
    }
}
