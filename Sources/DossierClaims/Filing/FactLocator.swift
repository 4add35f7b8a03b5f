import DossierModel

/// Finds where a filing's text states a fact's value, as it is usually
/// printed: in units, thousands or millions (by the fact's `decimals`),
/// with thousands separators.
struct FactLocator {
    let text: String
    let claims: [Claim]

    init(_ text: String) {
        self.text = text
        // The prose extractor already knows every number's span and sentence.
        self.claims = ClaimExtractor().extract(from: text)
    }

    struct Found { var text: String; var start: Int; var end: Int; var sentence: String }

    func locate(_ fact: Fact) -> Found? {
        let v = abs(fact.value)
        guard v > 0 else { return nil }
        // Printed scales: the value itself, in thousands, in millions.
        let scales: [Double] = [1, 1e3, 1e6, 1e9]
        for c in claims {
            let candidates = [c.value, c.low, c.high].compactMap { $0 }.map { abs($0) }
            for x in candidates {
                for sc in scales where abs(x * sc - v) <= max(0.5, v * 1e-9) && !(sc > 1 && x >= 1e6) {
                    return Found(text: c.text, start: c.start, end: c.end, sentence: c.sentence)
                }
                // "$94.9 billion" for 94,930,000,000: rounded prose.
                if c.kind == .money && x >= 1e6 && abs(x - v) <= v * 0.001 {
                    return Found(text: c.text, start: c.start, end: c.end, sentence: c.sentence)
                }
            }
        }
        return nil
    }
}
