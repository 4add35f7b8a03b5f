import DossierModel
import Foundation

/// Scores of an extractor on the evaluation set, per kind, per style and per field.
struct EvaluationReport: Sendable {
    var outcomes: [CaseOutcome]
    var byKind: [FigureKind: Tally] = [:]
    var byStyle: [String: Tally] = [:]
    /// Kind and value over every figure: the issue's "figures F1".
    var overall = Tally()
    /// Kind and overlapping span, value ignored: shows how many misses are value errors.
    var spanOnly: Tally
    /// Metric over matched claims where either side names one.
    var metric = Accuracy()
    /// Metric over every matched claim (null = null counts as right).
    var metricWithNulls = Accuracy()
    var subject = Accuracy()
    var attribution = Accuracy()
    var qualifier = Accuracy()
    var currency = Accuracy()
    var unit = Accuracy()
    /// Claim meaning, over matched claims of cases with `published` (fully labelled): measure by
    /// head word where either side has one, measure as a phrase, period and direction (null = null
    /// counts), subject where the label has one, and metric with the new classes.
    var measure = Accuracy()
    var measurePhrase = Accuracy()
    var period = Accuracy()
    var direction = Accuracy()
    var fullSubject = Accuracy()
    /// Subject words equal to the label's (case, punctuation and a leading "the" aside): no credit for part
    /// of a name ("Cobalt" for "Cobalt Pay") or for a longer phrase.
    var exactSubject = Accuracy()
    /// Figures whose label has no subject (non-dates): right when none is given.
    var noSubject = Accuracy()
    var fullMetric = Accuracy()
    /// A rate's denominator, where either side has one.
    var per = Accuracy()
    /// Predicted metrics outside ``Metric``'s vocabulary, with how often they appear.
    var unknownMetrics: [String: Int] = [:]

    init(outcomes: [CaseOutcome], spanOnly: Tally, scorer: EvaluationScorer) {
        self.outcomes = outcomes
        self.spanOnly = spanOnly
        for outcome in outcomes {
            let claims = outcome.item.claims
            for pair in outcome.matches where !claims[pair.expected].optional {
                count(claims[pair.expected].kind, style: outcome.item.style) { $0.truePositives += 1 }
                if outcome.item.published == nil {
                    compareFields(claims[pair.expected], outcome.predicted[pair.predicted])
                } else {
                    compareMeaning(claims[pair.expected], outcome.predicted[pair.predicted])
                }
            }
            for i in outcome.missed {
                count(claims[i].kind, style: outcome.item.style) { $0.falseNegatives += 1 }
            }
            for claim in outcome.predicted {
                if let name = claim.metric, Metric(rawValue: name) == nil { unknownMetrics[name, default: 0] += 1 }
            }
            for j in outcome.spurious {
                count(outcome.predicted[j].kind, style: outcome.item.style) { $0.falsePositives += 1 }
            }
        }
    }

    private mutating func count(_ kind: FigureKind, style: String, _ change: (inout Tally) -> Void) {
        change(&byKind[kind, default: Tally()])
        change(&byStyle[style, default: Tally()])
        change(&overall)
    }

    /// A predicted metric in the vocabulary of the older cases, which predate the classes of claim meaning
    /// (their README: "the older cases keep the list above"): a share is a market share when its measure
    /// says so, and the other new classes were `null` there.
    static func legacyMetric(_ got: Claim) -> String? {
        guard let name = got.metric, let metric = Metric(rawValue: name) else { return got.metric }
        if metric == .share { return got.measure?.contains("market share") == true ? Metric.marketShare.rawValue : nil }
        return metric.isGeneric ? nil : name
    }

    private mutating func compareFields(_ want: ExpectedClaim, _ got: Claim) {
        var got = got
        got.metric = Self.legacyMetric(got)
        qualifier.record(want.qualifier == got.qualifier)
        metricWithNulls.record(want.metric == got.metric)
        if want.metric != nil || got.metric != nil { metric.record(want.metric == got.metric) }
        if want.subject != nil { subject.record(EvaluationScorer.sameName(want.subject, got.subject)) }
        if want.attribution != nil {
            attribution.record(EvaluationScorer.sameName(want.attribution, got.attribution))
        }
        if want.kind == .money { currency.record(want.currency?.uppercased() == got.currency?.uppercased()) }
        if want.unit != nil { unit.record(EvaluationScorer.sameUnit(want.unit, got.unit)) }
    }

    private mutating func compareMeaning(_ want: ExpectedClaim, _ got: Claim) {
        qualifier.record(want.qualifier == got.qualifier)
        if want.kind == .money { currency.record(want.currency?.uppercased() == got.currency?.uppercased()) }
        if want.unit != nil { unit.record(EvaluationScorer.sameUnit(want.unit, got.unit)) }
        if want.attribution != nil {
            attribution.record(EvaluationScorer.sameName(want.attribution, got.attribution))
        }
        if want.subject != nil {
            fullSubject.record(EvaluationScorer.sameName(want.subject, got.subject))
            exactSubject.record(got.subject.map { EvaluationScorer.words($0) == EvaluationScorer.words(want.subject!) } ?? false)
        } else if want.kind != .date {
            noSubject.record(got.subject == nil)
        }
        if want.metric != nil || got.metric != nil { fullMetric.record(want.metric == got.metric) }
        if want.measure != nil || got.measure != nil {
            measure.record(EvaluationScorer.sameMeasureHead(want.measure, got.measure))
            measurePhrase.record(want.measure?.lowercased() == got.measure?.lowercased())
        }
        if want.kind != .date { period.record(want.period == got.period) }
        direction.record(want.direction == got.direction?.rawValue)
        if want.per != nil || got.per != nil { per.record(want.per?.lowercased() == got.per) }
    }

    /// Every matched figure of the fully labelled cases as JSON Lines (`id`, `text`, `sentence`, then
    /// `want`/`got` per meaning field), for studying disagreements outside the test run.
    func meaningRows(includingOlder: Bool = false) -> String {
        var out = ""
        for outcome in outcomes where outcome.item.published != nil || includingOlder {
            for pair in outcome.matches where !outcome.item.claims[pair.expected].optional {
                let want = outcome.item.claims[pair.expected], got = outcome.predicted[pair.predicted]
                let row: [String: String?] = [
                    "id": outcome.item.id, "text": want.text, "sentence": outcome.item.text, "kind": want.kind.rawValue,
                    "subject": want.subject, "got_subject": got.subject, "metric": want.metric, "got_metric": got.metric,
                    "measure": want.measure, "got_measure": got.measure, "period": want.period, "got_period": got.period,
                    "direction": want.direction, "got_direction": got.direction?.rawValue,
                ]
                let data = try? JSONSerialization.data(withJSONObject: row.mapValues { $0 ?? NSNull() as Any }, options: [.sortedKeys])
                out += (data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}") + "\n"
            }
        }
        return out
    }

    // MARK: Rendering

    /// A plain-text report: tables first, then up to `examples` misses, false
    /// positives and metric/subject disagreements with their sentences.
    func rendered(examples: Int = 40) -> String {
        var out = "Claims evaluation: \(outcomes.count) cases, "
        out += "\(outcomes.reduce(0) { $0 + $1.item.claims.filter { !$0.optional }.count }) expected claims\n\n"
        out += row("kind", "P", "R", "F1", "TP", "FP", "FN")
        for kind in FigureKind.allCases { out += tallyRow(kind.rawValue, byKind[kind] ?? Tally()) }
        out += tallyRow("ALL (figures)", overall)
        out += tallyRow("span only", spanOnly)
        out += "\n" + row("style", "P", "R", "F1", "TP", "FP", "FN")
        for style in byStyle.keys.sorted() { out += tallyRow(style, byStyle[style] ?? Tally()) }
        out += "\nField accuracy over matched claims:\n"
        for (name, acc) in [
            ("metric (either named)", metric), ("metric (incl. null=null)", metricWithNulls),
            ("subject", subject), ("attribution", attribution), ("qualifier", qualifier),
            ("currency", currency), ("unit", unit),
            ("subject (labelled cases)", fullSubject), ("subject (exact words)", exactSubject),
            ("no subject where none", noSubject), ("metric (new classes)", fullMetric),
            ("measure (head word)", measure), ("measure (phrase)", measurePhrase),
            ("period (null=null)", period), ("direction (null=null)", direction), ("per (either named)", per),
        ] {
            out += "  " + pad(name, 26) + String(format: "%.3f  (%d/%d)\n", acc.value, acc.correct, acc.total)
        }
        if !unknownMetrics.isEmpty {
            out += "  metrics outside Metric:   "
                + unknownMetrics.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        out += section("False negatives (missed)", examples) { outcome in
            outcome.missed.map { i in
                let want = outcome.item.claims[i]
                var line = "  - \(outcome.item.id) want " + describe(want)
                if let range = outcome.item.scalarRange(of: want),
                   let near = outcome.predicted.first(where: { range.overlaps($0.start..<max($0.end, $0.start + 1)) }) {
                    line += "\n      got  " + describe(near)
                }
                return line + "\n      | " + outcome.item.text
            }
        }
        out += section("False positives", examples) { outcome in
            outcome.spurious.map { "  - \(outcome.item.id) got " + describe(outcome.predicted[$0]) + "\n      | " + outcome.item.text }
        }
        out += section("Metric or subject disagreements", examples) { outcome in
            outcome.matches.compactMap { pair in
                let want = outcome.item.claims[pair.expected], got = outcome.predicted[pair.predicted]
                guard !want.optional else { return nil }
                let metricOK = want.metric == got.metric
                let subjectOK = want.subject == nil || EvaluationScorer.sameName(want.subject, got.subject)
                if metricOK && subjectOK { return nil }
                return "  - \(outcome.item.id) «\(want.text)» metric \(want.metric ?? "nil")→\(got.metric ?? "nil"), "
                    + "subject \(want.subject ?? "nil")→\(got.subject ?? "nil")\n      | " + outcome.item.text
            }
        }
        return out
    }

    private func section(_ title: String, _ limit: Int, _ lines: (CaseOutcome) -> [String]) -> String {
        let all = outcomes.flatMap(lines)
        var out = "\n\(title): \(all.count)" + (all.count > limit ? ", first \(limit)" : "") + "\n"
        for line in all.prefix(limit) { out += line + "\n" }
        return out
    }

    private func tallyRow(_ name: String, _ t: Tally) -> String {
        row(name, String(format: "%.3f", t.precision), String(format: "%.3f", t.recall),
            String(format: "%.3f", t.f1), "\(t.truePositives)", "\(t.falsePositives)", "\(t.falseNegatives)")
    }

    private func row(_ name: String, _ cells: String...) -> String {
        "  " + pad(name, 16) + cells.map { pad($0, 7) }.joined() + "\n"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}

/// One-line descriptions of claims for the report.
private func describe(_ c: ExpectedClaim) -> String {
    figure(c.kind, c.value, c.low, c.high, c.currency, c.unit, c.date)
        + " \(c.qualifier.rawValue) metric=\(c.metric ?? "nil") subject=\(c.subject ?? "nil") «\(c.text)»"
}

private func describe(_ c: Claim) -> String {
    figure(c.kind, c.value, c.low, c.high, c.currency, c.unit, c.date)
        + " \(c.qualifier.rawValue) metric=\(c.metric ?? "nil") subject=\(c.subject ?? "nil") «\(c.text)»"
}

private func figure(
    _ kind: FigureKind, _ value: Double?, _ low: Double?, _ high: Double?,
    _ currency: String?, _ unit: String?, _ date: String?
) -> String {
    var s = kind.rawValue
    if let value { s += " " + number(value) }
    if low != nil || high != nil { s += " [\(low.map(number) ?? "?")–\(high.map(number) ?? "?")]" }
    if let currency { s += " " + currency }
    if let unit { s += " " + unit }
    if let date { s += " " + date }
    return s
}

private func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
}
