/// A fixed list of byte phrases, grouped by first byte, so that "does any of
/// them occur in …" is one pass over the haystack instead of one per phrase.
///
/// Class names are judged against a few dozen such lists on every page; a
/// search per phrase was most of that cost.
struct BytePhrases: Sendable {
    /// Every phrase, back to back.
    private let bytes: [UInt8]
    /// For each first byte, the (start, length) of the phrases opening with it.
    private let byFirst: [[(start: Int, count: Int)]]

    init(_ phrases: [String]) {
        var bytes: [UInt8] = []
        var byFirst = [[(start: Int, count: Int)]](repeating: [], count: 256)
        for phrase in phrases {
            let utf8 = Array(phrase.utf8)
            guard let first = utf8.first else { continue }
            byFirst[Int(first)].append((bytes.count, utf8.count))
            bytes.append(contentsOf: utf8)
        }
        self.bytes = bytes
        self.byFirst = byFirst
    }

    /// True when any phrase occurs in `haystack` (exact bytes).
    func occurs(in haystack: [UInt8]) -> Bool {
        let n = haystack.count
        for i in 0..<n {
            for phrase in byFirst[Int(haystack[i])] where phrase.count <= n - i && matches(phrase, haystack, at: i) {
                return true
            }
        }
        return false
    }

    /// True when `word` starts with any phrase (exact bytes).
    func opens(_ word: [UInt8]) -> Bool {
        guard let first = word.first else { return false }
        return byFirst[Int(first)].contains { $0.count <= word.count && matches($0, word, at: 0) }
    }

    @inline(__always)
    private func matches(_ phrase: (start: Int, count: Int), _ haystack: [UInt8], at i: Int) -> Bool {
        var j = 0
        while j < phrase.count, haystack[i + j] == bytes[phrase.start + j] { j += 1 }
        return j == phrase.count
    }
}
