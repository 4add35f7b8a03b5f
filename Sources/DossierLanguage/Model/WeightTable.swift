/// The weights of a trained linear model, read-only: for each feature key,
/// the classes it votes for and by how much.
///
/// Rows are sparse because a perceptron only ever touches the true and the
/// predicted class of an example: most features vote for one to three of the
/// parser's hundred moves. Scoring is bound by memory latency (the parser's
/// table is larger than the caches and every feature is a random probe), so a
/// slot is 16 bytes and holds up to three votes itself: most lookups cost one
/// cache line. Longer rows continue in an overflow array, and the longest
/// (the votes of single tags and words, read for almost every move) are kept
/// dense and added eight classes at a time. Keys of templates that read no
/// word (``FeatureKey/hotBit``) have a region of their own that stays in the
/// caches; scoring is in `WeightTable+Scoring.swift`.
///
/// Weights are 16-bit integers times one scale per table, which is what
/// training rounds to, so a model and its file score alike.
struct WeightTable: Sendable {
    /// One slot: the key's high 32 bits (0 marks an empty slot), the row's length (``denseRow`` for
    /// a dense row), its first three classes, and either their weights or, for a longer row, where it
    /// starts in the overflow or the dense rows.
    struct Slot: Sendable {
        var fingerprint: UInt32 = 0
        var count: UInt8 = 0
        var class0: UInt8 = 0
        var class1: UInt8 = 0
        var class2: UInt8 = 0
        var weight0: Int16 = 0
        var weight1: Int16 = 0
        var weight2: Int16 = 0
        /// Unused: keeps a slot at 16 bytes, so four slots make one 64-byte line (see ``group``).
        var padding: UInt16 = 0
    }

    static let inline = 3
    /// Rows with more entries than this are stored dense: for the parser's hundred classes, a sparse
    /// row of 16 costs about as much to add as a dense one with vector instructions. With the tagger's
    /// 17 classes a dense row is 48 bytes, one cache line, so every row too long for its slot is dense.
    static func denseAbove(classCount: Int) -> Int { classCount <= 24 ? inline : 16 }
    /// The `count` of a slot whose row is dense (a real row is never empty).
    static let denseRow: UInt8 = 0

    let classCount: Int
    /// What a stored weight of 1 is worth.
    let scale: Float
    /// Hot keys (see ``FeatureKey``) live in the first `hotLines` lines, the rest in the `coldLines`
    /// after them; each region is probed within itself, wrapping to its first line.
    let hotLines: Int
    let coldLines: Int
    let slots: SlotMemory
    /// Rows longer than ``inline``: class << 16 | weight bits, per entry.
    let overflow: [UInt32]
    /// Rows longer than ``denseAbove(classCount:)``: `denseStride` weights each, zero where the row has none.
    let dense: [Int16]
    /// `classCount` rounded up to a multiple of 8.
    let denseStride: Int
    /// Kept for writing the file back and for statistics.
    let rows: Rows

    /// The number of features with at least one weight.
    var featureCount: Int { rows.keys.count }
    var entryCount: Int { rows.classes.count }

    /// A model's rows in flat arrays: `keys[r]` has `counts[r]` entries, taken in order from `classes`
    /// and `weights`; a weight is worth `weights[i] × scale`. Keys are sorted and distinct.
    struct Rows: Sendable, Equatable {
        var keys: [UInt64] = []
        var counts: [UInt8] = []
        var classes: [UInt8] = []
        var weights: [Int16] = []
        var scale: Float = 1
    }

    /// Slots are probed a cache line at a time: ``group`` slots of 16 bytes, starting at a key's home
    /// line, so a lookup reads one line whether the key sits first in it or third, and most keys not
    /// in the table are known absent from that line alone (it has an empty slot).
    static let group = 4

    /// The first slot of `key`'s home line in a region of `lines` lines: the key's low 32 bits scaled
    /// to the region (a multiply and a shift, so a region need not be a power of two and can be sized
    /// to its keys). The fingerprint is the high 32 bits, so the two never share a bit.
    @inline(__always)
    static func home(_ key: UInt64, lines: Int) -> Int {
        Int(truncatingIfNeeded: ((key & 0xFFFF_FFFF) &* UInt64(lines)) >> 32) &* group
    }

    /// Where `key`'s region starts and how many lines it has (chosen without a branch).
    @inline(__always)
    func region(_ key: UInt64) -> (start: Int, lines: Int) {
        Self.region(key, hotLines: hotLines, coldLines: coldLines)
    }

    @inline(__always)
    static func region(_ key: UInt64, hotLines: Int, coldLines: Int) -> (start: Int, lines: Int) {
        key & FeatureKey.hotBit != 0 ? (0, hotLines) : (hotLines * group, coldLines)
    }

    /// Lines for `count` keys: at most 60 % of the slots full. Alternating runs: 60 % beat 70 % in
    /// each of three (fewer keys spill past a full home line; +6 MB), 50 % did not beat 60 %.
    static func lines(for count: Int) -> Int {
        max(1, (count * 10 + 6 * group - 1) / (6 * group))
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// Builds the table. Rows must be non-empty (training never writes an empty one).
    init(classCount: Int, rows: Rows) {
        precondition(classCount <= 256, "classes are stored in one byte")
        self.classCount = classCount
        self.scale = rows.scale
        self.rows = rows
        let hotCount = rows.keys.reduce(0) { $0 + ($1 & FeatureKey.hotBit != 0 ? 1 : 0) }
        hotLines = Self.lines(for: hotCount)
        coldLines = Self.lines(for: rows.keys.count - hotCount)
        let slots = SlotMemory(count: (hotLines + coldLines) * Self.group)
        var overflow: [UInt32] = []
        var dense: [Int16] = []
        let denseStride = (classCount + 7) / 8 * 8
        let denseAbove = Self.denseAbove(classCount: classCount)
        var next = 0
        let (hotLines, coldLines) = (self.hotLines, self.coldLines)
        rows.keys.withUnsafeBufferPointer { keys in
        rows.counts.withUnsafeBufferPointer { counts in
        rows.classes.withUnsafeBufferPointer { c in
        rows.weights.withUnsafeBufferPointer { w in
            for r in 0..<keys.count {
                let count = Int(counts[r])
                var slot = Slot(fingerprint: Self.fingerprint(keys[r]), count: UInt8(truncatingIfNeeded: count))
                if count > denseAbove {
                    let row = dense.count / denseStride
                    slot.count = Self.denseRow
                    slot.weight0 = Int16(bitPattern: UInt16(truncatingIfNeeded: row))
                    slot.weight1 = Int16(bitPattern: UInt16(truncatingIfNeeded: row >> 16))
                    dense.append(contentsOf: repeatElement(0, count: denseStride))
                    for j in next..<(next + count) { dense[row * denseStride + Int(c[j])] = w[j] }
                } else if count <= Self.inline {
                    if count > 0 { slot.class0 = c[next]; slot.weight0 = w[next] }
                    if count > 1 { slot.class1 = c[next + 1]; slot.weight1 = w[next + 1] }
                    if count > 2 { slot.class2 = c[next + 2]; slot.weight2 = w[next + 2] }
                } else {
                    let start = UInt32(overflow.count)
                    slot.weight0 = Int16(bitPattern: UInt16(truncatingIfNeeded: start))
                    slot.weight1 = Int16(bitPattern: UInt16(truncatingIfNeeded: start >> 16))
                    for j in next..<(next + count) { overflow.append(UInt32(c[j]) << 16 | UInt32(UInt16(bitPattern: w[j]))) }
                }
                next += count
                let (start, lines) = Self.region(keys[r], hotLines: hotLines, coldLines: coldLines)
                let size = lines * Self.group
                var i = Self.home(keys[r], lines: lines)
                while slots.base[start + i].fingerprint != 0 { i = i + 1 == size ? 0 : i + 1 }
                slots.base[start + i] = slot
            }
        }
        }
        }
        }
        self.slots = slots
        self.overflow = overflow
        self.dense = dense
        self.denseStride = denseStride
    }

    /// How many floats a score buffer for this table needs: ``classCount`` rounded up to a multiple of 8.
    var paddedClassCount: Int { denseStride }
}

import Glibc

/// The slot array, in memory asked of the kernel in huge pages where it allows.
///
/// The parser's table is some 16 MB probed at random: with 4 KB pages most
/// probes also miss the TLB, and a page walk costs as much as the cache miss.
/// 2 MB pages (transparent huge pages, granted on request with `madvise`)
/// leave only the cache miss.
final class SlotMemory: @unchecked Sendable {
    // Immutable after init; only read from then on, by any thread.
    let base: UnsafeMutablePointer<WeightTable.Slot>
    let count: Int

    init(count: Int) {
        self.count = count
        let bytes = max(count * MemoryLayout<WeightTable.Slot>.stride, 1)
        let huge = 2 << 20
        var raw: UnsafeMutableRawPointer?
        if bytes >= huge, posix_memalign(&raw, huge, (bytes + huge - 1) / huge * huge) == 0, let raw {
            _ = madvise(raw, (bytes + huge - 1) / huge * huge, MADV_HUGEPAGE)
        } else {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        }
        base = raw!.bindMemory(to: WeightTable.Slot.self, capacity: count)
        base.initialize(repeating: WeightTable.Slot(), count: count)
    }

    deinit { free(base) }
}
