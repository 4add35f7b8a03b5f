import DossierModel

/// Why each claim is in a group and how it was compared (`xref --explain`):
/// the subject as written and the key it resolved to, where the measure came
/// from, the unit and period, and the claims it agrees or conflicts with.
public enum GroupExplanation {
    public static func lines(_ group: EvidenceGroup) -> [String] {
        var out = [
            "group \(group.id): \(group.title)",
            "verdict \(group.verdict.rawValue) (confidence \(group.confidence.rawValue)): \(group.reason)",
            "matched on: " + group.matchedOn.joined(separator: ", ") + "; unit " + group.key.dimension.description
                + (group.key.per.map { " per \($0)" } ?? "") + (group.key.isChange ? "; a change, not a level" : ""),
        ]
        for entry in group.entries {
            let s = entry.stored
            let who = s.source.publisher ?? s.source.title ?? "document \(s.document)"
            let when = ShownDate.of(s)
            out.append("")
            out.append("claim \(s.id) · document \(s.document) · \(who) · \(when) · \(FigureFormat.describe(entry.claim))")
            out.append("  subject “\(entry.claim.subject ?? "")” → \(group.subjectKey)")
            out.append("  measure " + measure(entry.claim))
            out.append("  period " + period(entry))
            let related = relations(of: s.id, in: group)
            if !related.isEmpty { out.append("  " + related.joined(separator: "; ")) }
            if !entry.notes.isEmpty { out.append("  notes: " + entry.notes.joined(separator: "; ")) }
            out.append("  “\(entry.claim.sentence)”")
        }
        return out
    }

    static func measure(_ claim: Claim) -> String {
        guard let key = MeasureKey(claim) else { return "none" }
        switch key.source {
        case .measure: return "“\(claim.measure ?? key.text)” → \(key.text) (named in its sentence)"
        case .metric: return "none named; grouped on its metric “\(claim.metric ?? "")” (coarse: never a conflict)"
        case .countedNoun: return "none named; grouped on its counted noun “\(key.text)” (coarse: never a conflict)"
        }
    }

    static func period(_ entry: EvidenceEntry) -> String {
        guard let period = entry.period else {
            return "not stated" + (entry.moment.map { "; taken as of its publication day \($0)" } ?? "")
        }
        return period + (entry.periodInferred ? " (inferred from a matching figure with a stated period)" : " (stated)")
    }

    static func relations(of id: Int64, in group: EvidenceGroup) -> [String] {
        func others(_ pairs: [ClaimPair]) -> [Int64] {
            pairs.compactMap { $0.earlier == id ? $0.later : ($0.later == id ? $0.earlier : nil) }
        }
        var out: [String] = []
        let agrees = others(group.agreements), conflicts = others(group.conflicts), changes = others(group.changes)
        if !agrees.isEmpty { out.append("agrees with claim " + agrees.map(String.init).joined(separator: ", ")) }
        if !conflicts.isEmpty { out.append("conflicts with claim " + conflicts.map(String.init).joined(separator: ", ")) }
        if !changes.isEmpty { out.append("changed relative to claim " + changes.map(String.init).joined(separator: ", ")) }
        return out
    }
}
