import Foundation
import DossierModel
import DossierStore

/// The entity a document is mostly about, for claims whose sentence gave no
/// usable subject: a pronoun the extractor could not resolve ("She raised
/// her target to $175"), or the measure itself ("Revenue rose to $4.19
/// billion", where the parse took the measure for the subject).
enum DocumentSubject {
    /// A document's main subject key: the commonest subject among its claims,
    /// when it is more than half of the claims that name one. Nil otherwise.
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
            // The commonest; among equals, the first in sort order, so the choice does not depend on hashing.
            guard let best = keys.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 2, best.value * 3 >= total else { continue }
            out[document] = best.key
        }
        return out
    }

    /// True when the written subject stands in for one the sentence did not name.
    static func isStandIn(_ subject: String, claim: Claim) -> Bool {
        isPronoun(subject) || isTheMeasure(subject, claim: claim)
    }

    static func isPronoun(_ subject: String) -> Bool {
        MeasureWords.pronouns.contains(subject.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// "Revenue rose to $4.19 billion": the parse took the measure for the subject. Not for a duration,
    /// whose measure is the activity that takes that long and is rightly its subject too
    /// ("the extraction of Corvid-3 took three weeks").
    static func isTheMeasure(_ subject: String, claim: Claim) -> Bool {
        guard claim.kind != .duration, let measure = MeasureKey(claim) else { return false }
        return MeasureKey.canonical(subject) == measure.text
    }

    /// The subject key a claim is grouped under: its own, or for a stand-in its document's main
    /// subject — a pronoun with no main subject names nothing; the measure taken for the subject is
    /// kept as written when the document has no main subject either.
    static func key(_ subject: String, claim: Claim, document: Int64, main: [Int64: String], resolver: SubjectResolver) -> String? {
        if isPronoun(subject) { return main[document] }
        if isTheMeasure(subject, claim: claim) { return main[document] ?? resolver.key(subject) }
        return resolver.key(subject)
    }
}
