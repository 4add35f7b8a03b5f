/// What kind of quantity a figure is. `quantity` is a measure with a physical or technical unit
/// (`12 metres`, `1.2 GW`, `304 points`), its canonical unit name in `unit`.
public enum FigureKind: String, Codable, Sendable, CaseIterable, Hashable {
    case money, percent, duration, date, count, multiple, quantity
}

/// How the text bounds a figure: "about $5m" is approximate, "north of $30bn"
/// is more than, "up to 18 months" at most.
public enum Qualifier: String, Codable, Sendable, CaseIterable, Hashable {
    case exact
    case approximate
    case atLeast = "at_least"
    case moreThan = "more_than"
    case atMost = "at_most"
    case lessThan = "less_than"
}

/// Which way a change goes: "fell 2.71%" is `down`, "rose by $2bn" `up`. Levels have none.
public enum Direction: String, Codable, Sendable, CaseIterable, Hashable {
    case up, down
}

/// Where a claim comes from: a figure found in prose, or a structured fact
/// stated in a filing (the primary source).
public enum ClaimOrigin: String, Codable, Sendable, CaseIterable, Hashable {
    case prose
    case filing
}

/// One checkable figure with its evidence: the exact span, the sentence it
/// stands in, what it measures, what it is about and who says so.
///
/// Field names are the JSON contract of `dossier extract`, `claims`, `xref`
/// and `export`; keep them stable.
public struct Claim: Codable, Sendable, Equatable, Hashable {
    public var kind: FigureKind
    /// The exact span of the figure in the input.
    public var text: String
    /// Offsets of ``text`` in Unicode scalars of the input; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The value in natural units: currency units for money (`$1.5bn` →
    /// 1_500_000_000), percentage points for percents (`25 bp` → 0.25), the
    /// count of ``unit`` for durations and counts, the factor for multiples.
    /// Nil for a pure range.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// ISO 4217 code for money.
    public var currency: String?
    /// `second`…`year` for durations; the counted noun for counts.
    public var unit: String?
    /// ISO 8601, possibly partial (`2025`, `2025-03`, `2025-Q3`, `2025-H1`).
    public var date: String?
    public var qualifier: Qualifier
    /// What the figure measures (`cost`, `valuation`, `revenue`, …), when the
    /// text says.
    public var metric: String?
    /// The organisation, product or activity the figure is about.
    public var subject: String?
    /// Who says so ("according to X", "X said"), when the text says.
    public var attribution: String?
    /// The quantity the figure states, as a short lower-case phrase in the text's words with its head
    /// noun singular (`revenue`, `cost of sales`, `share buyback`, `job`); nil when the sentence does
    /// not tell. ``metric`` is the coarse class of the same thing.
    public var measure: String?
    /// The time the figure holds for, ISO 8601 (`2025`, `2025-Q3`, `2025-03-14`, `2025-W23`, or an
    /// interval of months `2025-01/2025-09`), relative times resolved against the document's date.
    public var period: String?
    /// Up or down for a figure that states a change; nil for levels.
    public var direction: Direction?
    /// A rate's denominator, singular and lower case: `month` for "$2,100 a month", `barrel` for
    /// "$71.40 per barrel", `share` for "$5 per share", `watt` for "$0.41/W".
    public var per: String?
    /// The sentence the figure stands in.
    public var sentence: String
    public var origin: ClaimOrigin

    public init(
        kind: FigureKind,
        text: String,
        start: Int,
        end: Int,
        value: Double? = nil,
        low: Double? = nil,
        high: Double? = nil,
        currency: String? = nil,
        unit: String? = nil,
        date: String? = nil,
        qualifier: Qualifier = .exact,
        metric: String? = nil,
        subject: String? = nil,
        attribution: String? = nil,
        measure: String? = nil,
        period: String? = nil,
        direction: Direction? = nil,
        per: String? = nil,
        sentence: String,
        origin: ClaimOrigin = .prose
    ) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.currency = currency
        self.unit = unit
        self.date = date
        self.qualifier = qualifier
        self.metric = metric
        self.subject = subject
        self.attribution = attribution
        self.measure = measure
        self.period = period
        self.direction = direction
        self.per = per
        self.sentence = sentence
        self.origin = origin
    }
}
