/// Pairs system words with gold words by the CoNLL 2018 raw-text rule.
///
/// Both token sequences cover the same character stream, so they cut it into
/// regions: the shortest stretches that start and end where both sides have a
/// token boundary. A region of one gold and one system token, neither a
/// multi-word token, pairs their words. A region holding a multi-word token on
/// either side pairs words by the longest common subsequence of their
/// lowercased forms ("don't" = do + n't against "do" + "n't"). Any other
/// region (the sides tokenised it differently) pairs nothing.
struct WordAlignment {
    /// For each system word, its gold word.
    private(set) var goldForSystem: [Int?]
    private(set) var pairs: [(gold: Int, system: Int)] = []

    // Regions larger than this (a system that never agrees with gold over a
    // long stretch) are paired greedily instead of by a quadratic table.
    static let largestTable = 1 << 20

    init(gold: RawTextSide, system: RawTextSide) {
        goldForSystem = Array(repeating: nil, count: system.words.count)
        var g = 0
        var s = 0
        while g < gold.tokens.count, s < system.tokens.count {
            let (goldStart, systemStart) = (g, s)
            var goldEnd = gold.tokens[g].span.upperBound
            var systemEnd = system.tokens[s].span.upperBound
            g += 1
            s += 1
            while goldEnd != systemEnd {
                if goldEnd < systemEnd, g < gold.tokens.count {
                    goldEnd = gold.tokens[g].span.upperBound
                    g += 1
                } else if systemEnd < goldEnd, s < system.tokens.count {
                    systemEnd = system.tokens[s].span.upperBound
                    s += 1
                } else {
                    break
                }
            }
            let goldTokens = gold.tokens[goldStart..<g]
            let systemTokens = system.tokens[systemStart..<s]
            if goldTokens.contains(where: \.isMultiword) || systemTokens.contains(where: \.isMultiword) {
                let goldWords = goldTokens.first!.words.lowerBound..<goldTokens.last!.words.upperBound
                let systemWords = systemTokens.first!.words.lowerBound..<systemTokens.last!.words.upperBound
                pairByForms(gold: gold, goldWords, system: system, systemWords)
            } else if goldTokens.count == 1, systemTokens.count == 1 {
                pair(goldTokens.first!.words.lowerBound, systemTokens.first!.words.lowerBound)
            }
        }
    }

    private mutating func pair(_ gold: Int, _ system: Int) {
        pairs.append((gold, system))
        goldForSystem[system] = gold
    }

    private mutating func pairByForms(gold: RawTextSide, _ goldWords: Range<Int>,
                                      system: RawTextSide, _ systemWords: Range<Int>) {
        let a = goldWords.map { gold.words[$0].form.lowercased() }
        let b = systemWords.map { system.words[$0].form.lowercased() }
        let (n, m) = (a.count, b.count)
        guard (n + 1) * (m + 1) <= Self.largestTable else {
            // Greedy in order: each gold word takes the next system word with its form, looking a
            // bounded distance ahead so the time stays linear.
            var j = 0
            for i in 0..<n {
                guard let found = b[j..<min(m, j + 64)].firstIndex(of: a[i]) else { continue }
                pair(goldWords.lowerBound + i, systemWords.lowerBound + found)
                j = found + 1
                if j == m { break }
            }
            return
        }
        // suffix[i * (m + 1) + j]: length of the longest common subsequence of a[i...] and b[j...].
        var suffix = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                suffix[i * (m + 1) + j] = a[i] == b[j] ? suffix[(i + 1) * (m + 1) + j + 1] + 1
                    : max(suffix[(i + 1) * (m + 1) + j], suffix[i * (m + 1) + j + 1])
            }
        }
        var (i, j) = (0, 0)
        while i < n, j < m {
            if a[i] == b[j] {
                pair(goldWords.lowerBound + i, systemWords.lowerBound + j)
                i += 1
                j += 1
            } else if suffix[(i + 1) * (m + 1) + j] >= suffix[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}
