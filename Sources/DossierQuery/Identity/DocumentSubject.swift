import Foundation
import DossierModel
import DossierStorage

/// The entity a document is mostly about, for claims whose sentence gave no
/// usable subject: a pronoun the extractor could not resolve ("She raised
/// her target to $175"), or the measure itself ("Revenue rose to $4.19
/// billion", where the parse took the measure for the subject).
enum DocumentSubject {
    /// A document's main subject key: the commonest subject among its claims, when
    /// it is named at least twice, by at least a third of the claims that name
    /// a subject, and more often than any other. Nil otherwise.
    static func main(_ claims: [StoredClaim], resolver: SubjectResolver) -> [Int64: String] {
        var counts: [Int64: [String: Int]] = [:]
        for stored in claims {
            guard let subject = stored.claim.subject, !isStandIn(subject, claim: stored.claim) else { continue }
            let key = resolver.key(subject)
            guard !key.isEmpty else { continue }
            counts[stored.document, default: [:]][key, default: 0] += 1
        }
        var out: [Int64: String] = [:]
        for (document, keys) in counts {
            let total = keys.values.reduce(0, +)
            let ranked = keys.sorted { $0.value > $1.value }
            guard let best = ranked.first, best.value >= 2, best.value * 3 >= total,
                  ranked.count < 2 || ranked[1].value < best.value else { continue }
            out[document] = best.key
        }
        return out
    }

    /// True when the written subject stands in for one the sentence did not name.
    static func isStandIn(_ subject: String, claim: Claim) -> Bool {
        isPronoun(subject) || isTheMeasure(subject, claim: claim)
    }

    static func isPronoun(_ subject: String) -> Bool {
        // Pronouns are short: a longer subject is none (and is not lowercased for nothing).
        guard subject.utf8.count <= 8 else { return false }
        return MeasureWords.pronouns.contains(subject.lowercased().split(separator: " ").joined())
    }

    /// "Revenue rose to $4.19 billion": the parse took the measure for the subject. Not for a duration,
    /// whose measure is the activity that takes that long and is rightly its subject too
    /// ("the extraction of Corvid-3 took three weeks").
    static func isTheMeasure(_ subject: String, claim: Claim) -> Bool {
        guard claim.kind != .duration, let measure = MeasureKey(claim) else { return false }
        return MeasureKey.canonical(subject) == measure.text
    }

    /// The subject key a claim is grouped under: its own, or for a stand-in its document's main
    /// subject; nil when the document has none (a "valuation" keyed as its own subject would join
    /// every company's valuation).
    static func key(_ subject: String, claim: Claim, document: Int64, main: [Int64: String], resolver: SubjectResolver) -> String? {
        isStandIn(subject, claim: claim) ? main[document] : resolver.key(subject)
    }
}
