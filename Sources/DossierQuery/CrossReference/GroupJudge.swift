import DossierModel
import DossierStorage
import Foundation

/// Judges one group: infers unstated periods, relates every pair of claims,
/// clusters the values and states the verdict with its reason.
enum GroupJudge {
    static func judge(_ members: [StoredClaim], key: QuantityKey, id: String, subject: String, behaviour: MetricBehaviour,
                      tolerance: Tolerance, syndication: Syndication) -> EvidenceGroup {
        let metric = commonestMetric(members) ?? key.measure
        var entries = members.map { stored in
            var entry = EvidenceEntry(stored, tolerance: tolerance)
            entry.copyRoot = syndication.root(stored.document)
            return entry
        }
        // One number per independent source, so a pair is compared only across sources.
        let components = ValueClustering.sourceComponents(members, copyRoot: { syndication.root($0) })
        for i in entries.indices { entries[i].source = components[entries[i].stored.document] ?? entries[i].stored.document }
        doubtPeriodsOfOneSentence(&entries)
        inferPeriods(&entries)

        let values = ValueClustering.cluster(&entries)
        var relations = Relations()
        for (i, j) in PairSelection.pairs(entries, behaviour: behaviour) {
            relations.record(PairRule.relation(entries[i], entries[j], behaviour: behaviour),
                             ClaimPair(earlier: entries[i].stored.id, later: entries[j].stored.id))
        }
        annotate(&entries, syndication: syndication)
        let verdict: Verdict = !relations.conflicts.isEmpty ? .conflict
            : !relations.changes.isEmpty ? .changed
            : !relations.agreements.isEmpty ? .agree : .related
        let byID = Dictionary(entries.map { ($0.stored.id, $0) }, uniquingKeysWith: { a, _ in a })
        var notes: [String] = []
        for pair in relations.conflicts.prefix(6) {
            guard let a = byID[pair.earlier], let b = byID[pair.later] else { continue }
            notes.append("conflict: \(describe(a)) vs \(describe(b))")
        }
        if !relations.changes.isEmpty {
            let timeline = timelineValues(entries, changes: relations.changes)
            notes.append("changed over time: " + timeline.joined(separator: " → "))
        }
        if relations.updates > 0 { notes.append(SideBySideReason.sameSourceUpdate.explanation) }
        for reason in relations.reasons { notes.append(reason.explanation) }
        let roots = Dictionary(entries.map { ($0.stored.document, $0.copyRoot) }, uniquingKeysWith: { a, _ in a })
        let independent = ValueClustering.independentSources(entries.map(\.stored), copyRoot: { roots[$0] ?? $0 })
        let periods = Set(entries.compactMap(\.period))
        let period = periods.count == 1 && entries.allSatisfy({ $0.period != nil }) ? periods.first : nil
        let confidence = confidence(entries, behaviour: behaviour)
        var group = EvidenceGroup(
            id: id, key: key, subject: subject, subjectKey: key.subject, measure: key.measure,
            metric: metric, period: period, verdict: verdict, confidence: confidence,
            matchedOn: matchedOn(key, period: period), reason: "", entries: entries, values: values,
            sideBySide: relations.reasons, conflicts: relations.conflicts, changes: relations.changes,
            agreements: relations.agreements, notes: notes, independent: independent)
        group.reason = VerdictReason.line(for: group, byID: byID, updates: relations.updates)
        return group
    }

    /// The pairs of a group by how they relate: the first ``kept`` of each kind (the verdict needs
    /// only one; people read a handful), so a group of thousands of claims stays small.
    struct Relations {
        static let kept = 100
        var conflicts: [ClaimPair] = []
        var changes: [ClaimPair] = []
        var agreements: [ClaimPair] = []
        var reasons: [SideBySideReason] = []
        var updates = 0

        mutating func record(_ relation: Relation, _ pair: ClaimPair) {
            switch relation {
            case .conflict: if conflicts.count < Self.kept { conflicts.append(pair) }
            case .changed: if changes.count < Self.kept { changes.append(pair) }
            case .agree: if agreements.count < Self.kept { agreements.append(pair) }
            case .update: updates += 1
            case .sideBySide(let reason): if !reasons.contains(reason) { reasons.append(reason) }
            case .notCompared: break
            }
        }
    }

    /// Low when any claim was grouped on its coarse metric; medium when a flow's
    /// figure states no period (it may be for another one); else high.
    static func confidence(_ entries: [EvidenceEntry], behaviour: MetricBehaviour) -> GroupConfidence {
        if entries.contains(where: { !$0.measureIsPrecise }) { return .low }
        if behaviour == .flow, entries.contains(where: { $0.period == nil }) { return .medium }
        return .high
    }

    static func matchedOn(_ key: QuantityKey, period: String?) -> [String] {
        var fields = ["subject", "measure", "unit"]
        if key.per != nil { fields.append("per") }
        if period != nil { fields.append("period") }
        return fields
    }

    static func commonestMetric(_ members: [StoredClaim]) -> String? {
        var counts: [String: Int] = [:]
        var first: [String] = []
        for metric in members.compactMap(\.claim.metric) where !metric.isEmpty {
            if counts[metric] == nil { first.append(metric) }
            counts[metric, default: 0] += 1
        }
        return first.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }

    /// Two different figures of one quantity in one sentence ("valued at $3.5
    /// billion, up from $1.2 billion in February", "cut from $20 billion to $5
    /// billion") hold at different times, and which time the sentence states
    /// (or whether its publication day is either's) is not known: neither keeps
    /// a period, and neither is compared as of a moment (see ``PairRule``).
    /// Bucketed by sentence, so a long document costs its claims, not their square.
    static func doubtPeriodsOfOneSentence(_ entries: inout [EvidenceEntry]) {
        var bySentence: [SentenceKey: [Int]] = [:]
        for i in entries.indices {
            bySentence[SentenceKey(document: entries[i].stored.document, sentence: entries[i].claim.sentence), default: []].append(i)
        }
        for indices in bySentence.values where indices.count > 1 {
            for (n, i) in indices.enumerated() {
                for j in indices.dropFirst(n + 1) {
                    guard let ia = entries[i].interval, let ib = entries[j].interval, !ia.agrees(with: ib) else { continue }
                    for k in [i, j] {
                        entries[k].period = nil
                        entries[k].periodDoubted = true
                    }
                }
            }
        }
    }

    struct SentenceKey: Hashable { var document: Int64; var sentence: String }

    /// An undated figure that matches exactly one stated period's figure is
    /// taken to be for that period ("revenue of $412.6 million" next to the
    /// 10-Q's Q3 fact).
    static func inferPeriods(_ entries: inout [EvidenceEntry]) {
        let stated = entries.filter { $0.period != nil && !$0.periodInferred }
        guard !stated.isEmpty else { return }
        for i in entries.indices where entries[i].period == nil {
            guard let interval = entries[i].interval else { continue }
            // Stops at a second period: only "exactly one" matters.
            var periods: Set<String> = []
            for s in stated where s.dimension == entries[i].dimension && s.interval.map(interval.agrees) == true {
                if let p = s.period { periods.insert(p) }
                if periods.count > 1 { break }
            }
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
            if e.periodDoubted { notes.append("its sentence gives another figure of this quantity: when each holds is not known") }
            if !e.measureIsPrecise { notes.append("no measure in its sentence: grouped on metric \(e.claim.metric ?? "?")") }
            if let original = syndication.copyOf(e.stored.document) {
                notes.append(e.isPrimary ? "another file of the filing in document \(original)" : "copy of document \(original)")
            }
            if let correction = e.stored.correction, correction.action == .correct {
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
