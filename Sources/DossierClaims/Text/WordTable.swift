/// A read-only table keyed by word keys. The keys are already well-mixed
/// FNV hashes, so lookups probe an array directly instead of re-hashing
/// with `Hasher` as `Dictionary` does — the scanner asks these tables
/// millions of times per document.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [UInt64: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (k, v) in entries where k != 0 {
            var i = WordTable.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        var i = WordTable.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
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

    @inline(__always) func contains(_ key: UInt64) -> Bool { table[key] != nil }

    func union(_ other: WordSet) -> WordSet { WordSet(members.union(other.members)) }
    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == UInt64 { WordSet(members.union(other)) }
}
