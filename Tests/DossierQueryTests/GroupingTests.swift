import DossierModel
import DossierQuery
@testable import DossierStorage
import Testing

@Suite struct GroupingTests {
    typealias F = EvidenceFixtures

    /// Stands in for the extractor's normalisation: drops a few company suffixes and descriptors.
    static let resolver = SubjectResolver(normalize: { subject in
        var words = subject.lowercased().split(separator: " ").map(String.init)
        words.removeAll { ["pbc", "inc.", "inc", "corp.", "the", "ai", "company"].contains($0) }
        return words.joined(separator: " ")
    })

    @Test func normalisedSubjectsAndMetricsMakeTheGroups() {
        let claims = [
            F.claim(1, doc: 1, value: 18.4e9, metric: "valuation", subject: "Anthropic", published: "2024-03-12"),
            F.claim(2, doc: 2, value: 30e9, qualifier: .moreThan, metric: "valuation", subject: "Anthropic PBC", published: "2024-11-18"),
            F.claim(3, doc: 3, value: 32e9, metric: "valuation", subject: "the AI company Anthropic", published: "2024-11-20"),
            F.claim(4, doc: 3, value: 4e9, metric: "funding", subject: "Anthropic", published: "2024-11-20"),
            F.claim(5, doc: 4, value: 4e9, metric: "funding", subject: "Anthropic", published: "2024-11-21"),
            F.claim(6, doc: 4, value: 7, metric: nil, subject: "Anthropic"),
            F.claim(7, doc: 4, value: 7, metric: "cost", subject: nil),
            F.claim(8, doc: 4, kind: .date, date: "2025", metric: "cost", subject: "Anthropic"),
        ]
        let xref = CrossReference(claims: claims, resolver: Self.resolver)
        // A changed valuation comes before an agreed funding amount (verdicts are ordered by usefulness).
        #expect(xref.groups.map(\.metric) == ["valuation", "funding"])
        #expect(xref.groups.map(\.verdict) == [.changed, .agree])
        #expect(xref.groups.allSatisfy { $0.subjectKey == "anthropic" })
        #expect(xref.groups[0].entries.map(\.stored.id) == [1, 2, 3])
        // 7 names no subject but its sentence named a measure: it is its document's (Anthropic's) cost, a
        // quantity no other document states, so it is in no group shown and not left ungrouped either.
        #expect(Set(xref.ungrouped.map(\.id)) == [6, 8])
    }

    /// A figure whose sentence names no subject but a measure ("Revenue was $4.19 billion") is about what
    /// its document is about; one with only a coarse metric is not grouped at all.
    @Test func anUnnamedFigureJoinsItsDocumentsSubject() {
        let claims = [
            F.claim(1, doc: 1, value: 4.19e9, metric: "revenue", subject: "Pellwater", period: "2025-Q3"),
            F.claim(2, doc: 1, value: 9e9, metric: "valuation", subject: "Pellwater"),
            F.claim(3, doc: 2, value: 4.19e9, metric: "revenue", subject: nil, period: "2025-Q3"),
            F.claim(4, doc: 2, value: 2e9, metric: "funding", subject: "Pellwater"),
            F.claim(5, doc: 2, value: 3e9, metric: "valuation", subject: "Pellwater"),
            F.claim(6, doc: 2, value: 5e9, metric: "cost", measure: .some(nil), subject: nil),
        ]
        let xref = CrossReference(claims: claims, resolver: Self.resolver)
        let revenue = xref.groups.first { $0.metric == "revenue" }
        #expect(revenue?.entries.map(\.stored.id) == [1, 3])
        #expect(revenue?.verdict == .agree)
        #expect(xref.ungrouped.map(\.id) == [6])
    }

    @Test func groupsFromOneDocumentAreLeftOutOfXrefButKeptForAFactSheet() {
        let claims = [
            F.claim(1, doc: 1, value: 5e6, subject: "Lanternfish"),
            F.claim(2, doc: 1, value: 5e6, subject: "Lanternfish"),
            F.claim(3, doc: 2, value: 9e6, subject: "Tessellate"),
            F.claim(4, doc: 3, value: 9e6, subject: "Tessellate"),
        ]
        #expect(CrossReference(claims: claims, resolver: .plain).groups.map(\.subject) == ["Tessellate"])
        // Two figures from one document get no verdict, so they come after the agreeing pair.
        let sheet = CrossReference(claims: claims, resolver: .plain, minimumDocuments: 1).groups
        #expect(sheet.map(\.subject) == ["Tessellate", "Lanternfish"])
        #expect(sheet.map(\.verdict) == [.agree, .related])
    }

    @Test func aStoryAndItsSyndicatedCopyAreNotACrossReference() {
        let claims = [
            F.claim(1, doc: 1, low: 2, high: 4, metric: "time", subject: "effort", textHash: "wire"),
            F.claim(2, doc: 2, low: 2, high: 4, metric: "time", subject: "effort", textHash: "wire"),
        ]
        #expect(CrossReference(claims: claims, resolver: .plain).groups.isEmpty)
        #expect(CrossReference(claims: claims, resolver: .plain, minimumDocuments: 1).groups.first?.documents == 2)
    }

    @Test func aliasesJoinSubjectsAndNameTheGroup() {
        var resolver = Self.resolver
        resolver.aliases = [resolver.normalize("Meridian"): "Meridian Compute Corp."]
        let claims = [
            F.claim(1, doc: 1, value: 412.6e6, metric: "revenue", subject: "Meridian", published: "2025-11-06"),
            F.claim(2, doc: 2, value: 412.6e6, metric: "revenue", subject: "Meridian Compute", published: "2025-11-07"),
        ]
        let xref = CrossReference(claims: claims, resolver: resolver)
        #expect(xref.groups.count == 1)
        #expect(xref.groups.first?.subject == "Meridian Compute Corp.")
        #expect(xref.groups.first?.verdict == .agree)
        // Without the alias they stay apart (each in one document).
        #expect(CrossReference(claims: claims, resolver: Self.resolver).groups.isEmpty)
    }

    @Test func aliasCyclesDoNotLoop() {
        let resolver = SubjectResolver(normalize: { $0.lowercased() }, aliases: ["a": "B", "b": "A"])
        #expect(["a", "b"].contains(resolver.key("A")))
    }

    @Test func theCommonestSpellingNamesAGroup() {
        let claims = [
            F.claim(1, doc: 1, value: 1, subject: "anthropic"),
            F.claim(2, doc: 2, value: 1, subject: "Anthropic"),
            F.claim(3, doc: 3, value: 1, subject: "Anthropic"),
        ]
        #expect(CrossReference(claims: claims, resolver: .plain).groups.first?.subject == "Anthropic")
    }

    @Test func aCorrectedSubjectOrMetricMovesTheClaim() {
        // SQLiteStore.claims applies corrections to `claim`; grouping must use the corrected fields.
        var moved = F.claim(2, doc: 2, value: 32e9, metric: "funding", subject: "Anthropic")
        // As the store hands it on: the person's metric applied, the parse's measure dropped.
        moved.claim.metric = "valuation"
        moved.claim.measure = nil
        moved.correction = Correction(action: .correct, reason: nil, value: nil, metric: "valuation", subject: nil,
                                      createdAt: "2026-12-07T09:00:00Z")
        let claims = [F.claim(1, doc: 1, value: 32e9, metric: "valuation", subject: "Anthropic"), moved]
        let xref = CrossReference(claims: claims, resolver: .plain)
        #expect(xref.groups.count == 1)
        #expect(xref.groups.first?.metric == "valuation")
        #expect(xref.groups.first?.entries.allSatisfy(\.measureIsPrecise) == true, "a person's metric counts as named")
    }

    @Test func filteringKeepsOnlyMatchingGroups() {
        let claims = [
            F.claim(1, doc: 1, value: 1, subject: "A"), F.claim(2, doc: 2, value: 1, subject: "A"),
            F.claim(3, doc: 1, value: 1, subject: "B"), F.claim(4, doc: 2, value: 1, subject: "B"),
        ]
        let xref = CrossReference(claims: claims, resolver: .plain).filtered { $0.subjectKey == "b" }
        #expect(xref.groups.map(\.subject) == ["B"])
    }

    @Test func periodsAreReadFromFiscalWording() {
        func period(_ sentence: String, date: String? = nil) -> String? {
            Period.of(Claim(kind: .money, text: "x", start: 0, end: 1, value: 1, date: date, sentence: sentence))
        }
        #expect(period("Revenue was $1.2 billion in fiscal 2024.") == "FY2024")
        #expect(period("FY2025 revenue reached $1.5 billion.") == "FY2025")
        #expect(period("For the full year 2026, Meridian expects revenue of $2.3 billion to $2.5 billion.") == "FY2026")
        #expect(period("Full-year 2025 revenue was $1,561.7 million.") == "FY2025")
        #expect(period("Revenue for the third quarter of 2025 was $412.6 million.") == "2025-Q3")
        #expect(period("Q4 2025 revenue was $468.2 million.") == "2025-Q4")
        #expect(period("Revenue rose to $412.6 million in Q3 2025 from $231.4 million in Q3 2024.") == nil,
                "two periods in one sentence: the figure's own is unclear")
        #expect(period("Anthropic, founded in 2021, was valued at $61.5 billion.") == nil, "a bare year is not a period")
        #expect(period("anything", date: "2025-07-01/2025-09-30") == "2025-Q3")
        #expect(period("anything", date: "2025-01-01/2025-12-31") == "FY2025")
        #expect(period("anything", date: "2025-09-30") == "2025-09-30")
    }

    @Test func estimateLabels() {
        func isEstimate(_ sentence: String) -> Bool {
            EstimateLabel.isEstimate(Claim(kind: .money, text: "x", start: 0, end: 1, sentence: sentence))
        }
        #expect(isEstimate("Whitfield estimates the run at $500 million."))
        #expect(isEstimate("The company expects revenue of $450 million to $470 million."))
        #expect(isEstimate("Analysts forecast $2 billion."))
        #expect(!isEstimate("The company reported revenue of $412.6 million."))
        #expect(!isEstimate("The effort cost an estimated $1 million to $10 million, according to the complaint."),
                "\"an estimated\" hedges a reported figure")
        #expect(isEstimate("Analysts estimated an estimated $3 billion loss."), "a cue beside the hedge still counts")
        #expect(EstimateLabel.estimator(Claim(kind: .money, text: "x", start: 0, end: 1, attribution: "analyst Dana Whitfield", sentence: "")) == "whitfield")
    }
}
