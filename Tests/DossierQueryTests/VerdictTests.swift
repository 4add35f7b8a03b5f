import DossierModel
import DossierQuery
import DossierStorage
import Testing

@Suite struct VerdictTests {
    typealias F = EvidenceFixtures

    // MARK: agree

    @Test func roughlyAHundredMillionAgreesWithNinetySeven() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 100e6, qualifier: .approximate, metric: "cost", subject: "GPT-4 training", published: "2024-03-12"),
            F.claim(2, doc: 2, value: 97e6, metric: "cost", subject: "GPT-4 training", published: "2024-05-01"),
        ]))
        #expect(group.verdict == .agree)
        #expect(group.values.count == 1)
        #expect(group.values[0].independent == 2)
    }

    @Test func lowerBoundAgreesWithAFigureAboveIt() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 30e9, qualifier: .moreThan, metric: "valuation", subject: "Anthropic", published: "2024-11-18"),
            F.claim(2, doc: 2, value: 32e9, qualifier: .approximate, metric: "valuation", subject: "Anthropic", published: "2024-11-18"),
        ]))
        #expect(group.verdict == .agree)
    }

    @Test func upperBoundAgreesWithAFigureBelowItAndConflictsWithOneAbove() throws {
        let below = try #require(F.group([
            F.claim(1, doc: 1, kind: .duration, value: 18, unit: "month", qualifier: .atMost, metric: "time", subject: "the build"),
            F.claim(2, doc: 2, kind: .duration, value: 1, unit: "year", metric: "time", subject: "the build"),
        ]))
        #expect(below.verdict == .agree)
        let above = try #require(F.group([
            F.claim(1, doc: 1, kind: .duration, value: 18, unit: "month", qualifier: .atMost, metric: "time", subject: "the build"),
            F.claim(2, doc: 2, kind: .duration, value: 3, unit: "year", metric: "time", subject: "the build"),
        ]))
        #expect(above.verdict == .conflict)
    }

    @Test func overlappingRangesAgree() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, low: 1e6, high: 10e6, published: "2024-09-17"),
            F.claim(2, doc: 2, low: 5e6, high: 12e6, published: "2024-09-18"),
            F.claim(3, doc: 3, value: 6e6, published: "2024-09-19"),
        ]))
        #expect(group.verdict == .agree)
        #expect(group.conflicts.isEmpty)
    }

    // MARK: conflict

    @Test func threeWeeksConflictsWithTwoToFourMonths() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, kind: .duration, low: 2, high: 4, unit: "month", metric: "time", subject: "Corvid-3 extraction",
                    publisher: "Northgate Wire", published: "2024-09-17"),
            F.claim(2, doc: 2, kind: .duration, value: 3, unit: "week", metric: "time", subject: "Corvid-3 extraction",
                    publisher: "The Circuit Register", published: "2025-02-11"),
        ]))
        #expect(group.verdict == .conflict)
        #expect(group.conflicts == [ClaimPair(earlier: 1, later: 2)])
        #expect(group.notes.first?.hasPrefix("conflict:") == true)
    }

    @Test func aboutTwentyFiveMillionConflictsWithOneToTenMillion() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, low: 1e6, high: 10e6, published: "2024-09-17"),
            F.claim(2, doc: 2, value: 25e6, qualifier: .approximate, published: "2025-02-11"),
        ]))
        #expect(group.verdict == .conflict)
        #expect(group.values.count == 2)
    }

    @Test func differentValuationsForTheSameStatedDateConflict() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 18.4e9, metric: "valuation", subject: "Anthropic", period: "2025-03-04",
                    published: "2025-03-04T10:00:00Z"),
            F.claim(2, doc: 2, value: 61.5e9, metric: "valuation", subject: "Anthropic", period: "2025-03-04",
                    published: "2025-03-05T18:00:00Z"),
        ]))
        #expect(group.verdict == .conflict)
    }

    @Test func aLevelReportedHoursApartWithoutADateIsATimeline() throws {
        // A death toll of 12 in the morning and 19 in the evening: the count rose; nobody contradicted anybody.
        let group = try #require(F.group([
            F.claim(1, doc: 1, kind: .count, value: 12, unit: "people", metric: nil, measure: "death toll", subject: "Ashmoor floods",
                    published: "2026-03-10T08:00:00Z"),
            F.claim(2, doc: 2, kind: .count, value: 19, unit: "people", metric: nil, measure: "death toll", subject: "Ashmoor floods",
                    published: "2026-03-10T18:00:00Z"),
        ]))
        #expect(group.verdict == .changed)
    }

    // MARK: changed

    @Test func aLaterValuationIsAChangeNotAConflict() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 18.4e9, metric: "valuation", subject: "Anthropic", published: "2024-03-12"),
            F.claim(2, doc: 2, value: 30e9, qualifier: .moreThan, metric: "valuation", subject: "Anthropic", published: "2024-11-18"),
            F.claim(3, doc: 3, value: 32e9, qualifier: .approximate, metric: "valuation", subject: "Anthropic", published: "2024-11-20"),
            F.claim(4, doc: 4, value: 61.5e9, metric: "valuation", subject: "Anthropic", published: "2025-03-04"),
        ]))
        #expect(group.verdict == .changed)
        #expect(group.conflicts.isEmpty)
        #expect(group.changes.contains(ClaimPair(earlier: 1, later: 4)))
        let timeline = try #require(group.notes.first { $0.hasPrefix("changed over time") })
        #expect(timeline.contains("$18.4 billion"))
        #expect(timeline.contains("$61.5 billion"))
        #expect(timeline.range(of: "$18.4 billion")!.lowerBound < timeline.range(of: "$61.5 billion")!.lowerBound)
    }

    @Test func aLaterDifferentCostOfTheSameThingIsStillAConflict() throws {
        // A training run's cost does not move over time: two figures for it contradict.
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 100e6, metric: "cost", subject: "Corvid-3 training", published: "2024-03-12"),
            F.claim(2, doc: 2, value: 250e6, metric: "cost", subject: "Corvid-3 training", published: "2025-03-12"),
        ]))
        #expect(group.verdict == .conflict)
    }

    // MARK: not a conflict

    @Test func aFlowForDifferentFiscalYearsIsTwoQuantities() throws {
        let groups = CrossReference(claims: [
            F.claim(1, doc: 1, value: 1.2e9, metric: "revenue", subject: "Meridian",
                    sentence: "Meridian reported revenue of $1.2 billion for fiscal 2024.", published: "2024-12-01"),
            F.claim(2, doc: 2, value: 1.56e9, metric: "revenue", subject: "Meridian",
                    sentence: "Revenue reached $1.56 billion in fiscal 2025, the company said.", published: "2025-12-01"),
        ], resolver: .plain, minimumDocuments: 1).groups
        #expect(groups.map(\.period) == ["FY2024", "FY2025"], "one group per period, never compared")
        #expect(Set(groups.map(\.id)).count == 2, "each period's group has its own id")
        #expect(groups.allSatisfy { $0.verdict == .related && $0.reason == "no verdict: only one independent source" })
        #expect(groups.map(\.title) == ["Meridian · revenue · FY2024", "Meridian · revenue · FY2025"])
    }

    @Test func claimDatesForDifferentQuartersAreSideBySideEvenForAFixedMetric() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 40e6, date: "2025-Q2", metric: "cost", subject: "Meridian data centre"),
            F.claim(2, doc: 2, value: 55e6, date: "2025-Q3", metric: "cost", subject: "Meridian data centre"),
        ]))
        #expect(group.verdict == .related)
        #expect(group.sideBySide == [.differentPeriods])
    }

    @Test func estimatesByDifferentAnalystsAreSideBySide() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 500e6, qualifier: .approximate, metric: "cost", subject: "next-generation training run",
                    attribution: "analyst Dana Whitfield",
                    sentence: "Analyst Dana Whitfield estimates the next run at about $500 million.", published: "2025-06-02"),
            F.claim(2, doc: 2, value: 1e9, qualifier: .approximate, metric: "cost", subject: "next-generation training run",
                    attribution: "Kemi Oyelaran", sentence: "Kemi Oyelaran expects it to cost about $1 billion.", published: "2025-06-03"),
        ]))
        #expect(group.verdict == .related)
        #expect(group.conflicts.isEmpty)
        #expect(group.sideBySide == [.differentAnalysts])
        #expect(group.entries.allSatisfy { $0.isEstimate })
        #expect(group.values.count == 2, "both estimates stay visible as separate values")
    }

    @Test func anAnalystRevisingHerOwnEstimateIsAChange() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 500e6, qualifier: .approximate, metric: "cost", subject: "next-generation training run",
                    attribution: "Whitfield", sentence: "Whitfield estimates about $500 million.", published: "2025-06-02"),
            F.claim(2, doc: 2, value: 750e6, qualifier: .approximate, metric: "cost", subject: "next-generation training run",
                    attribution: "Dana Whitfield", sentence: "Whitfield now estimates about $750 million.", published: "2026-03-03"),
        ]))
        #expect(group.verdict == .changed)
    }

    @Test func unlabelledFiguresFromDifferentSourcesAreNotTreatedAsEstimates() throws {
        // Attribution alone is not an estimate label: "according to X" figures are compared.
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 500e6, attribution: "Whitfield", sentence: "It cost $500 million, according to Whitfield."),
            F.claim(2, doc: 2, value: 1e9, attribution: "Oyelaran", sentence: "It cost $1 billion, Oyelaran said."),
        ]))
        #expect(group.verdict == .conflict)
    }

    @Test func anEstimateBesideAFilingValueIsNotAConflict() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, low: 450e6, high: 470e6, metric: "revenue", subject: "Meridian Compute",
                    sentence: "Meridian expects fourth-quarter revenue between $450 million and $470 million.", published: "2025-11-06"),
            F.claim(2, doc: 2, value: 480.2e6, metric: "revenue", subject: "Meridian Compute", origin: .filing,
                    published: "2026-02-19"),
        ]))
        #expect(group.verdict == .related)
        #expect(group.sideBySide == [.estimateAndFiling])
        #expect(group.entries[1].isPrimary)
        #expect(group.entries[1].notes.contains("primary source (filing)"))
    }

    @Test func filingJoinsTheGroupAndAnUndatedMatchingFigureTakesItsPeriod() throws {
        let groups = CrossReference(claims: [
            F.claim(1, doc: 1, value: 412.6e6, metric: "revenue", subject: "Meridian Compute",
                    sentence: "Revenue rose to $412.6 million.", published: "2025-11-06"),
            F.claim(2, doc: 2, value: 412_600_000, date: "2025-07-01/2025-09-30", metric: "revenue", subject: "Meridian Compute",
                    origin: .filing, published: "2025-11-07"),
            F.claim(3, doc: 2, value: 231_400_000, date: "2024-07-01/2024-09-30", metric: "revenue", subject: "Meridian Compute",
                    origin: .filing, published: "2025-11-07"),
        ], resolver: .plain, minimumDocuments: 1).groups
        let group = try #require(groups.first { $0.period == "2025-Q3" })
        #expect(group.verdict == .agree)
        #expect(group.entries.map(\.stored.id) == [1, 2])
        #expect(group.entries[0].periodInferred)
        let q3 = group.values[group.entries[0].valueIndex]
        #expect(q3.primary)
        #expect(q3.independent == 2)
        // The year-earlier quarter is its own quantity.
        #expect(groups.first { $0.period == "2024-Q3" }?.entries.map(\.stored.id) == [3])
    }

    @Test func anUndatedFlowFigureThatMatchesNoPeriodIsNotCompared() throws {
        let groups = CrossReference(claims: [
            F.claim(1, doc: 1, value: 1.65e9, metric: "revenue", subject: "Meridian Compute", published: "2025-11-06"),
            F.claim(2, doc: 2, value: 412.6e6, date: "2025-07-01/2025-09-30", metric: "revenue", subject: "Meridian Compute",
                    origin: .filing, published: "2025-11-06"),
        ], resolver: .plain, minimumDocuments: 1).groups
        // The undated figure matches no period's figure: it stays apart, with the figures whose period is not stated.
        #expect(groups.map { $0.entries.map(\.stored.id) } == [[1], [2]])
        #expect(groups.map(\.period) == [nil, "2025-Q3"])
        #expect(groups.allSatisfy { $0.verdict == .related })
    }

    @Test func differentCurrenciesAreDifferentQuantities() throws {
        let groups = CrossReference(claims: [
            F.claim(1, doc: 1, value: 10e6, currency: "USD"),
            F.claim(2, doc: 2, value: 25e6, currency: "EUR"),
        ], resolver: .plain, minimumDocuments: 1).groups
        #expect(groups.map(\.key.dimension.unit) == ["EUR", "USD"] || groups.map(\.key.dimension.unit) == ["USD", "EUR"])
        #expect(groups.allSatisfy { $0.verdict == .related && $0.conflicts.isEmpty })
    }

    @Test func figuresInOneDocumentNeverContradictEachOther() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 18.4e9, metric: "valuation", subject: "Anthropic", published: "2024-11-18"),
            F.claim(2, doc: 1, value: 30e9, qualifier: .moreThan, metric: "valuation", subject: "Anthropic", published: "2024-11-18"),
        ]))
        // One source stating two figures (or "cut from $20 billion to $5 billion") is neither agreement nor conflict.
        #expect(group.verdict == .related)
        #expect(group.reason == "no verdict: only one independent source")
        #expect(group.conflicts.isEmpty && group.changes.isEmpty)
    }

    @Test func aSyndicatedCopyIsOneIndependentSource() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, low: 1e6, high: 10e6, publisher: "Northgate Wire", published: "2024-09-17", textHash: "same"),
            F.claim(2, doc: 2, low: 1e6, high: 10e6, publisher: "Riverside Daily Chronicle", published: "2024-09-17", textHash: "same"),
            F.claim(3, doc: 3, value: 5e6, publisher: "Northgate Wire", published: "2024-10-01"),
            F.claim(4, doc: 4, low: 1e6, high: 10e6, publisher: "Portside", published: "2024-11-18"),
        ]))
        #expect(group.verdict == .agree)
        #expect(group.documents == 4)
        #expect(group.values.count == 1)
        #expect(group.values[0].independent == 2, "the copy shares the wire's text; the second wire story shares its publisher")
        #expect(group.entries[1].notes.contains("copy of document 1"))
    }

    @Test func theVerdictIsConflictWhenAnyPairConflictsEvenAmongChanges() throws {
        let group = try #require(F.group([
            F.claim(1, doc: 1, value: 18.4e9, metric: "valuation", subject: "Anthropic", published: "2024-03-12"),
            F.claim(2, doc: 2, value: 61.5e9, metric: "valuation", subject: "Anthropic", published: "2025-03-04"),
            F.claim(3, doc: 3, value: 40e9, metric: "valuation", subject: "Anthropic", published: "2025-03-04"),
        ]))
        #expect(group.verdict == .conflict)
        #expect(!group.changes.isEmpty)
    }
}
