/// Pairs the rows a new parse produces with the rows stored before, by equal
/// keys, so that what did not change keeps its row (its id, its index
/// entries, the corrections made on it).
package enum RowMatching {
    /// For each new key, the index of the old key it keeps, or nil when it is
    /// new. Equal keys pair up in order: the first new one takes the first old
    /// one, as both lists follow the text. An old key is taken at most once.
    package static func inOrder<Key: Hashable>(old: [Key], new: [Key]) -> [Int?] {
        guard !old.isEmpty else { return Array(repeating: nil, count: new.count) }
        var waiting: [Key: [Int]] = [:]
        waiting.reserveCapacity(old.count)
        for (index, key) in old.enumerated().reversed() { waiting[key, default: []].append(index) }
        return new.map { key in waiting[key]?.popLast() }
    }

    /// Indexes of `count` old rows that `matches` did not take.
    package static func unmatched(_ matches: [Int?], count: Int) -> [Int] {
        var taken = [Bool](repeating: false, count: count)
        for case let index? in matches { taken[index] = true }
        return (0..<count).filter { !taken[$0] }
    }
}
