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
        let classCount = weights.paddedClassCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scores in
        ScoringScratch.with(features: ParserFeatures.count) { scratch in
            words.withUnsafeBufferPointer { w in
                tagBytes.withUnsafeBufferPointer { t in
                    while !state.isTerminal {
                        ParserFeatures.extract(state, words: w, tags: t, into: features.baseAddress!)
                        scores.initialize(repeating: 0)
                        weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!, scratch: scratch)
                        state.apply(bestValid(state, scores))
                    }
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
        // The same rules as ParserState.isValid, checked once per kind of move instead of per label:
        // SHIFT while words remain; LEFT with a non-root label while a word is at the front, and with
        // the root label only onto the root with one word left on the stack; RIGHT with two on the stack.
        var best = Transition(move: .shift, label: -1)
        var bestScore = -Float.infinity
        if state.front <= state.count { bestScore = scores[0] }
        let onlyRootLeft = state.front > state.count
        let leftAllowed = !state.stack.isEmpty && !onlyRootLeft
        let rightAllowed = state.stack.count >= 2
        if onlyRootLeft && state.stack.count == 1 {
            return Transition(move: .left, label: rootLabel)
        }
        for label in 0..<labelCount where label != rootLabel {
            if leftAllowed {
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
