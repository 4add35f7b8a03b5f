/// A greedy labelled arc-hybrid dependency parser scored by an averaged
/// perceptron.
struct Parser: Sendable {
    /// Relation labels by index, as the classes number them.
    let labels: [DependencyRelation]
    let rootLabel: Int
    let weights: WeightTable

    /// Heads (0 = root) and label indexes for each word, given its tag.
    func parse(_ words: [WordCodes], tags: [UPOS]) -> [(head: Int, label: Int)] {
        let n = words.count
        guard n > 0 else { return [] }
        var state = ParserState(count: n)
        let tagBytes = tags.map(\.rawValue)
        let classCount = weights.classCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scores in
                words.withUnsafeBufferPointer { w in
                    tagBytes.withUnsafeBufferPointer { t in
                        while !state.isTerminal {
                            ParserFeatures.extract(state, words: w, tags: t, into: features.baseAddress!)
                            scores.initialize(repeating: 0)
                            weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!)
                            state.apply(bestValid(state, scores))
                        }
                    }
                }
            }
        }
        return (1...n).map { (Int(state.heads[$0]), Int(state.labels[$0])) }
    }

    /// The highest-scoring move the configuration allows.
    @inline(__always)
    func bestValid(_ state: ParserState, _ scores: UnsafeMutableBufferPointer<Float>) -> Transition {
        Self.bestValid(state, scores, labelCount: labels.count, rootLabel: rootLabel)
    }

    static func bestValid(_ state: ParserState, _ scores: UnsafeMutableBufferPointer<Float>,
                          labelCount: Int, rootLabel: Int) -> Transition {
        // Moves are valid by kind, so check three kinds and scan labels only for allowed ones.
        var best = Transition(move: .shift, label: -1)
        var bestScore = -Float.infinity
        if state.isValid(best, rootLabel: rootLabel) { bestScore = scores[0] }
        let leftAllowed = state.isValid(Transition(move: .left, label: rootLabel == 0 ? 1 : 0), rootLabel: rootLabel)
        let leftRootOnly = state.front > state.count
        let rightAllowed = state.stack.count >= 2
        for label in 0..<labelCount {
            if label == rootLabel {
                if leftRootOnly && state.stack.count == 1 {
                    let s = scores[1 + 2 * label]
                    if s > bestScore || bestScore == -Float.infinity { bestScore = s; best = Transition(move: .left, label: label) }
                }
                continue
            }
            if leftAllowed && !leftRootOnly {
                let s = scores[1 + 2 * label]
                if s > bestScore { bestScore = s; best = Transition(move: .left, label: label) }
            }
            if rightAllowed {
                let s = scores[2 + 2 * label]
                if s > bestScore { bestScore = s; best = Transition(move: .right, label: label) }
            }
        }
        return best
    }
}
