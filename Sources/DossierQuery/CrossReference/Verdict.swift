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
    /// No verdict: figures about one subject and measure shown together, but
    /// not from two independent sources at a comparable time, or not surely
    /// the same quantity. Never counted for or against anyone.
    case related

    /// Order in `xref`: conflicts first, related figures last.
    var rank: Int {
        switch self {
        case .conflict: return 0
        case .changed: return 1
        case .agree: return 2
        case .related: return 3
        }
    }
}

/// Why two figures in one group are shown side by side instead of compared.
public enum SideBySideReason: String, Codable, Sendable, CaseIterable {
    case differentPeriods = "different_periods"
    case periodNotStated = "period_not_stated"
    case differentAnalysts = "different_analysts"
    case estimateAndFiling = "estimate_and_filing"
    case differentUnits = "different_units"
    case measureNotStated = "measure_not_stated"
    case sameSourceUpdate = "same_source_update"

    /// A sentence for people: why this is not a conflict.
    public var explanation: String {
        switch self {
        case .differentPeriods: return "figures for different periods are shown side by side, not as a conflict"
        case .periodNotStated: return "a figure without a stated period is not compared with figures for a stated period"
        case .differentAnalysts: return "estimates by different analysts are shown side by side, not as a conflict"
        case .estimateAndFiling: return "an estimate or forecast is shown beside reported figures, not compared with them"
        case .differentUnits: return "figures in different units or currencies are shown side by side"
        case .measureNotStated:
            return "a figure whose sentence names no measure (grouped on its coarse metric) is not judged against others"
        case .sameSourceUpdate: return "a later figure from the same publisher or filer replaces its earlier one: an update, not a conflict"
        }
    }
}

/// How two claims in a group relate.
enum Relation: Equatable {
    case agree
    case conflict
    case changed
    case sideBySide(SideBySideReason)
    /// The same publisher or filer states a new figure: its later account replaces the earlier.
    case update
    /// From the same document or the same text: not independent evidence.
    case notCompared
}
