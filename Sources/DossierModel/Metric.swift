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
}
