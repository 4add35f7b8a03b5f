@testable import DossierClaims
import DossierModel
import Testing

/// `FactLocator` finds a fact's value by binary search over the text's
/// figures. Checked against the plain rule it implements — the first claim in
/// text order whose value, low or high states the fact at some printed scale,
/// or rounds to it as money — on figures and facts built to collide.
@Suite struct FactLocatorTests {
    /// The rule, claim by claim.
    static func reference(_ claims: [Claim], _ fact: Fact) -> Int? {
        let v = abs(fact.value)
        guard v > 0 else { return nil }
        for (index, c) in claims.enumerated() {
            for x in [c.value, c.low, c.high].compactMap({ $0 }).map({ abs($0) }) {
                for scale in [1.0, 1e3, 1e6, 1e9] where abs(x * scale - v) <= max(0.5, v * 1e-9) && !(scale > 1 && x >= 1e6) {
                    return index
                }
                if c.kind == .money && x >= 1e6 && abs(x - v) <= v * 0.001 { return index }
            }
        }
        return nil
    }

    @Test func findsTheSameClaimAsTheRule() {
        var random = SystemRandomNumberGenerator()
        let bases: [Double] = [1, 12, 250, 4.2, 94_930, 1_500, 3.75]
        let scales: [Double] = [1, 1e3, 1e6, 1e9]
        var claims: [Claim] = []
        for index in 0..<400 {
            let value = bases.randomElement(using: &random)! * scales.randomElement(using: &random)!
            let kind: FigureKind = Bool.random(using: &random) ? .money : .count
            let ranged = index % 7 == 0
            claims.append(Claim(kind: kind, text: "#\(index)", start: index, end: index + 1,
                                value: ranged ? nil : value, low: ranged ? value / 2 : nil, high: ranged ? value : nil,
                                sentence: ""))
        }
        let locator = FactLocator(claims: claims)
        for base in bases {
            for scale in scales {
                for nudge in [1.0, 1.0004, 0.9995, 1.002] {
                    let fact = Fact(concept: "us-gaap:Revenues", value: -base * scale * nudge, unit: "USD")
                    let expected = Self.reference(claims, fact).map { claims[$0].text }
                    #expect(locator.locate(fact)?.text == expected, "\(fact.value)")
                }
            }
        }
    }
}
