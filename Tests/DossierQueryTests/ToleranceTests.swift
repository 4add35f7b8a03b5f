import DossierModel
import DossierQuery
import Testing

@Suite struct ToleranceTests {
    func interval(_ value: Double? = nil, low: Double? = nil, high: Double? = nil, kind: FigureKind = .money,
                  unit: String? = nil, _ qualifier: Qualifier = .exact) -> FigureInterval? {
        FigureInterval(Claim(kind: kind, text: "x", start: 0, end: 1, value: value, low: low, high: high, unit: unit,
                             qualifier: qualifier, sentence: "x"))
    }

    @Test func exactFiguresAgreeWithinAboutFivePercent() throws {
        let a = try #require(interval(412.6e6))
        #expect(a.agrees(with: try #require(interval(400e6))))
        #expect(a.agrees(with: try #require(interval(412_600_000))))
        #expect(!a.agrees(with: try #require(interval(380e6))))
        #expect(!a.agrees(with: try #require(interval(440e6))))
    }

    @Test func roundingImpliedByAnApproximateFigureWidensItUpToACap() throws {
        let roughly100 = try #require(interval(100e6, .approximate))
        #expect(roughly100.agrees(with: try #require(interval(90e6))))
        #expect(roughly100.agrees(with: try #require(interval(112e6))))
        // "roughly $100 million" is written to the nearest hundred million, but that would
        // let it agree with $140 million: the widening is capped.
        #expect(!roughly100.agrees(with: try #require(interval(140e6))))
        // "about $1.9 billion" is written to the nearest 100 million: it agrees with $1.87 billion, not $1.65 billion.
        let about19 = try #require(interval(1.9e9, .approximate))
        #expect(about19.agrees(with: try #require(interval(1.87e9))))
        #expect(!about19.agrees(with: try #require(interval(1.65e9))))
    }

    @Test func boundsAreHalfLines() throws {
        let northOf30 = try #require(interval(30e9, .moreThan))
        #expect(northOf30.agrees(with: try #require(interval(32e9))))
        #expect(northOf30.agrees(with: try #require(interval(61.5e9))))
        #expect(!northOf30.agrees(with: try #require(interval(18.4e9))))
        let atMost10 = try #require(interval(10e6, .atMost))
        #expect(atMost10.agrees(with: try #require(interval(2e6))))
        #expect(!atMost10.agrees(with: try #require(interval(25e6))))
        // Two lower bounds always overlap.
        #expect(northOf30.agrees(with: try #require(interval(100e9, .atLeast))))
    }

    @Test func rangesOverlapOrNot() throws {
        let oneToTen = try #require(interval(low: 1e6, high: 10e6))
        #expect(oneToTen.isRange)
        #expect(oneToTen.contains(2e6))
        #expect(!oneToTen.contains(25e6))
        #expect(oneToTen.agrees(with: try #require(interval(low: 8e6, high: 20e6))))
        #expect(!oneToTen.agrees(with: try #require(interval(25e6, .approximate))))
        // Reversed ends as written ("10 to 1 million") are put in order.
        let reversed = try #require(interval(low: 10e6, high: 1e6))
        #expect(reversed.low == 1e6 && reversed.high == 10e6)
    }

    @Test func durationsCompareAcrossUnits() throws {
        let twoToFourMonths = try #require(interval(low: 2, high: 4, kind: .duration, unit: "month"))
        #expect(twoToFourMonths.agrees(with: try #require(interval(10, kind: .duration, unit: "weeks"))))
        #expect(!twoToFourMonths.agrees(with: try #require(interval(3, kind: .duration, unit: "week"))))
        #expect(try #require(interval(1, kind: .duration, unit: "year")).agrees(with: try #require(interval(12, kind: .duration, unit: "months"))))
    }

    @Test func zeroNegativeAndMissingValues() throws {
        let loss = try #require(interval(-37.9e6))
        #expect(loss.agrees(with: try #require(interval(-38e6))))
        #expect(!loss.agrees(with: try #require(interval(37.9e6))))
        #expect(try #require(interval(0)).agrees(with: try #require(interval(0))))
        #expect(interval() == nil, "no value and no range")
        #expect(interval(2025, kind: .date) == nil, "a date is not a quantity")
        #expect(interval(.nan) == nil)
    }

    @Test func onlyTheSameDimensionCompares() {
        func dimension(_ kind: FigureKind, currency: String? = nil, unit: String? = nil) -> FigureDimension {
            FigureDimension(Claim(kind: kind, text: "x", start: 0, end: 1, currency: currency, unit: unit, sentence: "x"))
        }
        #expect(dimension(.money, currency: nil) == dimension(.money, currency: "usd"))
        #expect(dimension(.money, currency: "EUR") != dimension(.money, currency: "USD"))
        #expect(dimension(.count, unit: "employees") == dimension(.count, unit: "employee"))
        #expect(dimension(.count, unit: "users") != dimension(.count, unit: "employees"))
        #expect(dimension(.duration, unit: "week") == dimension(.duration, unit: "months"))
        #expect(dimension(.percent) != dimension(.money))
    }
}
