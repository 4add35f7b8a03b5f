/// Case-insensitive keys for words, so that tables of cue words are compared
/// by one integer instead of by building a `String` for every word of a text.
enum WordKey {
    @inline(__always) static var offset: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always) static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    /// The key of a lowercase ASCII word as it appears in the tables.
    static func of(_ word: String) -> UInt64 {
        var h = offset
        for b in word.utf8 {
            let lower = (b >= 65 && b <= 90) ? b + 32 : b
            h = (h ^ UInt64(lower)) &* prime
        }
        return h
    }

    /// The key of two consecutive words, for two-word cues ("net income").
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 31) ^ (b &+ 0x9e37_79b9_7f4a_7c15)
    }

    static func pair(_ a: String, _ b: String) -> UInt64 { pair(of(a), of(b)) }

    /// A table from words to values, keyed by ``of(_:)``.
    static func table<V>(_ entries: [(String, V)]) -> WordTable<V> {
        var t: [UInt64: V] = [:]
        for (w, v) in entries { t[of(w)] = v }
        return WordTable(t)
    }

    static func set(_ words: [String]) -> WordSet { WordSet(Set(words.map(of))) }
}

// Single-word keys used in comparisons are written as literals (generated
// from `WordKey.of`), so reading them costs no lazy initialisation in the
// scanner's loops; `WordKeyTests` checks each literal against its word.
