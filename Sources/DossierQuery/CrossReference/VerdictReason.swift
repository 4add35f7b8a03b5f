import Foundation

/// The one line that says why a group got its verdict, the same in every
/// output format: "same subject, measure and period; $4.2 billion vs $3.9
/// billion differ by 7%".
enum VerdictReason {
    static func line(for group: EvidenceGroup, byID: [Int64: EvidenceEntry], updates: Int) -> String {
        switch group.verdict {
        case .conflict:
            guard let pair = group.conflicts.first, let a = byID[pair.earlier], let b = byID[pair.later] else { return "conflict" }
            return "\(sameness(a, b)); \(FigureFormat.describe(a.claim)) vs \(FigureFormat.describe(b.claim))\(difference(a, b))"
        case .changed:
            let timeline = GroupJudge.timelineValues(group.entries, changes: group.changes)
            return "same subject and measure at different times; " + timeline.joined(separator: " → ")
        case .agree:
            guard let pair = group.agreements.first, let a = byID[pair.earlier], let b = byID[pair.later] else { return "agree" }
            let sources = group.independent
            return "\(sameness(a, b)); \(sources) independent source\(sources == 1 ? "" : "s") agree on \(FigureFormat.describe(a.claim))"
        case .related:
            if group.independent < 2 {
                return updates > 0 ? "no verdict: one source, which updated its own figure" : "no verdict: only one independent source"
            }
            if group.sideBySide.contains(.measureNotStated) {
                return "no verdict: some sentences name no measure, so the figures may be different quantities"
            }
            if group.sideBySide.contains(.differentPeriods) || group.sideBySide.contains(.periodNotStated) {
                return "no verdict: the figures are for different or unstated periods"
            }
            if group.sideBySide.contains(.differentAnalysts) || group.sideBySide.contains(.estimateAndFiling) {
                return "no verdict: estimates are shown beside other figures, not compared with them"
            }
            return "no verdict: no two independent sources state it for a comparable time"
        }
    }

    static func sameness(_ a: EvidenceEntry, _ b: EvidenceEntry) -> String {
        if let pa = a.period, let pb = b.period, pa == pb { return "same subject, measure and period (\(pa))" }
        if let ma = a.moment, ma == b.moment { return "same subject and measure, same day (\(ma))" }
        return "same subject and measure"
    }

    /// ", differ by 7%" between two point figures; nothing for ranges and bounds.
    static func difference(_ a: EvidenceEntry, _ b: EvidenceEntry) -> String {
        guard let x = a.claim.value, let y = b.claim.value, a.interval?.isRange == false, b.interval?.isRange == false,
              max(abs(x), abs(y)) > 0 else { return "" }
        let percent = abs(x - y) / max(abs(x), abs(y)) * 100
        let shown = percent >= 10 ? String(Int(percent.rounded())) : String(format: "%.1f", percent)
        return " differ by \(shown)%"
    }
}
