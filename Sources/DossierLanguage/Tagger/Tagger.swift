/// A part-of-speech tagger: a greedy averaged perceptron run twice over the
/// sentence, left to right; the second pass also sees the first pass's tags
/// of the words to the right.
struct Tagger: Sendable {
    /// Weights of the first pass (right-context tags unknown) and of the second.
    let firstPass: WeightTable
    let secondPass: WeightTable

    static let classCount = UPOS.allCases.count

    /// Tags for `words`; a tag given in `fixed` is kept, and the words after it are tagged knowing it.
    func tag(_ words: [WordCodes], fixed: [UPOS?] = []) -> [UPOS] {
        guard !words.isEmpty else { return [] }
        let pinned = fixed.isEmpty ? [] : fixed.map { $0.map { Int($0.rawValue) } }
        let first = Self.run(firstPass, words, rightTags: nil, fixed: pinned)
        return Self.run(secondPass, words, rightTags: first, fixed: pinned).map { UPOS(rawValue: UInt8($0))! }
    }

    /// One greedy pass; `rightTags` nil means the first pass (right tags all "unknown").
    static func run(_ table: WeightTable, _ words: [WordCodes], rightTags: [Int]?, fixed: [Int?] = []) -> [Int] {
        var tags = [Int](repeating: 0, count: words.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: table.paddedClassCount) { scores in
        ScoringScratch.with(features: TaggerFeatures.count) { scratch in
            words.withUnsafeBufferPointer { w in
                for i in 0..<w.count {
                    fill(features, w, i, tags: tags, rightTags: rightTags)
                    scores.initialize(repeating: 0)
                    table.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!, scratch: scratch)
                    tags[i] = best(UnsafeMutableBufferPointer(rebasing: scores[0..<classCount]))
                    if i < fixed.count, let pin = fixed[i] { tags[i] = pin }
                }
            }
        }
        }
        }
        return tags
    }

    @inline(__always)
    static func fill(_ features: UnsafeMutableBufferPointer<UInt64>, _ w: UnsafeBufferPointer<WordCodes>, _ i: Int,
                     tags: [Int], rightTags: [Int]?) {
        let p1 = i >= 1 ? UInt64(tags[i - 1]) : TaggerFeatures.outside
        let p2 = i >= 2 ? UInt64(tags[i - 2]) : TaggerFeatures.outside
        var n1 = TaggerFeatures.outside &+ 1
        var n2 = TaggerFeatures.outside &+ 1
        if let right = rightTags {
            n1 = i + 1 < w.count ? UInt64(right[i + 1]) : TaggerFeatures.outside
            n2 = i + 2 < w.count ? UInt64(right[i + 2]) : TaggerFeatures.outside
        }
        TaggerFeatures.extract(w, i, previous1: p1, previous2: p2, next1: n1, next2: n2,
                               into: features.baseAddress!)
    }

    @inline(__always)
    static func best(_ scores: UnsafeMutableBufferPointer<Float>) -> Int {
        var best = 0
        for c in 1..<scores.count where scores[c] > scores[best] { best = c }
        return best
    }
}
