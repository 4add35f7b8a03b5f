/// What a figure measures. Stored and printed by its raw value, so the list
/// can grow without a schema change; `dossier claims --metric` takes these.
public enum Metric: String, Codable, Sendable, CaseIterable, Hashable {
    case cost
    case valuation
    case revenue
    case funding
    case investment
    case price
    case profit
    case loss
    case marketSize = "market_size"
    case marketShare = "market_share"
    case fine
    case compensation
    case growth
    /// A duration: how long something takes (the subject says what).
    case time
    case shares
    case employees
    case users
    /// Borrowing: debt, loans, bonds, credit facilities.
    case debt
    /// An ownership stake ("a 10% stake").
    case stake
    /// A tax, tariff, levy or duty.
    case tax
    /// A part of a whole, in per cent ("62 percent of respondents", "a 16% market share").
    case share
    /// A rate or ratio: interest, unemployment, inflation, tax rates, margins, yields.
    case rate
    /// An index level or a move in index points.
    case index
    /// A physical or technical measure with a unit (tonnes, gigawatts, miles).
    case quantity
    /// Someone's or something's age.
    case age
    /// Any other counted thing: casualties, votes cast, units sold, downloads.
    case count

    /// Classes that say only what kind of number a figure is, not which quantity: two figures of one of
    /// these are the same quantity only when their measure says so.
    public var isGeneric: Bool {
        switch self {
        case .share, .rate, .index, .quantity, .age, .count: return true
        default: return false
        }
    }
}
