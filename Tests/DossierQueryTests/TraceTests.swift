import DossierModel
import DossierQuery
import DossierStorage
import Testing

@Suite struct TraceTests {
    typealias F = EvidenceFixtures

    @Test func earliestPublicationFirstThenRepeatsCopiesAndRanges() throws {
        let claims = [
            F.claim(1, doc: 3, value: 100e6, qualifier: .approximate, publisher: "Byteline", published: "2025-03-04"),
            F.claim(2, doc: 1, value: 100e6, qualifier: .approximate, publisher: "The Ledger Review", published: "2024-03-12"),
            F.claim(3, doc: 2, value: 100e6, qualifier: .moreThan, publisher: "Northgate Wire", published: "2024-09-17", textHash: "wire"),
            F.claim(4, doc: 4, value: 100e6, qualifier: .moreThan, publisher: "Riverside", published: "2024-09-17T12:00:00Z", textHash: "wire"),
            F.claim(5, doc: 5, value: 100.5e6, publisher: "Undated blog"),
            F.claim(6, doc: 6, low: 50e6, high: 150e6, publisher: "Range Weekly", published: "2023-01-01"),
            F.claim(7, doc: 7, value: 97e6, publisher: "Near miss", published: "2020-01-01"),
            F.claim(8, doc: 8, kind: .count, value: 100e6, unit: "users", publisher: "Counts", published: "2019-01-01"),
            F.claim(9, doc: 9, kind: .percent, value: 100e6, publisher: "Percents", published: "2019-01-01"),
        ]
        let trace = Trace(target: try #require(TraceTarget(parsing: "$100 million")), claims: claims)
        #expect(trace.matches.map(\.stored.id) == [2, 3, 4, 1, 5])
        #expect(trace.first?.stored.source.publisher == "The Ledger Review")
        #expect(trace.matches.map(\.role) == [.first, .repeated, .copy, .repeated, .repeated])
        #expect(trace.matches[2].copyOf == 2)
        #expect(trace.ranges.map(\.stored.id) == [6])
        #expect(trace.independent == 4, "the syndicated copy counts once")

        let anyKind = Trace(target: try #require(TraceTarget(parsing: "100M")), claims: claims)
        #expect(anyKind.matches.contains { $0.stored.id == 8 }, "a bare number matches counts too")
        #expect(!anyKind.matches.contains { $0.stored.id == 9 }, "but not percents")
    }

    @Test func percentsAndDurationsTrace() throws {
        let claims = [
            F.claim(1, doc: 1, kind: .percent, low: 0.1, high: 1, published: "2024-09-17"),
            F.claim(2, doc: 2, kind: .percent, value: 0.1, published: "2024-10-01"),
            F.claim(3, doc: 3, kind: .duration, value: 3, unit: "week", published: "2025-02-11"),
            F.claim(4, doc: 4, kind: .duration, low: 2, high: 4, unit: "month", published: "2024-09-17"),
        ]
        let percent = Trace(target: try #require(TraceTarget(parsing: "0.1%")), claims: claims)
        #expect(percent.matches.map(\.stored.id) == [2])
        #expect(percent.ranges.map(\.stored.id) == [1], "a range ending at the figure is listed with the ranges")
        let weeks = Trace(target: try #require(TraceTarget(parsing: "21 days")), claims: claims)
        #expect(weeks.matches.map(\.stored.id) == [3], "three weeks is 21 days")
        let months = Trace(target: try #require(TraceTarget(parsing: "3 months")), claims: claims)
        #expect(months.ranges.map(\.stored.id) == [4])
    }

    @Test func figuresAreReadAsTyped() {
        #expect(TraceTarget(parsing: "$100 million") == TraceTarget(value: 100e6, kind: .money, currency: "USD"))
        #expect(TraceTarget(parsing: "30B") == TraceTarget(value: 30e9))
        #expect(TraceTarget(parsing: "0.1%") == TraceTarget(value: 0.1, kind: .percent))
        #expect(TraceTarget(parsing: "€2.5bn") == TraceTarget(value: 2.5e9, kind: .money, currency: "EUR"))
        #expect(TraceTarget(parsing: "1,200") == TraceTarget(value: 1200))
        #expect(TraceTarget(parsing: "6 months") == TraceTarget(value: 6, kind: .duration, unit: "month"))
        #expect(TraceTarget(parsing: "10 percent") == TraceTarget(value: 10, kind: .percent))
        #expect(TraceTarget(parsing: "eight months") == TraceTarget(value: 8, kind: .duration, unit: "month"))
        #expect(TraceTarget(parsing: "one and a half years") == TraceTarget(value: 1.5, kind: .duration, unit: "year"))
        #expect(TraceTarget(parsing: "twenty-four") == TraceTarget(value: 24))
        #expect(TraceTarget(parsing: "two hundred thousand") == TraceTarget(value: 200_000))
        #expect(TraceTarget(parsing: "three million") == TraceTarget(value: 3e6))
        #expect(TraceTarget(parsing: "two-fifths") == TraceTarget(value: 40, kind: .percent))
        #expect(TraceTarget(parsing: "a quarter") == TraceTarget(value: 25, kind: .percent))
        #expect(TraceTarget(parsing: "a") == nil)
        #expect(TraceTarget(parsing: "eight") == TraceTarget(value: 8), "not eigh trillion")
        #expect(TraceTarget(parsing: "twenty-eight") == TraceTarget(value: 28))
        #expect(TraceTarget(parsing: "a dozen") == TraceTarget(value: 12))
        #expect(TraceTarget(parsing: "two dozen") == TraceTarget(value: 24))
        #expect(TraceTarget(parsing: "a million") == TraceTarget(value: 1e6))
        #expect(TraceTarget(parsing: "$2.5bn") == TraceTarget(value: 2.5e9, kind: .money, currency: "USD"))
        #expect(TraceTarget(parsing: "eight apples") == nil)
        #expect(TraceTarget(parsing: "lots") == nil)
        #expect(TraceTarget(parsing: "") == nil)
        #expect(TraceTarget(parsing: "$") == nil)
        #expect(TraceTarget(parsing: "1e400") == nil)
    }
}

@Suite struct PublicationInstantTests {
    typealias F = EvidenceFixtures

    @Test func instantsTakeTheOffsetIntoAccount() {
        let pacific = PublicationInstant.seconds("2026-03-04T06:30:00-08:00")
        let eastern = PublicationInstant.seconds("2026-03-04T07:00:00-05:00")
        #expect(pacific == PublicationInstant.seconds("2026-03-04T14:30:00Z"))
        #expect(eastern == PublicationInstant.seconds("2026-03-04T12:00Z"))
        #expect(PublicationInstant.seconds("2026-03-04T12:00:00+0100") == PublicationInstant.seconds("2026-03-04T11:00:00Z"))
        #expect(PublicationInstant.seconds("2026-03-04T12:00:00.250+05:30") == PublicationInstant.seconds("2026-03-04T06:30:00Z"))
        #expect(PublicationInstant.seconds("2026-03-04") == PublicationInstant.seconds("2026-03-04T00:00:00Z"))
        #expect(PublicationInstant.seconds("1970-01-02") == 86_400)
        #expect(PublicationInstant.seconds("March 4") == nil)
        #expect(PublicationInstant.seconds(nil) == nil)
    }

    @Test func theOriginalOfACopySetIsTheEarliestInstant() {
        let syndication = Syndication(claims: [
            F.claim(1, doc: 1, value: 5e6, published: "2026-03-04T06:30:00-08:00", textHash: "same"),
            F.claim(2, doc: 2, value: 5e6, published: "2026-03-04T07:00:00-05:00", textHash: "same"),
        ])
        #expect(syndication.copyOf(1) == 2, "07:00 in New York is before 06:30 in San Francisco")
        #expect(syndication.copyOf(2) == nil)
    }

    @Test func theTraceOrdersByInstantNotByLocalClock() throws {
        // 06:30 in San Francisco is 09:30 in New York: after the 07:00 New York story.
        let trace = Trace(target: try #require(TraceTarget(parsing: "$5 million")), claims: [
            F.claim(1, doc: 1, value: 5e6, publisher: "West Coast Daily", published: "2026-03-04T06:30:00-08:00"),
            F.claim(2, doc: 2, value: 5e6, publisher: "East Coast Ledger", published: "2026-03-04T07:00:00-05:00"),
        ])
        #expect(trace.matches.map(\.stored.id) == [2, 1])
        #expect(trace.first?.stored.source.publisher == "East Coast Ledger")
    }
}

@Suite struct TraceIdentityTests {
    typealias F = EvidenceFixtures

    @Test func aFigureWrittenToTheCentIsHeldToIt() throws {
        let trace = Trace(target: try #require(TraceTarget(parsing: "$1.19")), claims: [
            F.claim(1, doc: 1, value: 1.18, metric: "profit", measure: "earnings per share", subject: "Pellwater", published: "2025-11-01"),
            F.claim(2, doc: 2, value: 1.19, metric: "profit", measure: "earnings per share", subject: "Pellwater", published: "2025-11-04"),
            F.claim(3, doc: 3, value: 1.19, metric: "profit", measure: "earnings per share", subject: "Pellwater", published: "2025-11-05"),
        ])
        #expect(trace.matches.map(\.stored.id) == [2, 3], "an estimate of $1.18 is another figure")
        let rounded = Trace(target: try #require(TraceTarget(parsing: "$100 million")), claims: [
            F.claim(1, doc: 1, value: 100.4e6), F.claim(2, doc: 2, value: 97e6),
        ])
        #expect(rounded.matches.map(\.stored.id) == [1])
    }

    @Test func theSameNumberForAnotherQuantityIsKeptApart() throws {
        let trace = Trace(target: try #require(TraceTarget(parsing: "$2.4 billion")), claims: [
            F.claim(1, doc: 1, value: 2.4e9, metric: "cost", measure: "purchase obligation", subject: "Meridian", published: "2025-09-30"),
            F.claim(2, doc: 2, value: 2.4e9, metric: "valuation", subject: "Kelpie Labs", published: "2025-10-02"),
            F.claim(3, doc: 3, value: 2.4e9, metric: "valuation", subject: "Kelpie", published: "2025-10-03"),
            F.claim(4, doc: 4, value: 2.4e9, metric: nil, subject: "Kelpie Labs", published: "2025-10-04"),
        ])
        #expect(trace.quantity == "valuation")
        #expect(trace.first?.stored.id == 2, "the first report of what most sources say the number is")
        #expect(trace.matches.map(\.stored.id) == [2, 3, 4], "a claim with no metric stays a match")
        #expect(trace.others.map(\.stored.id) == [1])
        #expect(trace.others.allSatisfy { $0.role == .other && $0.quantity == "meridian · purchase obligation" })
        // One metric each: nothing says which the number is, so nothing is set apart.
        let split = Trace(target: try #require(TraceTarget(parsing: "$2.4 billion")), claims: [
            F.claim(1, doc: 1, value: 2.4e9, metric: "cost"), F.claim(2, doc: 2, value: 2.4e9, metric: "valuation"),
        ])
        #expect(split.quantity == nil && split.others.isEmpty && split.matches.count == 2)
    }
}
