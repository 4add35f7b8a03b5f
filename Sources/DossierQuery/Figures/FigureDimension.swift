public import DossierModel

/// What a figure is measured in: only figures of the same dimension can be
/// compared ("$25 million" against "€20 million" or "three weeks" against
/// "40%" are side by side, never a conflict).
public struct FigureDimension: Hashable, Sendable, CustomStringConvertible {
    public var kind: FigureKind
    /// The currency for money, the counted noun for counts, nil otherwise
    /// (durations are converted to days, so weeks and months compare).
    public var unit: String?

    public init(kind: FigureKind, unit: String?) {
        self.kind = kind
        self.unit = unit
    }

    public init(_ claim: Claim) {
        kind = claim.kind
        switch claim.kind {
        case .money: unit = (claim.currency ?? "USD").uppercased()
        case .count, .quantity: unit = claim.unit.map(Self.singular)
        case .percent, .duration, .multiple, .date: unit = nil
        }
    }

    public var description: String { unit.map { "\(kind.rawValue) (\($0))" } ?? kind.rawValue }

    /// Days in one unit of a duration, so "three weeks" and "two to four
    /// months" land on one scale. Unknown units compare as written.
    static func days(per unit: String?) -> Double {
        switch unit.map(singular) {
        case "second": return 1.0 / 86_400
        case "minute": return 1.0 / 1_440
        case "hour": return 1.0 / 24
        case "day": return 1
        case "week": return 7
        case "month": return 30.4375
        case "quarter": return 91.3125
        case "year": return 365.25
        case "decade": return 3_652.5
        default: return 1
        }
    }

    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.hasSuffix("ies"), lower.count > 4 { return String(lower.dropLast(3)) + "y" }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss"), lower.count > 3 { return String(lower.dropLast()) }
        return lower
    }
}
