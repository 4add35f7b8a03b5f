/// Scoring: adding up the votes of a set of features.
extension WeightTable {
    /// Adds the votes of `features` into `scores`, which holds ``paddedClassCount`` floats (dense rows add
    /// eight at a time, into the padding too).
    ///
    /// Two stages, because every probe is a cache miss: first each key's home line is copied out, with
    /// no branch on what was loaded, so the processor has all the misses in flight at once; then the
    /// copies are read from the first-level cache. Reading a slot and branching on it straight away
    /// let a mispredicted branch (is the key here? how long is its row?) wait for each miss in turn.
    ///
    /// A key is matched by its home line and fingerprint; two trained keys that share both (about
    /// one chance in 2³² per pair of neighbours) would read each other's row.
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>,
                    scratch: ScoringScratch) {
        precondition(features.count <= scratch.capacity, "scratch made for fewer features")
        let slots = self.slots.base
        let group = Self.group
        let fetched = scratch.fetched, denseRows = scratch.denseRows, longRows = scratch.longRows
        for (k, key) in features.enumerated() {
            let (start, lines) = region(key)
            (fetched + k * group).update(from: slots + start + Self.home(key, lines: lines), count: group)
        }
        var denseCount = 0
        var longCount = 0
        for (k, key) in features.enumerated() {
            let fingerprint = Self.fingerprint(key)
            // The line's four slots, written out: a loop returning an enum with the slot in it measured
            // a third slower.
            let line = fetched + k * group
            var slot = line[0]
            if slot.fingerprint != fingerprint {
                if slot.fingerprint == 0 { continue }
                slot = line[1]
                if slot.fingerprint != fingerprint {
                    if slot.fingerprint == 0 { continue }
                    slot = line[2]
                    if slot.fingerprint != fingerprint {
                        if slot.fingerprint == 0 { continue }
                        slot = line[3]
                        if slot.fingerprint != fingerprint {
                            if slot.fingerprint == 0 { continue }
                            guard let found = probe(key, fingerprint: fingerprint) else { continue }
                            slot = found
                        }
                    }
                }
            }
            switch slot.count {
            case Self.denseRow:
                denseRows[denseCount] = Self.rowStart(slot)
                denseCount += 1
            case 1...UInt8(Self.inline):
                addInline(slot, into: scores)
            default:
                longRows[longCount] = slot
                longCount += 1
            }
        }
        addOverflow(UnsafeBufferPointer(start: longRows, count: longCount), first: scratch.firstEntries, into: scores)
        addDense(UnsafeBufferPointer(start: denseRows, count: denseCount), into: scores)
    }

    /// Where a longer row starts in the overflow or the dense rows (kept in the slot's first two weights).
    @inline(__always)
    static func rowStart(_ slot: Slot) -> Int {
        Int(UInt16(bitPattern: slot.weight0)) | Int(UInt16(bitPattern: slot.weight1)) << 16
    }

    /// Adds the overflow rows of `rows`: each row's first entry is read for all rows before any is
    /// added, so those misses overlap too.
    @inline(__always)
    func addOverflow(_ rows: UnsafeBufferPointer<Slot>, first: UnsafeMutablePointer<UInt32>,
                     into scores: UnsafeMutablePointer<Float>) {
        guard !rows.isEmpty else { return }
        let scale = self.scale
        overflow.withUnsafeBufferPointer { overflow in
            for (r, slot) in rows.enumerated() { first[r] = overflow[Self.rowStart(slot)] }
            for (r, slot) in rows.enumerated() {
                let start = Self.rowStart(slot)
                var e = first[r]
                var j = start
                while true {
                    scores[Int(e >> 16)] += Float(Int16(bitPattern: UInt16(truncatingIfNeeded: e))) * scale
                    j += 1
                    if j == start + Int(slot.count) { break }
                    e = overflow[j]
                }
            }
        }
    }

    /// Adds the dense rows numbered `rows`, eight classes at a time across all rows: the rows' loads
    /// do not wait on one another, and the sums stay in registers (16-bit weights summed exactly in
    /// 32 bits, scaled once).
    @inline(__always)
    func addDense(_ rows: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Float>) {
        guard !rows.isEmpty else { return }
        let stride = denseStride
        let scale = self.scale
        dense.withUnsafeBufferPointer { dense in
            let base = UnsafeRawPointer(dense.baseAddress!)
            let out = UnsafeMutableRawPointer(scores)
            var i = 0
            while i < stride {
                var sum = SIMD8<Int32>()
                for row in rows {
                    let w = base.loadUnaligned(fromByteOffset: (row * stride + i) * 2, as: SIMD8<Int16>.self)
                    sum &+= SIMD8<Int32>(truncatingIfNeeded: w)
                }
                let s = out.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
                out.storeBytes(of: s + SIMD8<Float>(sum) * scale, toByteOffset: i * 4, as: SIMD8<Float>.self)
                i += 8
            }
        }
    }

    /// The slot of `key` past its home line, or nil when the table has no row for it.
    @inline(never)
    func probe(_ key: UInt64, fingerprint: UInt32) -> Slot? {
        let (start, lines) = region(key)
        let slots = self.slots.base + start
        let size = lines * Self.group
        var i = Self.home(key, lines: lines) + Self.group
        if i == size { i = 0 }
        while true {
            let slot = slots[i]
            if slot.fingerprint == fingerprint { return slot }
            if slot.fingerprint == 0 { return nil }
            i = i + 1 == size ? 0 : i + 1
        }
    }

    /// Adds a row of up to ``inline`` votes kept in the slot itself.
    @inline(__always)
    func addInline(_ slot: Slot, into scores: UnsafeMutablePointer<Float>) {
        let scale = self.scale
        scores[Int(slot.class0)] += Float(slot.weight0) * scale
        if slot.count > 1 { scores[Int(slot.class1)] += Float(slot.weight1) * scale }
        if slot.count > 2 { scores[Int(slot.class2)] += Float(slot.weight2) * scale }
    }
}

/// Working memory for ``WeightTable/accumulate(_:into:scratch:)``, made once per sentence rather than
/// once per word or move (a hundred slots is more than Swift keeps on the stack, so a temporary
/// allocation per call would be a `malloc` and a `free` each time).
struct ScoringScratch {
    let capacity: Int
    let fetched: UnsafeMutablePointer<WeightTable.Slot>
    let longRows: UnsafeMutablePointer<WeightTable.Slot>
    let denseRows: UnsafeMutablePointer<Int>
    let firstEntries: UnsafeMutablePointer<UInt32>

    /// Runs `body` with scratch for up to `features` keys per call.
    static func with<R>(features: Int, _ body: (ScoringScratch) throws -> R) rethrows -> R {
        let lines = WeightTable.group * features
        return try withUnsafeTemporaryAllocation(of: WeightTable.Slot.self, capacity: lines + features) { slots in
            try withUnsafeTemporaryAllocation(of: Int.self, capacity: features) { rows in
                try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: features) { first in
                    try body(ScoringScratch(capacity: features, fetched: slots.baseAddress!,
                                            longRows: slots.baseAddress! + lines,
                                            denseRows: rows.baseAddress!, firstEntries: first.baseAddress!))
                }
            }
        }
    }
}
