import DossierModel

/// Finds where a filing's text states a fact's value, as it is usually
/// printed: in units, thousands or millions (by the fact's `decimals`),
/// with thousands separators.
struct FactLocator {
    let claims: [Claim]
    /// The candidate values of `claims` (value, low, high, made positive),
    /// sorted, each with the index of its claim: a fact's value is then found
    /// by binary search instead of a pass over every claim per fact (an
    /// inline-XBRL annual report has thousands of facts and of figures).
    private let values: [(value: Double, claim: Int)]

    /// The prose extractor already knows every number's span and sentence.
    init(_ text: String) {
        self.init(claims: ClaimExtractor().figures(in: text))
    }

    /// From the claims already extracted from the filing's text.
    init(claims: [Claim]) {
        self.claims = claims
        var values: [(value: Double, claim: Int)] = []
        values.reserveCapacity(claims.count)
        for (index, c) in claims.enumerated() {
            for x in [c.value, c.low, c.high] { if let x { values.append((abs(x), index)) } }
        }
        self.values = values.sorted { $0.value < $1.value || ($0.value == $1.value && $0.claim < $1.claim) }
    }

    struct Found { var text: String; var start: Int; var end: Int; var sentence: String }

    /// Where the text first states the fact's value (in text order), if anywhere.
    func locate(_ fact: Fact) -> Found? {
        let v = abs(fact.value)
        guard v > 0 else { return nil }
        var first = Int.max
        let tolerance = max(0.5, v * 1e-9)
        // Printed scales: the value itself, in thousands, in millions, in billions. A figure of a
        // million or more is taken as written, never scaled again.
        for scale in [1.0, 1e3, 1e6, 1e9] {
            for k in candidates(from: (v - tolerance) / scale, to: (v + tolerance) / scale)
            where scale == 1 || values[k].value < 1e6 {
                first = min(first, values[k].claim)
            }
        }
        // "$94.9 billion" for 94,930,000,000: rounded prose, money only.
        for k in candidates(from: max(1e6, v - v * 0.001), to: v + v * 0.001) where claims[values[k].claim].kind == .money {
            first = min(first, values[k].claim)
        }
        guard first < claims.count else { return nil }
        let c = claims[first]
        return Found(text: c.text, start: c.start, end: c.end, sentence: c.sentence)
    }

    /// Indices into `values` of the values in `low...high`.
    private func candidates(from low: Double, to high: Double) -> Range<Int> {
        guard low <= high else { return 0..<0 }
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid].value < low { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < values.count, values[end].value <= high { end += 1 }
        return lo..<end
    }
}
