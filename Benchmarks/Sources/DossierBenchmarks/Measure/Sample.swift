import Foundation

/// Repeated measurements of one quantity: its median and spread.
public struct Sample: Sendable, Codable, Equatable {
    public var values: [Double]

    public init(_ values: [Double] = []) { self.values = values }

    public var median: Double { Self.percentile(values, 0.5) }
    public var min: Double { values.min() ?? .nan }
    public var max: Double { values.max() ?? .nan }

    /// The `p` quantile (0…1) by linear interpolation; NaN when empty.
    public static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let position = p * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = Swift.min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    /// "12.3 (11.9–12.8)": the median and the range of the runs.
    public func formatted(_ digits: Int = 1) -> String {
        guard values.count > 1 else { return Self.number(median, digits) }
        return "\(Self.number(median, digits)) (\(Self.number(min, digits))–\(Self.number(max, digits)))"
    }

    static func number(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "–" }
        return String(format: "%.\(digits)f", x)
    }
}

/// Monotonic time in seconds.
public func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Seconds taken by `body`.
public func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicSeconds()
    try body()
    return monotonicSeconds() - start
}
