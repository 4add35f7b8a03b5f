public import DossierModel

/// How a metric behaves over time, which decides whether two different
/// figures are a contradiction or a timeline.
public enum MetricBehaviour: Sendable, Equatable {
    /// A level at a moment (valuation, users, price, funding raised to date):
    /// a later different figure is a change, not a contradiction.
    case level
    /// An amount over a period (revenue, profit): figures for different periods
    /// are side by side; a figure without a stated period moves over time like a level.
    case flow
    /// A fact about one thing (what a training run cost, how long an
    /// extraction took, a fine): two different figures cannot both be true.
    case fixed

    /// The behaviour of a group's quantity: by its metric when it has one,
    /// else by its kind (a count with no metric is a running count — jobs,
    /// casualties, users — a percentage or an amount a level, a duration how
    /// long one thing took).
    public init(metric: String?, kind: FigureKind) {
        if let metric, !metric.isEmpty, metric != "time" {
            self.init(metric: metric)
            return
        }
        // With no metric, only a duration is surely one thing's (how long it took); money with no
        // metric may be a balance that moves (cash, a budget), so it is a level.
        switch kind {
        case .count, .percent, .money, .quantity, .multiple: self = .level
        case .duration, .date: self = .fixed
        }
    }

    public init(metric: String) {
        switch metric {
        case "valuation", "market_size", "market_share", "funding", "users", "employees", "price", "shares", "debt",
             "stake", "investment", "share", "rate", "index", "quantity", "age", "count":
            self = .level
        case "revenue", "profit", "loss", "growth", "compensation", "tax":
            self = .flow
        default:
            self = .fixed
        }
    }

    /// True when a later, different figure is a timeline rather than a contradiction.
    public var movesOverTime: Bool { self != .fixed }
}
