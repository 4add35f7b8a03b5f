import Foundation

/// A procedurally generated vocabulary with Zipf-distributed word frequencies.
///
/// Words are built from syllables, so no word list is shipped; frequent words
/// are short, rare ones long, as in real prose. A few English function words
/// head the list so the porter stemmer and BM25 see realistic stop-word
/// frequencies. The same seed always gives the same words in the same ranks,
/// which is what lets the search benchmark pick rare and common query words.
public struct Vocabulary: Sendable {
    /// Words by rank: `words[0]` is the most frequent.
    public let words: [String]
    /// Cumulative Zipf weights, for sampling by binary search.
    private let cumulative: [Double]

    static let functionWords = [
        "the", "of", "and", "to", "in", "a", "that", "for", "is", "on", "with", "as", "was", "by", "it", "at",
        "from", "said", "has", "its", "be", "are", "an", "have", "not", "which", "but", "this", "will", "after",
    ]
    static let onsets = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n",
                         "p", "pl", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", ""]
    static let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
    static let codas = ["", "", "", "n", "r", "s", "l", "m", "nt", "st", "rk", "x", "nd"]
    static let suffixes = ["", "", "", "", "ing", "ed", "s", "er", "tion", "ly", "ment", "ness"]

    /// Builds `count` distinct words (at least the function words).
    public init(seed: UInt64, count: Int = 60_000, exponent: Double = 1.07) {
        var random = SeededRandom(seed: seed ^ 0x766F_6361_6275_6C61)
        var words = Self.functionWords
        var seen = Set(words)
        while words.count < count {
            // Frequent ranks get one or two syllables, rare ranks up to four.
            let rank = words.count
            let maxSyllables = rank < 500 ? 2 : rank < 5000 ? 3 : 4
            let syllables = random.int(1...maxSyllables)
            var word = ""
            for _ in 0..<syllables {
                word += random.pick(Self.onsets) + random.pick(Self.vowels) + random.pick(Self.codas)
            }
            if rank > 2000 { word += random.pick(Self.suffixes) }
            if word.count >= 2, seen.insert(word).inserted { words.append(word) }
        }
        self.words = words
        var total = 0.0
        cumulative = (1...count).map { rank in
            total += 1 / pow(Double(rank), exponent)
            return total
        }
    }

    /// A word drawn with Zipf probability.
    public func sample(_ random: inout SeededRandom) -> String {
        words[rank(random.unit() * cumulative[cumulative.count - 1])]
    }

    /// A content word (no function word), Zipf-drawn.
    public func contentWord(_ random: inout SeededRandom) -> String {
        while true {
            let r = rank(random.unit() * cumulative[cumulative.count - 1])
            if r >= Self.functionWords.count { return words[r] }
        }
    }

    private func rank(_ target: Double) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
