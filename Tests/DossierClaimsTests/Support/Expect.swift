import DossierClaims
import DossierModel
import Testing

/// What one marked figure should come out as; nil fields are not checked,
/// except `value`, `low` and `high`, which must match exactly as given.
struct ExpectedFigure: Sendable, CustomStringConvertible {
    var kind: FigureKind
    var value: Double?
    var low: Double?
    var high: Double?
    var currency: String?
    var unit: String?
    var date: String?
    var qualifier: Qualifier = .exact
    var metric: String?
    var subject: String?
    var attribution: String?

    var description: String { "\(kind.rawValue) \(value.map { "\($0)" } ?? "\(low ?? .nan)–\(high ?? .nan)")" }

    func q(_ q: Qualifier) -> ExpectedFigure { var e = self; e.qualifier = q; return e }
    func m(_ m: String) -> ExpectedFigure { var e = self; e.metric = m; return e }
    func s(_ s: String) -> ExpectedFigure { var e = self; e.subject = s; return e }
    func a(_ a: String) -> ExpectedFigure { var e = self; e.attribution = a; return e }
    func u(_ u: String) -> ExpectedFigure { var e = self; e.unit = u; return e }
}

extension ExpectedFigure {
    static func money(_ v: Double, _ currency: String = "USD") -> ExpectedFigure { ExpectedFigure(kind: .money, value: v, currency: currency) }
    static func money(_ lo: Double, _ hi: Double, _ currency: String = "USD") -> ExpectedFigure {
        ExpectedFigure(kind: .money, low: lo, high: hi, currency: currency)
}
    static func pct(_ v: Double) -> ExpectedFigure { ExpectedFigure(kind: .percent, value: v) }
    static func pct(_ lo: Double, _ hi: Double) -> ExpectedFigure { ExpectedFigure(kind: .percent, low: lo, high: hi) }
    static func dur(_ v: Double, _ unit: String) -> ExpectedFigure { ExpectedFigure(kind: .duration, value: v, unit: unit) }
    static func dur(_ lo: Double, _ hi: Double, _ unit: String) -> ExpectedFigure { ExpectedFigure(kind: .duration, low: lo, high: hi, unit: unit) }
    static func date(_ d: String) -> ExpectedFigure { ExpectedFigure(kind: .date, date: d) }
    static func count(_ v: Double, _ unit: String? = nil) -> ExpectedFigure { ExpectedFigure(kind: .count, value: v, unit: unit) }
    static func count(_ lo: Double, _ hi: Double, _ unit: String? = nil) -> ExpectedFigure { ExpectedFigure(kind: .count, low: lo, high: hi, unit: unit) }
    static func mult(_ v: Double) -> ExpectedFigure { ExpectedFigure(kind: .multiple, value: v) }
    static func mult(_ lo: Double, _ hi: Double) -> ExpectedFigure { ExpectedFigure(kind: .multiple, low: lo, high: hi) }
}

/// One extraction case: marked input and the expected claims in order.
struct MarkedCase: Sendable, CustomTestStringConvertible {
    let marked: String
    let expected: [ExpectedFigure]
    init(_ marked: String, _ expected: ExpectedFigure...) {
        self.marked = marked
        self.expected = expected
    }
    var testDescription: String { marked }
}

/// Checks that extraction finds exactly the marked figures, with the expected fields.
func checkMarked(_ c: MarkedCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let m = SpanMarkedText(c.marked)
    let claims = ClaimExtractor().extract(from: m.text)
    #expect(claims.count == m.spans.count,
            "found \(claims.map { "\($0.kind.rawValue) '\($0.text)'" }) in: \(m.text)", sourceLocation: sourceLocation)
    #expect(m.spans.count == c.expected.count, "case has \(m.spans.count) spans, \(c.expected.count) expectations",
            sourceLocation: sourceLocation)
    for (i, (span, e)) in zip(m.spans, c.expected).enumerated() {
        guard i < claims.count else { return }
        let got = claims[i]
        let where_ = "figure \(i) '\(got.text)' in: \(m.text)"
        #expect(got.start == span.lowerBound && got.end == span.upperBound,
                "span \(got.start)..<\(got.end), expected \(span) — \(where_)", sourceLocation: sourceLocation)
        #expect(got.kind == e.kind, "kind \(got.kind) — \(where_)", sourceLocation: sourceLocation)
        #expect(sameNumber(got.value, e.value) && sameNumber(got.low, e.low) && sameNumber(got.high, e.high),
                "value \(String(describing: got.value)) low \(String(describing: got.low)) high \(String(describing: got.high)), expected \(e) — \(where_)",
                sourceLocation: sourceLocation)
        #expect(got.qualifier == e.qualifier, "qualifier \(got.qualifier) — \(where_)", sourceLocation: sourceLocation)
        if let cur = e.currency { #expect(got.currency == cur, "currency \(String(describing: got.currency)) — \(where_)", sourceLocation: sourceLocation) }
        if let u = e.unit { #expect(got.unit == u, "unit \(String(describing: got.unit)) — \(where_)", sourceLocation: sourceLocation) }
        if let d = e.date { #expect(got.date == d, "date \(String(describing: got.date)) — \(where_)", sourceLocation: sourceLocation) }
        if let mt = e.metric { #expect(got.metric == mt, "metric \(String(describing: got.metric)) — \(where_)", sourceLocation: sourceLocation) }
        if let s = e.subject { #expect(got.subject == s, "subject \(String(describing: got.subject)) — \(where_)", sourceLocation: sourceLocation) }
        if let a = e.attribution { #expect(got.attribution == a, "attribution \(String(describing: got.attribution)) — \(where_)", sourceLocation: sourceLocation) }
        #expect(got.origin == .prose, sourceLocation: sourceLocation)
    }
}

func sameNumber(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= max(1e-9, abs(y) * 1e-12)
    default: return false
    }
}
