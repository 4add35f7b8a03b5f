/// The weights of a trained linear model, read-only: for each feature key,
/// the classes it votes for and by how much.
///
/// Rows are sparse because a perceptron only ever touches the true and the
/// predicted class of an example, so most features vote for a handful of the
/// parser's hundred moves. Keys live in one open-addressed table whose slot
/// holds the key and where the row starts, so a lookup costs one cache line.
struct WeightTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var start: UInt32
        var count: UInt32
    }

    struct Entry: Sendable {
        var classIndex: UInt32
        var weight: Float
    }

    let classCount: Int
    private let mask: Int
    private let slots: [Slot]
    private let entries: [Entry]

    /// The number of features with at least one weight.
    let featureCount: Int
    var entryCount: Int { entries.count }

    /// A model's rows in flat arrays: `keys[r]` has `counts[r]` entries, taken in order from `classes` and `weights`.
    struct Rows: Sendable, Equatable {
        var keys: [UInt64] = []
        var counts: [UInt8] = []
        var classes: [UInt8] = []
        var weights: [Float] = []
    }

    /// Builds the table; rows with no entries are left out.
    init(classCount: Int, rows: Rows) {
        precondition(classCount <= 256, "classes are stored in one byte")
        self.classCount = classCount
        let kept = rows.counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        var capacity = 16
        while capacity < kept + kept / 2 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: capacity)
        var entries: [Entry] = []
        entries.reserveCapacity(rows.classes.count)
        var next = 0
        for r in rows.keys.indices {
            let count = Int(rows.counts[r])
            defer { next += count }
            guard count > 0 else { continue }
            let key = rows.keys[r]
            var i = Int(truncatingIfNeeded: key) & mask
            while slots[i].key != 0 {
                precondition(slots[i].key != key, "duplicate feature key")
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, start: UInt32(entries.count), count: UInt32(count))
            for j in next..<(next + count) {
                entries.append(Entry(classIndex: UInt32(rows.classes[j]), weight: rows.weights[j]))
            }
        }
        self.slots = slots
        self.entries = entries
        featureCount = kept
    }

    /// The rows back, sorted by key: what the model file stores.
    var rows: Rows {
        var out = Rows()
        for slot in slots.filter({ $0.key != 0 }).sorted(by: { $0.key < $1.key }) {
            out.keys.append(slot.key)
            out.counts.append(UInt8(slot.count))
            for e in entries[Int(slot.start)..<Int(slot.start + slot.count)] {
                out.classes.append(UInt8(e.classIndex))
                out.weights.append(e.weight)
            }
        }
        return out
    }

    /// The most features one call scores (the parser's templates, with room to spare).
    static let maxFeatures = 128

    /// Adds the votes of `features` into `scores` (which holds `classCount` floats).
    ///
    /// Scoring is bound by memory latency: the table is larger than the caches, and probing
    /// feature by feature waits for one miss after another. So it runs in stages whose loads do
    /// not depend on each other (every feature's home slot, then every row's entries), letting
    /// the processor overlap the misses.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        precondition(features.count <= Self.maxFeatures)
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: Self.maxFeatures) { home in
            withUnsafeTemporaryAllocation(of: Entry.self, capacity: Self.maxFeatures) { first in
                slots.withUnsafeBufferPointer { slots in
                    // Stage 1: every feature's home slot, loaded before any is looked at.
                    for f in 0..<features.count {
                        home[f] = slots[Int(truncatingIfNeeded: features[f]) & mask]
                    }
                    // Stage 2: resolve collisions (rare: the table is at most two-thirds full).
                    var found = 0
                    for f in 0..<features.count {
                        let key = features[f]
                        var slot = home[f]
                        var i = Int(truncatingIfNeeded: key) & mask
                        while slot.key != key && slot.key != 0 {
                            i = (i + 1) & mask
                            slot = slots[i]
                        }
                        if slot.key == key { home[found] = slot; found += 1 }
                    }
                    entries.withUnsafeBufferPointer { entries in
                        // Stage 3: every row's first entry, then the sums.
                        for r in 0..<found { first[r] = entries[Int(home[r].start)] }
                        for r in 0..<found {
                            let e = first[r]
                            scores[Int(e.classIndex)] += e.weight
                            let start = Int(home[r].start)
                            for j in (start + 1)..<(start + Int(home[r].count)) {
                                let e = entries[j]
                                scores[Int(e.classIndex)] += e.weight
                            }
                        }
                    }
                }
            }
        }
    }
}

extension WeightTable {
    /// The same table without weights smaller than `threshold` in magnitude.
    func pruned(below threshold: Float) -> WeightTable {
        let all = rows
        var kept = Rows()
        var next = 0
        for r in all.keys.indices {
            let count = Int(all.counts[r])
            var n = 0
            for j in next..<(next + count) where abs(all.weights[j]) >= threshold {
                kept.classes.append(all.classes[j])
                kept.weights.append(all.weights[j])
                n += 1
            }
            next += count
            if n > 0 { kept.keys.append(all.keys[r]); kept.counts.append(UInt8(n)) }
        }
        return WeightTable(classCount: classCount, rows: kept)
    }
}
