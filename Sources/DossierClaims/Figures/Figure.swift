import DossierModel

/// A figure found by the scanner, before its context (metric, subject,
/// attribution) is read: token span, kind, values and qualifier.
struct Figure: Sendable {
    var kind: FigureKind
    /// First and last token of the span, inclusive.
    var first: Int
    var last: Int
    var value: Double?
    var low: Double?
    var high: Double?
    var currency: String?
    var unit: String?
    var date: String?
    var qualifier: Qualifier = .exact
    /// The token of the counted noun or rate ("per share"), when there is one.
    var unitToken: Int?
    /// True when the figure is followed by a rate ("$20 a month", "per share").
    var isRate = false
    /// The token naming the rate's denominator ("month" in "$20 a month").
    var rateToken: Int?
}
