import Foundation
import Testing
import DossierModel

/// The model's raw values and coding keys are a public contract: `dossier
/// extract`, the stored claims and the exports use these exact names.
@Suite struct ClaimContractTests {
    @Test func enumRawValuesAreTheDocumentedNames() {
        #expect(FigureKind.allCases.map(\.rawValue) == ["money", "percent", "duration", "date", "count", "multiple", "quantity"])
        #expect(Direction.allCases.map(\.rawValue) == ["up", "down"])
        #expect(Qualifier.allCases.map(\.rawValue) == ["exact", "approximate", "at_least", "more_than", "at_most", "less_than"])
        #expect(ClaimOrigin.allCases.map(\.rawValue) == ["prose", "filing"])
        #expect(DocumentKind.allCases.map(\.rawValue) == ["article", "feed-item", "wire", "filing", "text", "document", "email"])
        #expect(Metric.marketSize.rawValue == "market_size")
        #expect(Metric.marketShare.rawValue == "market_share")
    }

    @Test func claimRoundTripsThroughJSONWithTheContractKeys() throws {
        let claim = Claim(kind: .money, text: "$1M-10M", start: 3, end: 10, low: 1_000_000, high: 10_000_000, currency: "USD",
                          qualifier: .approximate, metric: "cost", subject: "extraction", attribution: "analysts",
                          measure: "extraction cost", period: "2025-Q3", direction: .up, sentence: "It $1M-10M.")
        let data = try JSONEncoder().encode(claim)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["kind", "text", "start", "end", "low", "high", "currency", "qualifier", "metric", "subject", "attribution", "measure", "period", "direction", "sentence", "origin"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["qualifier"] as? String == "approximate")
        #expect(object["direction"] as? String == "up" && object["period"] as? String == "2025-Q3")
        #expect(try JSONDecoder().decode(Claim.self, from: data) == claim)
    }

    @Test func factKeepsDimensionsAndPeriod() throws {
        let fact = Fact(concept: "us-gaap:Revenues", value: -2.5e6, unit: "USD", period: "2025-01-01/2025-03-31",
                        entity: "0000000001", hasDimensions: true, dimensions: ["srt:ProductOrServiceAxis=acme:CloudMember"],
                        decimals: "-5", context: "c7")
        let decoded = try JSONDecoder().decode(Fact.self, from: JSONEncoder().encode(fact))
        #expect(decoded == fact)
        #expect(decoded.value == -2_500_000)
    }
}
