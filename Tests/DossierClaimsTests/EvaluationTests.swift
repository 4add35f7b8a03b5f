import DossierClaims
import DossierModel
import Foundation
import Testing

/// The claims evaluation: data checks, scorer checks, and the extractor's scores.
@Suite(.serialized) struct EvaluationTests {
    /// The issue's bar, asserted on every run (figures F1 0.989 and metric
    /// accuracy 0.874 when it was switched on); `DOSSIER_EVAL_STRICT=0` only
    /// reports, for exploratory work on the extractor.
    static let figuresF1Bar = 0.95
    static let metricAccuracyBar = 0.85

    @Test func evaluationDataIsConsistent() throws {
        let set = try EvaluationSet.bundled()
        let problems = set.problems()
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(60).joined(separator: "\n"))")
        #expect(set.cases.count >= 400)
        let figureless = set.cases.filter { $0.claims.allSatisfy(\.optional) }
        #expect(figureless.count >= 60, "sentences with no figure or only traps: \(figureless.count)")
        let claims = set.cases.flatMap(\.claims).filter { !$0.optional }
        for kind in FigureKind.allCases {
            #expect(claims.filter { $0.kind == kind }.count >= 20, "too few \(kind.rawValue) claims")
        }
        for qualifier in Qualifier.allCases {
            #expect(claims.filter { $0.qualifier == qualifier }.count >= 8, "too few \(qualifier.rawValue) claims")
        }
        #expect(claims.filter(\.isRange).count >= 40, "too few ranges")
        #expect(Set(set.cases.map(\.style)).count >= 6)
    }

    @Test func scorerMatchesOnKindValueAndOverlap() throws {
        let line = #"{"id":"t-1","text":"Acme raised about $4.2 billion in 2025.","claims":[{"kind":"money","text":"$4.2 billion","value":4200000000,"currency":"USD","qualifier":"approximate","metric":"funding","subject":"Acme"},{"kind":"date","text":"2025","date":"2025"}]}"#
        let item = try #require(try EvaluationSet.parse(jsonl: line, style: "t").first)
        let scorer = EvaluationScorer()
        let close = Claim(kind: .money, text: "$4.2 billion", start: 18, end: 30, value: 4_210_000_000,
                          currency: "USD", qualifier: .approximate, metric: "funding", subject: "Acme Inc.",
                          sentence: item.text)
        let wrongValue = Claim(kind: .money, text: "$4.2", start: 18, end: 22, value: 4.2, currency: "USD",
                               sentence: item.text)
        let year = Claim(kind: .count, text: "2025", start: 34, end: 38, value: 2025, unit: "year",
                         sentence: item.text)
        let good = scorer.outcome(for: item, predicted: [close])
        #expect(good.matches.count == 1 && good.missed == [1] && good.spurious.isEmpty)
        let bad = scorer.outcome(for: item, predicted: [wrongValue, year])
        #expect(bad.matches.isEmpty && bad.missed == [0, 1] && bad.spurious == [0, 1])
        #expect(scorer.outcome(for: item, predicted: [wrongValue], requireValue: false).matches.count == 1)
        #expect(EvaluationScorer.sameName("Acme", "Acme Inc."))
        #expect(!EvaluationScorer.sameName("Acme", "Acmeon"))
        #expect(EvaluationScorer.sameUnit("Months", "month"))
        #expect(item.isWordBoundary(18..<30) && !item.isWordBoundary(18..<25))
    }

    /// Feeding the expectations back as predictions must score perfectly, and
    /// nudging every value by 1% must lose every non-date match: this pins the
    /// offset arithmetic and the tolerance.
    @Test func scorerGivesTheExpectationsAPerfectScore() throws {
        let set = try EvaluationSet.bundled()
        func oracle(_ text: String, scale: Double) -> [Claim] {
            guard let item = set.cases.first(where: { $0.text == text }) else { return [] }
            return item.claims.filter { !$0.optional }.compactMap { want in
                guard let range = item.scalarRange(of: want) else { return nil }
                return Claim(kind: want.kind, text: want.text, start: range.lowerBound, end: range.upperBound,
                             value: want.value.map { $0 * scale }, low: want.low.map { $0 * scale },
                             high: want.high.map { $0 * scale }, currency: want.currency, unit: want.unit,
                             date: want.date, qualifier: want.qualifier, metric: want.metric,
                             subject: want.subject, attribution: want.attribution, sentence: text)
            }
        }
        let perfect = EvaluationScorer().score(set) { oracle($0, scale: 1) }
        #expect(perfect.overall.f1 == 1)
        #expect(perfect.overall.falsePositives == 0 && perfect.overall.falseNegatives == 0)
        for accuracy in [perfect.metric, perfect.subject, perfect.qualifier, perfect.currency, perfect.unit] {
            #expect(accuracy.value == 1)
        }
        let nudged = EvaluationScorer().score(set) { oracle($0, scale: 1.01) }
        let dates = set.cases.flatMap(\.claims).filter { !$0.optional && $0.kind == .date }.count
        #expect(nudged.overall.truePositives == dates)
        #expect(nudged.spanOnly.f1 == 1)
    }

    @Test func extractorScoresOnTheEvaluationSet() throws {
        let set = try EvaluationSet.bundled()
        let extractor = ClaimExtractor()
        let report = EvaluationScorer().score(set) { extractor.extract(from: $0) }
        print(report.rendered(examples: 40))
        if let path = ProcessInfo.processInfo.environment["DOSSIER_EVAL_DUMP_OLDER"] {
            try report.meaningRows(includingOlder: true).write(toFile: path, atomically: true, encoding: .utf8)
        }
        if ProcessInfo.processInfo.environment["DOSSIER_EVAL_STRICT"] != "0" {
            #expect(report.overall.f1 >= Self.figuresF1Bar, "figures F1 \(report.overall.f1)")
            #expect(report.metric.value >= Self.metricAccuracyBar, "metric accuracy \(report.metric.value)")
        }
    }
}

/// The cases written for claim meaning (#13), in `EvaluationDrafts/`: labelled for measure, period and
/// direction and the new kinds and metrics, which the extractor only partly produces yet, so they are
/// scored and reported here and join the asserted set as the extractor catches up.
@Suite struct EvaluationDraftTests {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("EvaluationDrafts")
    }

    @Test func draftsAreReadableAndTheirSpansAreInTheirText() throws {
        let set = try EvaluationSet.load(directory: Self.folder)
        #expect(set.cases.count >= 700, "\(set.cases.count) draft cases")
        #expect(set.cases.allSatisfy { $0.published != nil })
        var missing: [String] = []
        for item in set.cases {
            for claim in item.claims where item.scalarRange(of: claim) == nil { missing.append("\(item.id): «\(claim.text)»") }
            for claim in item.claims where claim.direction != nil {
                if !["up", "down"].contains(claim.direction!) { missing.append("\(item.id): direction \(claim.direction!)") }
            }
        }
        #expect(missing.isEmpty, "\(missing.prefix(20).joined(separator: "\n"))")
        let traps = set.cases.filter { $0.claims.allSatisfy(\.optional) }
        #expect(traps.count >= 150, "cases with no figure: \(traps.count)")
    }

    @Test func extractorScoresOnTheDrafts() throws {
        let set = try EvaluationSet.load(directory: Self.folder)
        let extractor = ClaimExtractor()
        let report = EvaluationScorer().score(set) { extractor.extract(from: $0, published: $1) }
        // `DOSSIER_EVAL_EXAMPLES=N` lists the first N misses, false claims and field disagreements.
        let examples = Int(ProcessInfo.processInfo.environment["DOSSIER_EVAL_EXAMPLES"] ?? "") ?? 0
        print(report.rendered(examples: examples))
        if let path = ProcessInfo.processInfo.environment["DOSSIER_EVAL_DUMP"] {
            try report.meaningRows().write(toFile: path, atomically: true, encoding: .utf8)
        }
        // The bars of #13 that are met are asserted: figures F1 (0.951 measured in session 12) and direction (0.92).
        #expect(report.overall.f1 >= 0.95, "figures F1 \(report.overall.f1)")
        #expect(report.direction.value >= 0.90, "direction \(report.direction.value)")
        // The others have floors a little under what session 12 measured, so a regression fails, and the bars
        // as known issues, each failing loudly once it is met (to be moved up into the asserted ones).
        #expect(report.fullSubject.value >= 0.63, "subject \(report.fullSubject.value)")
        #expect(report.measure.value >= 0.50, "measure \(report.measure.value)")
        #expect(report.period.value >= 0.80, "period \(report.period.value)")
        #expect(report.fullMetric.value >= 0.75, "metric \(report.fullMetric.value)")
        withKnownIssue("subject below the 0.80 bar") { #expect(report.fullSubject.value >= 0.80) }
        withKnownIssue("measure below the 0.70 bar") { #expect(report.measure.value >= 0.70) }
        withKnownIssue("period below the 0.85 bar") { #expect(report.period.value >= 0.85) }
        withKnownIssue("metric below the 0.85 bar") { #expect(report.fullMetric.value >= 0.85) }
    }
}
