/// Averaged-perceptron weights while training: dense rows per feature,
/// created the first time a feature takes part in an update.
///
/// Averaging is lazy (each weight remembers the step it last changed at), so
/// an update costs the classes it touches, not the whole model.
final class PerceptronWeights {
    let classCount: Int
    private var keys: [UInt64]
    private var rowOfSlot: [Int32]
    private var mask: Int
    private(set) var rowCount = 0
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Examples seen so far: the clock the averages are taken over.
    private(set) var step: Int32 = 0

    init(classCount: Int) {
        self.classCount = classCount
        keys = [UInt64](repeating: 0, count: 1 << 16)
        rowOfSlot = [Int32](repeating: -1, count: 1 << 16)
        mask = (1 << 16) - 1
    }

    /// Counts an example (whether or not it leads to an update).
    func tick() { step += 1 }

    /// Adds each feature's row into `scores` (`classCount` floats).
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let n = classCount
        weights.withUnsafeBufferPointer { w in
            for key in features {
                let row = lookup(key)
                if row < 0 { continue }
                let base = Int(row) * n
                for c in 0..<n { scores[c] += w[base + c] }
            }
        }
    }

    /// Moves weight from `guess` to `truth` for every feature.
    func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for key in features {
            let row = Int(rowForUpdate(key))
            bump(row * classCount + truth, by: 1)
            bump(row * classCount + guess, by: -1)
        }
    }

    @inline(__always)
    private func bump(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// The averaged weights, keeping only those at least `threshold` in magnitude, rounded to 16-bit
    /// steps of one scale (what the model file stores, so a model and its reloaded file agree exactly).
    func averaged(threshold: Float) -> WeightTable {
        var order: [(key: UInt64, row: Int)] = []
        order.reserveCapacity(rowCount)
        for slot in 0..<keys.count where rowOfSlot[slot] >= 0 { order.append((keys[slot], Int(rowOfSlot[slot]))) }
        // Sorting by key makes the model independent of the order features were first met in.
        order.sort { $0.key < $1.key }
        let now = Double(max(step, 1))
        var kept: [(key: UInt64, entries: [(UInt8, Double)])] = []
        var largest = 0.0
        for (key, row) in order {
            let base = row * classCount
            var entries: [(UInt8, Double)] = []
            for c in 0..<classCount {
                let i = base + c
                let average = (totals[i] + Double(step - stamps[i]) * Double(weights[i])) / now
                if abs(average) >= Double(threshold) && average != 0 {
                    entries.append((UInt8(c), average))
                    largest = max(largest, abs(average))
                }
            }
            if !entries.isEmpty { kept.append((key, entries)) }
        }
        var rows = WeightTable.Rows()
        rows.scale = largest > 0 ? Float(largest / 32767) : 1
        let scale = Double(rows.scale)
        for (key, entries) in kept {
            let quantized = entries.compactMap { c, w -> (UInt8, Int16)? in
                let q = (w / scale).rounded()
                return q == 0 ? nil : (c, Int16(max(-32767, min(32767, q))))
            }
            guard !quantized.isEmpty else { continue }
            rows.keys.append(key)
            rows.counts.append(UInt8(quantized.count))
            for (c, q) in quantized { rows.classes.append(c); rows.weights.append(q) }
        }
        return WeightTable(classCount: classCount, rows: rows)
    }

    @inline(__always)
    private func lookup(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return rowOfSlot[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    private func rowForUpdate(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return rowOfSlot[i] }
            if k == 0 { break }
            i = (i + 1) & mask
        }
        let row = Int32(rowCount)
        keys[i] = key
        rowOfSlot[i] = row
        rowCount += 1
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(step, count: classCount))
        if rowCount * 2 > keys.count { grow() }
        return row
    }

    private func grow() {
        let oldKeys = keys
        let oldRows = rowOfSlot
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        rowOfSlot = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (slot, key) in oldKeys.enumerated() where key != 0 {
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = key
            rowOfSlot[i] = oldRows[slot]
        }
    }
}
