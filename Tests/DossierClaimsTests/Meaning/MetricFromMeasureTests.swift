@testable import DossierClaims
import DossierModel
import Testing

/// The coarse class a figure gets once its measure is known: the word-based class wins, else the
/// measure and the kind decide, and a figure that says nothing gets none.
struct MetricFromMeasureTests {
    func metric(_ kind: FigureKind, coarse: Metric? = nil, measure: String? = nil, unit: String? = nil,
                direction: Direction? = nil) -> Metric? {
        MetricFromMeasure.metric(kind: kind, coarse: coarse, measure: measure, unit: unit, direction: direction)
    }

    @Test func theWordBasedClassWins() {
        #expect(metric(.money, coarse: .revenue, measure: "net sale") == .revenue)
        #expect(metric(.count, coarse: .employees, unit: "nurses") == .employees)
        // A market share is a share of a whole.
        #expect(metric(.percent, coarse: .marketShare, measure: "market share") == .share)
        #expect(metric(.date, coarse: .revenue) == nil)
    }

    @Test func kindsWithUnitsAreQuantitiesOrIndexPoints() {
        #expect(metric(.quantity, unit: "tonne") == .quantity)
        #expect(metric(.quantity, unit: "point") == .index)
    }

    @Test func countsNeedSomethingCounted() {
        #expect(metric(.count, unit: "people") == .count)
        #expect(metric(.count, measure: "vote") == .count)
        #expect(metric(.count) == nil)
    }

    @Test func percentagesAreRatesSharesOrNothing() {
        #expect(metric(.percent, measure: "unemployment rate") == .rate)
        // A rate stated as a level beats a word-based "growth"; a change of it stays growth.
        #expect(metric(.percent, coarse: .growth, measure: "inflation") == .rate)
        #expect(metric(.percent, coarse: .growth, measure: "inflation", direction: .up) == .growth)
        #expect(metric(.percent, measure: "vote") == .share)
        #expect(metric(.percent, measure: "vote", direction: .down) == nil)
        #expect(metric(.percent) == nil)
    }

    @Test(arguments: MetricFromMeasure.rateHeads.sorted())
    func everyRateHeadMakesARate(_ head: String) {
        #expect(metric(.percent, measure: "annual \(head)") == .rate)
        #expect(MeaningWords.measureHead("\(head) of the bank") == head)
    }
}
