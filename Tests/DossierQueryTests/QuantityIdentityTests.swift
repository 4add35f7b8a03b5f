import DossierModel
@testable import DossierQuery
import DossierStorage
import Testing

/// Which claims state the same quantity (``QuantityKey``), and who counts as
/// an independent source (``SourceIdentity``).
@Suite struct QuantityIdentityTests {
    typealias F = EvidenceFixtures

    static func groups(_ claims: [StoredClaim], minimumDocuments: Int = 1) -> [EvidenceGroup] {
        CrossReference(claims: claims, resolver: .plain, minimumDocuments: minimumDocuments).groups
    }

    @Test func aPriceAMonthAndAPriceAYearAreDifferentQuantities() {
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 14.99, metric: "price", per: "month", subject: "Streamly Plus", published: "2026-01-05"),
            F.claim(2, doc: 2, value: 149, metric: "price", per: "year", subject: "Streamly Plus", published: "2026-01-05"),
            F.claim(3, doc: 3, value: 14.99, metric: "price", per: "month", subject: "Streamly Plus", published: "2026-01-06"),
        ])
        #expect(groups.count == 2)
        #expect(groups.allSatisfy { $0.conflicts.isEmpty })
        let monthly = groups.first { $0.key.per == "month" }
        #expect(monthly?.verdict == .agree)
        #expect(monthly?.entries.map(\.stored.id) == [1, 3])
    }

    @Test func aChangeIsNotTheLevelItChanges() {
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 2e9, metric: "revenue", direction: .up, subject: "Acme", published: "2026-02-01"),
            F.claim(2, doc: 2, value: 9e9, metric: "revenue", subject: "Acme", published: "2026-02-01"),
        ])
        #expect(groups.count == 2, "\"revenue rose $2 billion\" and \"revenue of $9 billion\" are two quantities")
        #expect(groups.allSatisfy { $0.verdict == .related })
    }

    @Test func synonymsOfOneLineItemMeetAndModifiersOfTimeAreDropped() {
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 4.2e9, metric: "revenue", measure: "net sales", subject: "Acme", period: "2026-Q1"),
            F.claim(2, doc: 2, value: 4.19e9, metric: "revenue", measure: "quarterly revenue", subject: "Acme", period: "2026-Q1"),
            F.claim(3, doc: 3, value: 1.1e9, metric: "cost", measure: "cost of sales", subject: "Acme", period: "2026-Q1"),
        ])
        let revenue = groups.first { $0.measure == "revenue" }
        #expect(revenue?.entries.map(\.stored.id) == [1, 2])
        #expect(revenue?.verdict == .agree)
        #expect(revenue?.confidence == .high)
        #expect(revenue?.title == "Acme · revenue · 2026-Q1")
        #expect(revenue?.matchedOn == ["subject", "measure", "unit", "period"])
        #expect(groups.contains { $0.measure == "cost of sales" && $0.entries.count == 1 })
    }

    @Test func figuresKeyedOnlyByACoarseMetricAreGroupedOnlyByValue() throws {
        // "Cost" covers cost of sales, R&D and a fine alike: without a measure two different costs are two quantities.
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 66e9, metric: "cost", measure: .some(nil), subject: "Apple", published: "2026-01-30"),
            F.claim(2, doc: 2, value: 8e9, metric: "cost", measure: .some(nil), subject: "Apple", published: "2026-01-30"),
            F.claim(3, doc: 3, value: 66.1e9, metric: "cost", measure: .some(nil), subject: "Apple", published: "2026-01-31"),
        ])
        #expect(groups.map { $0.entries.map(\.stored.id) } == [[1, 3], [2]])
        #expect(groups.allSatisfy { $0.confidence == .low && $0.conflicts.isEmpty })
        #expect(groups[0].verdict == .agree, "the same value from two outlets still agrees")
        #expect(groups[0].entries.allSatisfy { $0.notes.contains("no measure in its sentence: grouped on metric cost") })
        #expect(groups[0].id != groups[1].id)
    }

    @Test func aCoarseFigureJoinsTheNamedMeasureOnlyWhenItsValueMatches() {
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 25e6, metric: "fine", subject: "Greymarsh Bank", published: "2026-03-17"),
            F.claim(2, doc: 2, value: 25e6, metric: "fine", measure: .some(nil), subject: "Greymarsh Bank", published: "2026-03-17"),
            F.claim(3, doc: 3, value: 9e6, metric: "fine", measure: .some(nil), subject: "Greymarsh Bank", published: "2026-03-18"),
        ])
        #expect(groups.map { $0.entries.map(\.stored.id) } == [[1, 2], [3]])
    }

    @Test func aCountWithNoMeasureIsKeyedByItsCountedNoun() throws {
        let group = try #require(Self.groups([
            F.claim(1, doc: 1, kind: .count, value: 12, unit: "people", metric: nil, subject: "Ferry fire", published: "2026-04-02"),
            F.claim(2, doc: 2, kind: .count, value: 19, unit: "people", metric: nil, subject: "Ferry fire", published: "2026-04-03"),
        ]).first)
        #expect(group.measure == "people")
        // A running count: a later, higher count is a change, not a contradiction; but keyed only by its noun it gets no verdict.
        #expect(group.verdict == .related)
    }

    @Test func aPublisherUpdatingItsOwnFigureIsNotAConflict() throws {
        let group = try #require(Self.groups([
            F.claim(1, doc: 1, value: 25e6, metric: "fine", subject: "Corvid Labs", publisher: "The Harbour Times", published: "2026-03-01"),
            F.claim(2, doc: 2, value: 2.5e6, metric: "fine", subject: "Corvid Labs", publisher: "harbourtimes.example", published: "2026-03-02"),
        ]).first)
        #expect(group.conflicts.isEmpty)
        #expect(group.verdict == .related)
        #expect(group.independent == 1)
        #expect(group.reason == "no verdict: one source, which updated its own figure")
    }

    @Test func aConflictSaysWhyInOneLine() throws {
        let group = try #require(Self.groups([
            F.claim(1, doc: 1, value: 4.2e9, metric: "revenue", subject: "Acme", period: "2026-Q1", published: "2026-04-20"),
            F.claim(2, doc: 2, value: 4.6e9, metric: "revenue", subject: "Acme", period: "2026-Q1", published: "2026-04-21"),
        ]).first)
        #expect(group.verdict == .conflict)
        #expect(group.reason.hasPrefix("same subject, measure and period (2026-Q1); "))
        #expect(group.reason.hasSuffix(" differ by 8.7%"))
    }

    @Test func theFilesOfOneFilingAreOneSource() throws {
        let group = try #require(Self.groups([
            F.claim(1, doc: 1, value: 412.6e6, metric: "revenue", subject: "Meridian", period: "2025-07-01/2025-09-30",
                    origin: .filing, publisher: nil, published: "2025-11-07", location: "/f/0000999123-25-000042/mc-20250930.htm"),
            F.claim(2, doc: 2, value: 412.6e6, metric: "revenue", subject: "Meridian", period: "2025-07-01/2025-09-30",
                    origin: .filing, publisher: nil, published: "2025-11-07", location: "/f/0000999123-25-000042/mc-20250930_htm.xml"),
        ]).first)
        #expect(group.independent == 1)
        #expect(group.verdict == .related, "an inline XBRL page and its instance do not agree with each other: they are one filing")
        #expect(group.entries.map(\.period) == ["2025-Q3", "2025-Q3"])
    }

    @Test(arguments: [
        ("0000999123-25-000042", "0000999123-25-000042"),
        ("000099912325000042", "0000999123-25-000042"),
        ("0000999123-25-00042", nil),
        ("2025-09-30", nil),
        ("mc-20250930.htm", nil),
    ] as [(String, String?)])
    func accessionNumbers(_ text: String, _ expected: String?) {
        #expect(SourceIdentity.normalizedAccession(text) == expected)
    }

    @Test(arguments: [
        ("Reuters", "reuters"), ("reuters.com", "reuters"), ("https://www.reuters.com/", "reuters"),
        ("The Ledger Review", "ledgerreview"), ("ledgerreview.example", "ledgerreview"), ("bbc.co.uk", "bbc"), ("The", "the"), ("  ", nil),
    ] as [(String, String?)])
    func publisherKeys(_ name: String, _ expected: String?) {
        #expect(SourceIdentity.publisherKey(name) == expected)
    }

    @Test func everySynonymMapsToAKeyThatIsItselfCanonical() {
        for (spelling, key) in MeasureWords.synonyms {
            #expect(MeasureKey.canonical(spelling) == key, "\(spelling)")
            #expect(MeasureKey.canonical(key) == key, "\(key) must not be rewritten again")
        }
    }

    @Test func everyDroppedModifierIsDroppedOnlyBeforeAHead() {
        for word in MeasureWords.droppedModifiers {
            #expect(MeasureKey.canonical("\(word) backlog") == "backlog", "\(word)")
            #expect(MeasureKey.canonical(word) == MeasureWords.synonyms[word, default: word], "a lone \(word) stays")
        }
    }

    @Test func everyMetricFallbackIsMarkedCoarse() {
        for (metric, measure) in MeasureWords.metricMeasure {
            let claim = Claim(kind: .money, text: "x", start: 0, end: 1, value: 1, metric: metric, sentence: "x")
            #expect(MeasureKey(claim) == MeasureKey(text: measure, source: .metric), "\(metric)")
        }
    }

    /// "count", "rate", "share" say what kind of number a figure is, not which quantity: they key nothing
    /// (a count falls back on its counted noun), and their figures move over time.
    @Test func genericClassesKeyNothingAndMoveOverTime() {
        for metric in Metric.allCases where metric.isGeneric {
            let claim = Claim(kind: .percent, text: "x", start: 0, end: 1, value: 1, metric: metric.rawValue, sentence: "x")
            #expect(MeasureKey(claim) == nil, "\(metric)")
            #expect(MetricBehaviour(metric: metric.rawValue) == .level, "\(metric)")
        }
        let count = Claim(kind: .count, text: "x", start: 0, end: 1, value: 1, unit: "jobs", metric: "count", sentence: "x")
        #expect(MeasureKey(count) == MeasureKey(text: "job", source: .countedNoun))
    }

    /// "12 people" measured only by its counted noun may be the dead or the rescued: not precise. The event
    /// makes it so ("killed person").
    @Test func aCountedNounAloneIsNotAPreciseMeasure() {
        func key(_ measure: String, unit: String) -> MeasureKey? {
            MeasureKey(Claim(kind: .count, text: "x", start: 0, end: 1, value: 12, unit: unit, measure: measure, sentence: "x"))
        }
        #expect(key("person", unit: "people")?.isPrecise == false)
        #expect(key("job", unit: "jobs")?.isPrecise == false)
        #expect(key("killed person", unit: "people")?.isPrecise == true)
        #expect(key("recalled van", unit: "vans") == MeasureKey(text: "recalled van", source: .measure))
    }

    @Test func filingPeriodsMeetProsePeriods() {
        #expect(Period.normalized("2025-07-01/2025-09-30") == "2025-Q3")
        #expect(Period.normalized("2025-07/2025-09") == "2025-Q3")
        #expect(Period.normalized("2025-09-28/2025-12-27") == "2025-Q4", "a 13-week fiscal quarter")
        #expect(Period.normalized("2024-12-29/2025-12-27") == "FY2025", "a 52-week fiscal year")
        #expect(Period.normalized("2025-01-01/2025-09-30") == "2025-01/2025-09")
        #expect(Period.normalized("2025-01/2025-09") == "2025-01/2025-09")
    }

    @Test func aPronounOrTheMeasureAsSubjectTakesTheDocumentsMainSubject() {
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 4.19e9, metric: "revenue", subject: "Pellwater", period: "2025-Q3"),
            F.claim(2, doc: 1, value: 9.6e9, metric: "backlog", subject: "Pellwater"),
            F.claim(3, doc: 2, value: 4.19e9, metric: "revenue", subject: "Revenue", period: "2025-Q3"),
            F.claim(4, doc: 2, value: 1.87, metric: "earnings", subject: "Pellwater"),
            F.claim(5, doc: 2, value: 2.1, metric: "dividend", subject: "Pellwater"),
            F.claim(6, doc: 3, value: 175, metric: "price target", subject: "She"),
        ])
        let revenue = groups.first { $0.measure == "revenue" }
        #expect(revenue?.entries.map(\.stored.id) == [1, 3], "\"Revenue rose to…\" is about the document's main subject")
        #expect(revenue?.subjectKey == "pellwater")
        #expect(!groups.contains { $0.entries.contains { $0.stored.id == 6 } }, "a pronoun in a document with no main subject stays ungrouped")
        #expect(DocumentSubject.isStandIn("She", claim: Claim(kind: .money, text: "x", start: 0, end: 1, sentence: "x")))
        let took = Claim(kind: .duration, text: "3 weeks", start: 0, end: 1, value: 3, unit: "week",
                         measure: "extraction of corvid-3", sentence: "The extraction of Corvid-3 took three weeks.")
        #expect(!DocumentSubject.isStandIn("extraction of Corvid-3", claim: took), "a duration's activity is its subject")
        #expect(!DocumentSubject.isStandIn("Shell", claim: Claim(kind: .money, text: "x", start: 0, end: 1, sentence: "x")))
    }

    @Test func holdingsTablesAreNotCrossReferenced() {
        var holding = F.claim(1, doc: 1, value: 5e6, metric: "investment", subject: "Kestrel Mining", origin: .filing)
        holding.source.format = "form-13f"
        let xref = CrossReference(claims: [holding, F.claim(2, doc: 2, value: 5e6, metric: "investment", subject: "Kestrel Mining")],
                                  resolver: .plain, minimumDocuments: 1)
        #expect(xref.ungrouped.map(\.id) == [1])
        #expect(xref.groups.map { $0.entries.map(\.stored.id) } == [[2]])
    }

    @Test func aChangeStatedInOneSentenceIsNotComparedAsOfItsDay() throws {
        // Outlet A: "cut its forecast from $20 billion to $5 billion"; outlet B the same day: "$20 billion".
        let sentence = "Acme cut its capital spending plan from $20 billion to $5 billion on Tuesday."
        let groups = Self.groups([
            F.claim(1, doc: 1, value: 20e9, metric: "investment", measure: "capital spending plan", subject: "Acme",
                    sentence: sentence, published: "2026-05-05T09:00:00Z"),
            F.claim(2, doc: 1, value: 5e9, metric: "investment", measure: "capital spending plan", subject: "Acme",
                    sentence: sentence, published: "2026-05-05T09:00:00Z"),
            F.claim(3, doc: 2, value: 20e9, metric: "investment", measure: "capital spending plan", subject: "Acme",
                    published: "2026-05-05T09:00:00Z"),
        ])
        let group = try #require(groups.first)
        #expect(group.conflicts.isEmpty, "which figure holds on Tuesday is not known")
        #expect(group.entries.filter(\.periodDoubted).map(\.stored.id) == [1, 2])
    }

    @Test func estimatesWithoutTheSameNamedAuthorAreNotCompared() throws {
        let group = try #require(Self.groups([
            F.claim(1, doc: 1, value: 4.8e9, metric: "revenue", subject: "Acme", period: "2026-Q3",
                    sentence: "Analysts expect third-quarter revenue of $4.8 billion."),
            F.claim(2, doc: 2, value: 5.2e9, metric: "revenue", subject: "Acme", period: "2026-Q3", attribution: "Dana Whitfield",
                    sentence: "Whitfield expects revenue of $5.2 billion."),
        ]).first)
        #expect(group.verdict == .related)
        #expect(group.sideBySide == [.differentAnalysts])
    }

    @Test(arguments: [
        ("daily active users", "monthly active users"), ("monthly subscription", "annual subscription"),
        ("current assets", "assets"), ("diluted earnings per share", "basic earnings per share"),
    ])
    func differentQuantitiesKeepDifferentMeasures(_ a: String, _ b: String) {
        #expect(MeasureKey.canonical(a) != MeasureKey.canonical(b))
    }

    @Test func aDocumentWithTwoEquallyCommonSubjectsHasNoMainSubject() {
        let main = DocumentSubject.main([
            F.claim(1, doc: 1, value: 1, subject: "Acme"), F.claim(2, doc: 1, value: 2, subject: "Acme"),
            F.claim(3, doc: 1, value: 3, subject: "Globex"), F.claim(4, doc: 1, value: 4, subject: "Globex"),
            F.claim(5, doc: 2, value: 5, subject: "Globex"), F.claim(6, doc: 2, value: 6, subject: "Globex"),
            F.claim(7, doc: 2, value: 7, subject: "It"),
        ], resolver: .plain)
        #expect(main == [2: "globex"])
    }

    @Test func everyPronounIsAStandIn() {
        for word in MeasureWords.pronouns {
            #expect(DocumentSubject.isStandIn(word.capitalized, claim: Claim(kind: .money, text: "x", start: 0, end: 1, sentence: "x")), "\(word)")
        }
    }

    @Test func everyTopLevelLabelIsDroppedFromAPublishersDomain() {
        for label in SourceIdentity.topLevelLabels {
            #expect(SourceIdentity.publisherKey("harbourtimes.\(label)") == "harbourtimes", "\(label)")
        }
    }

    @Test func everyEstimateCueMarksAnEstimateAndEveryHedgeDoesNot() {
        func isEstimate(_ sentence: String) -> Bool {
            EstimateLabel.isEstimate(Claim(kind: .money, text: "x", start: 0, end: 1, sentence: sentence))
        }
        for cue in EstimateLabel.cues {
            #expect(isEstimate("Dana Whitfield \(cue) it at $5 million."), "\(cue)")
        }
        for hedge in EstimateLabel.hedges {
            #expect(!isEstimate("The work cost \(hedge)$5 million."), "\(hedge)")
        }
    }

    @Test func textSearchFindsPiecesByteByByte() {
        #expect(TextSearch.contains("analysts expect $5m", "expect"))
        #expect(TextSearch.contains("café’s forecast", "forecast"))
        #expect(TextSearch.contains("abc", "abc") && TextSearch.contains("abc", ""))
        #expect(!TextSearch.contains("ab", "abc"))
        #expect(!TextSearch.contains("aab", "abb"))
        #expect(TextSearch.contains("aabb", "abb"))
    }
}
