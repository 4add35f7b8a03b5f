import DossierClaims
import DossierModel
import Foundation
import Testing

/// Writes every metric and subject disagreement of the evaluation set to the file named by
/// `DOSSIER_EVAL_DUMP`: the report prints only the first few, tuning needs the whole list.
@Suite struct FieldDisagreements {
    @Test func dumpWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["DOSSIER_EVAL_DUMP"] else { return }
        let set = try EvaluationSet.bundled()
        let extractor = ClaimExtractor()
        let report = EvaluationScorer().score(set) { extractor.extract(from: $0) }
        var metric = "", subject = ""
        for outcome in report.outcomes {
            for pair in outcome.matches {
                let want = outcome.item.claims[pair.expected], got = outcome.predicted[pair.predicted]
                guard !want.optional else { continue }
                if want.metric != got.metric, want.metric != nil || got.metric != nil {
                    metric += "\(outcome.item.id) «\(want.text)» \(want.metric ?? "nil")→\(got.metric ?? "nil")\n    | \(outcome.item.text)\n"
                }
                if want.subject != nil, !EvaluationScorer.sameName(want.subject, got.subject) {
                    subject += "\(outcome.item.id) «\(want.text)» \(want.subject ?? "nil")→\(got.subject ?? "nil")\n    | \(outcome.item.text)\n"
                }
            }
        }
        try (metric + "\n=== SUBJECT ===\n" + subject).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Prints the claims of the text in `DOSSIER_PROBE`, one line each: a probe while developing.
@Suite struct ClaimProbe {
    @Test func printWhenAsked() {
        guard let text = ProcessInfo.processInfo.environment["DOSSIER_PROBE"] else { return }
        for line in text.split(separator: "\n") {
            for c in ClaimExtractor().extract(from: String(line)) {
                print("PROBE [\(c.kind.rawValue)] «\(c.text)» unit=\(c.unit ?? "-") metric=\(c.metric ?? "-") subject=\(c.subject ?? "-") attr=\(c.attribution ?? "-")")
            }
        }
    }
}

/// Writes every miss, false positive and disagreement on the claim-meaning drafts to the file named by
/// `DOSSIER_DRAFT_DUMP`, one section per field.
@Suite struct DraftDisagreements {
    @Test func dumpWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["DOSSIER_DRAFT_DUMP"] else { return }
        let set = try EvaluationSet.load(directory: EvaluationDraftTests.folder)
        let extractor = ClaimExtractor()
        let report = EvaluationScorer().score(set) { extractor.extract(from: $0, published: $1) }
        var sections: [String: String] = [:]
        for outcome in report.outcomes {
            let id = outcome.item.id
            for i in outcome.missed {
                let w = outcome.item.claims[i]
                sections["missed", default: ""] += "\(id) \(w.kind.rawValue) «\(w.text)» date=\(w.date ?? "-")\n    | \(outcome.item.text)\n"
            }
            for j in outcome.spurious {
                let g = outcome.predicted[j]
                sections["spurious", default: ""] += "\(id) \(g.kind.rawValue) «\(g.text)» unit=\(g.unit ?? "-")\n    | \(outcome.item.text)\n"
            }
            for pair in outcome.matches {
                let w = outcome.item.claims[pair.expected], g = outcome.predicted[pair.predicted]
                guard !w.optional else { continue }
                let line = { (name: String, want: String?, got: String?) in
                    sections[name, default: ""] += "\(id) «\(w.text)» \(want ?? "nil") → \(got ?? "nil")\n    | \(outcome.item.text)\n"
                }
                if w.subject != nil, !EvaluationScorer.sameName(w.subject, g.subject) { line("subject", w.subject, g.subject) }
                if (w.measure != nil || g.measure != nil), !EvaluationScorer.sameMeasureHead(w.measure, g.measure) {
                    line("measure", w.measure, g.measure)
                }
                if w.kind != .date, w.period != g.period { line("period", w.period, g.period) }
                if w.direction != g.direction?.rawValue { line("direction", w.direction, g.direction?.rawValue) }
            }
        }
        let text = sections.keys.sorted().map { "=== \($0.uppercased()) ===\n" + sections[$0]! }.joined(separator: "\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
