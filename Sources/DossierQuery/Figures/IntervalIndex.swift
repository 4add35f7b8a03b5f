/// Answers "does any of these intervals overlap [low, high]?" in logarithmic
/// time: the intervals sorted by their low end, with the highest high end seen
/// so far beside each. Used where a figure is matched against many others (a
/// group of thousands of claims), which a scan would make quadratic.
struct IntervalIndex {
    private var lows: [Double] = []
    private var highestHighs: [Double] = []

    /// `intervals` as (low, high), already widened by their tolerance.
    init(_ intervals: [(Double, Double)]) {
        let sorted = intervals.sorted { $0.0 < $1.0 }
        lows = sorted.map(\.0)
        var highest = -Double.infinity
        highestHighs = sorted.map { highest = max(highest, $0.1); return highest }
    }

    var isEmpty: Bool { lows.isEmpty }

    /// True when some interval has low ≤ `high` and high ≥ `low`.
    func overlaps(low: Double, high: Double) -> Bool {
        // The intervals starting at or below `high` are a prefix; the highest top among them decides.
        var lo = 0, hi = lows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lows[mid] <= high { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && highestHighs[lo - 1] >= low
    }
}
