import DossierModel
import DossierStore

/// Judges one group: infers unstated periods, relates every pair of claims,
/// clusters the values and states the verdict with its reasons.
enum GroupJudge {
    static func judge(_ members: [StoredClaim], subject: String, subjectKey: String, metric: String,
                      tolerance: Tolerance, syndication: Syndication) -> EvidenceGroup {
        let behaviour = MetricBehaviour(metric: metric)
        var entries = members.map { stored in
            var entry = EvidenceEntry(stored, tolerance: tolerance)
            entry.copyRoot = syndication.root(stored.document)
            return entry
        }
        inferPeriods(&entries)

        var conflicts: [ClaimPair] = []
        var changes: [ClaimPair] = []
        var reasons: [SideBySideReason] = []
        for i in entries.indices {
            for j in entries.indices where j > i {
                let pair = ClaimPair(earlier: entries[i].stored.id, later: entries[j].stored.id)
                switch PairRule.relation(entries[i], entries[j], behaviour: behaviour) {
                case .conflict: conflicts.append(pair)
                case .changed: changes.append(pair)
                case .sideBySide(let reason): if !reasons.contains(reason) { reasons.append(reason) }
                case .agree, .notCompared: break
                }
            }
        }
        let values = ValueClustering.cluster(&entries)
        annotate(&entries, syndication: syndication)
        let verdict: Verdict = !conflicts.isEmpty ? .conflict : (!changes.isEmpty ? .changed : .agree)
        let byID = Dictionary(entries.map { ($0.stored.id, $0) }, uniquingKeysWith: { a, _ in a })
        var notes: [String] = []
        for pair in conflicts.prefix(6) {
            guard let a = byID[pair.earlier], let b = byID[pair.later] else { continue }
            notes.append("conflict: \(describe(a)) vs \(describe(b))")
        }
        if !changes.isEmpty {
            let timeline = timelineValues(entries, changes: changes)
            notes.append("changed over time: " + timeline.joined(separator: " → "))
        }
        for reason in reasons { notes.append(reason.explanation) }
        let roots = Dictionary(entries.map { ($0.stored.document, $0.copyRoot) }, uniquingKeysWith: { a, _ in a })
        let independent = ValueClustering.independentSources(entries.map(\.stored), copyRoot: { roots[$0] ?? $0 })
        return EvidenceGroup(subject: subject, subjectKey: subjectKey, metric: metric, verdict: verdict, entries: entries,
                             values: values, sideBySide: reasons, conflicts: conflicts, changes: changes, notes: notes,
                             independent: independent)
    }

    /// An undated figure that matches exactly one stated period's figure is
    /// taken to be for that period ("revenue of $412.6 million" next to the
    /// 10-Q's Q3 fact).
    static func inferPeriods(_ entries: inout [EvidenceEntry]) {
        let stated = entries.filter { $0.period != nil && !$0.periodInferred }
        guard !stated.isEmpty else { return }
        for i in entries.indices where entries[i].period == nil {
            guard let interval = entries[i].interval else { continue }
            let periods = Set(stated.filter {
                $0.dimension == entries[i].dimension && $0.interval.map(interval.agrees) == true
            }.compactMap(\.period))
            if periods.count == 1, let period = periods.first {
                entries[i].period = period
                entries[i].periodInferred = true
            }
        }
    }

    static func annotate(_ entries: inout [EvidenceEntry], syndication: Syndication) {
        for i in entries.indices {
            var notes: [String] = []
            let e = entries[i]
            if e.isPrimary { notes.append("primary source (filing)") }
            if e.isEstimate {
                notes.append(e.claim.attribution.map { "estimate by \($0)" } ?? "estimate")
            }
            if let period = e.period { notes.append(e.periodInferred ? "period \(period) (inferred)" : "period \(period)") }
            if let original = syndication.copyOf(e.stored.document) {
                notes.append("syndicated copy of document \(original)")
            }
            if let correction = e.stored.correction, correction.action == "correct" {
                notes.append("corrected by a person" + (correction.reason.map { ": \($0)" } ?? ""))
            }
            entries[i].notes = notes
        }
    }

    static func describe(_ e: EvidenceEntry) -> String {
        let who = e.stored.source.publisher ?? e.stored.source.title ?? "document \(e.stored.document)"
        let when = e.stored.source.published.map { ", \($0.prefix(10))" } ?? ""
        return "\(FigureFormat.describe(e.claim)) (\(who)\(when))"
    }

    /// The distinct figures taking part in changes, in order of their moment.
    static func timelineValues(_ entries: [EvidenceEntry], changes: [ClaimPair]) -> [String] {
        let ids = Set(changes.flatMap { [$0.earlier, $0.later] })
        var seen: Set<Int> = []
        var out: [String] = []
        let ordered = entries.enumerated()
            .filter { ids.contains($0.element.stored.id) }
            .sorted { ($0.element.moment ?? "9999", $0.offset) < ($1.element.moment ?? "9999", $1.offset) }
        for (_, entry) in ordered where seen.insert(entry.valueIndex).inserted {
            out.append(FigureFormat.describe(entry.claim) + (entry.moment.map { " (\($0))" } ?? ""))
        }
        return out
    }
}
