public import DossierModel
import Foundation

/// The set of values a claim allows, on one scale per ``FigureDimension``:
/// "$32 billion" is a point, "$1M–10M" a range, "north of $30 billion" the
/// half-line above 30 billion, "up to 18 months" the values below 18 months.
public struct FigureInterval: Sendable, Equatable {
    public var low: Double
    public var high: Double
    /// Relative slack on each end: the rounding the figure implies.
    public var tolerance: Double

    public init(low: Double, high: Double, tolerance: Double) {
        self.low = low
        self.high = high
        self.tolerance = tolerance
    }

    /// The interval a claim allows, or nil when it states no number (a bare date).
    public init?(_ claim: Claim, tolerance base: Tolerance = .standard) {
        guard claim.kind != .date else { return nil }
        let scale = claim.kind == .duration ? FigureDimension.days(per: claim.unit) : 1
        if let value = claim.value, value.isFinite {
            let v = value * scale
            var slack = base.relative
            if claim.qualifier == .approximate {
                slack = max(slack, min(Self.impliedRounding(value), base.approximateCap))
            }
            switch claim.qualifier {
            case .exact, .approximate: self.init(low: v, high: v, tolerance: slack)
            case .atLeast, .moreThan: self.init(low: v, high: .infinity, tolerance: slack)
            case .atMost, .lessThan: self.init(low: min(0, v), high: v, tolerance: slack)
            }
        } else if let low = claim.low, let high = claim.high, low.isFinite, high.isFinite {
            let slack = claim.qualifier == .approximate ? max(base.relative, base.approximateCap / 2) : base.relative
            self.init(low: min(low, high) * scale, high: max(low, high) * scale, tolerance: slack)
        } else {
            return nil
        }
    }

    /// True for a stated range ("$1M–10M") rather than a point or a bound.
    public var isRange: Bool { low != high && high.isFinite && low > 0 }

    /// The interval widened by its tolerance on both ends.
    var widened: (Double, Double) {
        let lo = low >= 0 ? low * (1 - tolerance) : low * (1 + tolerance)
        let hi = high.isFinite ? (high >= 0 ? high * (1 + tolerance) : high * (1 - tolerance)) : high
        return (lo, hi)
    }

    /// Two figures agree when the values they allow overlap, each widened by
    /// the rounding it implies: "roughly $100 million" and "$97 million",
    /// "north of $30 billion" and "$32 billion", "$1M–10M" and "$2 million".
    public func agrees(with other: FigureInterval) -> Bool {
        let (a0, a1) = widened
        let (b0, b1) = other.widened
        return a0 <= b1 && b0 <= a1
    }

    /// True when `value` lies inside the stated range (no widening): "$1M–10M" contains $2 million.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }

    /// Half the unit of the last significant digit, relative to the value:
    /// "100 million" is written to the nearest 100 million (±50%), "1.9
    /// billion" to the nearest 100 million (±2.6%).
    static func impliedRounding(_ value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        var unit = pow(10, floor(log10(magnitude)))
        // Walk down while the value is not a whole multiple of the unit.
        for _ in 0..<12 {
            let ratio = magnitude / unit
            if abs(ratio - ratio.rounded()) < 1e-6 { break }
            unit /= 10
        }
        return (unit / 2) / magnitude
    }
}

/// How close two figures must be to agree.
public struct Tolerance: Sendable, Equatable {
    /// Relative slack on each figure; two figures may differ by about twice this
    /// (0.025: "$412.6 million" agrees with $400 million, not with $380 million).
    public var relative: Double
    /// The most a qualifier like "roughly" or "about" may widen a figure by the rounding it implies.
    public var approximateCap: Double

    public init(relative: Double, approximateCap: Double) {
        self.relative = relative
        self.approximateCap = approximateCap
    }

    public static let standard = Tolerance(relative: 0.025, approximateCap: 0.15)
}
