/// A read-only table keyed by word keys. The keys are already well-mixed
/// FNV hashes, so lookups probe an array directly instead of re-hashing
/// with `Hasher` as `Dictionary` does — the scanner asks these tables
/// millions of times per document.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    /// One bit per value of a key's top 12 bits, set for the keys in the table: most words of a
    /// text are in no table, and one bit test rejects them before any probe.
    private var filter: [UInt64]

    init(_ entries: [UInt64: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        filter = Array(repeating: 0, count: 64)
        for (k, v) in entries where k != 0 {
            let bit = WordTable.filterBit(k)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var i = WordTable.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    /// The key's top 12 bits (FNV's best mixed), 0..<4096.
    @inline(__always) static func filterBit(_ k: UInt64) -> Int { Int(truncatingIfNeeded: k &>> 52) }

    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    @inline(__always) subscript(key: UInt64) -> Value? {
        let i = index(of: key)
        return i >= 0 ? values[i] : nil
    }

    /// True when `key` is in the table, without reading its value.
    @inline(__always) func containsKey(_ key: UInt64) -> Bool { index(of: key) >= 0 }

    /// The slot holding `key`, or -1. The slot is always within `keys` (`& mask`), so the probe reads
    /// it unchecked: the scanner asks these tables for most words of a text.
    @inline(__always) func index(of key: UInt64) -> Int {
        guard key != 0 else { return -1 }
        let bit = WordTable.filterBit(key)
        let word = filter.withUnsafeBufferPointer { $0[bit >> 6] }  // bit >> 6 < 64
        guard word & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        return keys.withUnsafeBufferPointer { k in
            var i = WordTable.slot(key, mask)
            while true {
                let found = k[i]
                if found == key { return i }
                if found == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// All keys in the table.
    var allKeys: [UInt64] { keys.filter { $0 != 0 } }
}

/// A read-only set of word keys (see ``WordTable``).
struct WordSet: Sendable {
    private let table: WordTable<Bool>
    let members: Set<UInt64>

    init(_ keys: Set<UInt64>) {
        members = keys
        var d: [UInt64: Bool] = [:]
        for k in keys { d[k] = true }
        table = WordTable(d)
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { table.containsKey(key) }

    func union(_ other: WordSet) -> WordSet { WordSet(members.union(other.members)) }
    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == UInt64 { WordSet(members.union(other)) }
}
