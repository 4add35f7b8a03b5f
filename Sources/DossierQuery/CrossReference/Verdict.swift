/// What the sources in a group say together. The values are the JSON contract
/// of `dossier xref` and `export`.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Every comparable pair of figures agrees within tolerance (or there was
    /// nothing to contradict: figures for different periods, units or
    /// analysts are set side by side and do not count against agreement).
    case agree
    /// Two figures cannot both be true for the same thing at the same time.
    case conflict
    /// A later figure replaces an earlier one for a quantity that moves over
    /// time (a valuation, a revenue run-rate, an analyst revising an estimate).
    case changed
}

/// Why two figures in one group are shown side by side instead of compared.
public enum SideBySideReason: String, Codable, Sendable, CaseIterable {
    case differentPeriods = "different_periods"
    case periodNotStated = "period_not_stated"
    case differentAnalysts = "different_analysts"
    case estimateAndFiling = "estimate_and_filing"
    case differentUnits = "different_units"

    /// A sentence for people: why this is not a conflict.
    public var explanation: String {
        switch self {
        case .differentPeriods: return "figures for different periods are shown side by side, not as a conflict"
        case .periodNotStated: return "a figure without a stated period is not compared with figures for a stated period"
        case .differentAnalysts: return "estimates by different analysts are shown side by side, not as a conflict"
        case .estimateAndFiling: return "an estimate is shown beside the filing's reported value, not compared with it"
        case .differentUnits: return "figures in different units or currencies are shown side by side"
        }
    }
}

/// How two claims in a group relate.
enum Relation: Equatable {
    case agree
    case conflict
    case changed
    case sideBySide(SideBySideReason)
    /// From the same document or the same text: not independent evidence.
    case notCompared
}
