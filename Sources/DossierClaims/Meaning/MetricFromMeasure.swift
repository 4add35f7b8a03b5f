import DossierModel

/// The coarse metric of a figure once its measure is known: the word-based class where it named one,
/// else the class the measure and the figure's kind say ("the unemployment rate held at 4.3%" is a
/// rate, "62 percent of respondents" a share, "240,000 barrels" a quantity, "4,000 people" a count).
/// A figure whose measure says nothing keeps no class: never a guess.
enum MetricFromMeasure {
    /// Measure heads that name a rate or a ratio.
    static let rateHeads: Set<String> = [
        "rate", "inflation", "margin", "yield", "unemployment", "ratio", "interest", "apr", "coupon",
    ]

    static func metric(kind: FigureKind, coarse: Metric?, measure: String?, unit: String?, direction: Direction?) -> Metric? {
        if kind == .date { return nil }
        if coarse == .marketShare { return .share }
        let head = measure.flatMap(MeaningWords.measureHead)
        if let head, rateHeads.contains(head), kind == .percent, coarse == nil || coarse == .growth && direction == nil {
            return .rate
        }
        if let coarse { return coarse }
        switch kind {
        case .quantity:
            return unit == "point" ? .index : .quantity
        case .count:
            // A count says what it counts by its noun, or by the measure the parse gave it.
            return unit != nil || head != nil ? .count : nil
        case .percent:
            // A level "of" a whole that is not a change: a share of it.
            return head != nil && direction == nil ? .share : nil
        default:
            return nil
        }
    }
}
