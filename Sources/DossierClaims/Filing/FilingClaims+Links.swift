public import DossierModel

extension FilingClaims {
    /// Like ``claims(from:entityName:text:includeDimensioned:)``, but each
    /// claim with the index of the fact it was made from, so the store can
    /// link the claim to its fact (the primary source).
    /// `prose`, when given, are the claims already extracted from `text`:
    /// the facts are looked for among them instead of extracting them again.
    public static func linkedClaims(from facts: [Fact], entityName: String? = nil, text: String? = nil,
                                    prose: [Claim]? = nil,
                                    includeDimensioned: Bool = false) -> [(factIndex: Int, claim: Claim)] {
        // One locator for the whole filing: building it scans the text once.
        let locator = prose.map(FactLocator.init(claims:)) ?? text.map { FactLocator($0) }
        var out: [(Int, Claim)] = []
        for (index, fact) in facts.enumerated() {
            guard var claim = claims(from: [fact], entityName: entityName, text: nil,
                                     includeDimensioned: includeDimensioned).first else { continue }
            if let locator, let found = locator.locate(fact) {
                claim.text = found.text
                claim.start = found.start
                claim.end = found.end
                claim.sentence = found.sentence
            }
            out.append((index, claim))
        }
        return out
    }
}
