/// Trains the parser with the dynamic oracle and error exploration.
struct ParserTraining {
    var iterations: Int
    var seed: UInt64
    /// From this iteration on, the model's own move is followed (with ``followModel`` probability) even when wrong.
    var exploreFrom = 2
    var followModel = 0.9
    var threshold: Float = 0.01

    struct Example {
        var words: [WordCodes]
        /// Tags the parser will see: predicted ones (jackknifed), as at run time.
        var tags: [UInt8]
        var heads: [Int32]
        var labels: [Int32]
    }

    func train(_ examples: [Example], labels: [DependencyRelation], rootLabel: Int,
               progress: (Int, Double) -> Void = { _, _ in }) -> Parser {
        let classCount = Transition.classCount(labels: labels.count)
        let weights = PerceptronWeights(classCount: classCount)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scores in
                for iteration in 1...iterations {
                    random.shuffle(&order)
                    var correct = 0
                    var total = 0
                    for index in order {
                        let example = examples[index]
                        let oracle = DynamicOracle(heads: example.heads, labels: example.labels)
                        var state = ParserState(count: example.words.count)
                        example.words.withUnsafeBufferPointer { w in
                            example.tags.withUnsafeBufferPointer { t in
                                while !state.isTerminal {
                                    ParserFeatures.extract(state, words: w, tags: t, into: features.baseAddress!)
                                    let f = UnsafeBufferPointer(features)
                                    weights.tick()
                                    scores.initialize(repeating: 0)
                                    weights.accumulate(f, into: scores.baseAddress!)
                                    let guess = Parser.bestValid(state, scores, labelCount: labels.count, rootLabel: rootLabel)
                                    let moves = oracle.moveCosts(state)
                                    let truth = bestCorrect(state, scores, oracle, moves, labels.count, rootLabel)
                                    if oracle.cost(guess, state, moves) > oracle.cost(truth, state, moves) {
                                        weights.update(f, truth: truth.classIndex, guess: guess.classIndex)
                                    }
                                    let follow = iteration >= exploreFrom && random.unit() < followModel
                                    state.apply(follow ? guess : truth)
                                }
                            }
                        }
                        for i in 1...max(1, example.words.count) where i <= example.words.count {
                            if state.heads[i] == example.heads[i] && state.labels[i] == example.labels[i] { correct += 1 }
                            total += 1
                        }
                    }
                    progress(iteration, Double(correct) / Double(max(total, 1)))
                }
            }
        }
        return Parser(labels: labels, rootLabel: rootLabel, weights: weights.averaged(threshold: threshold))
    }

    /// The highest-scoring move of least cost.
    private func bestCorrect(_ state: ParserState, _ scores: UnsafeMutableBufferPointer<Float>, _ oracle: DynamicOracle,
                             _ moves: (shift: Int, left: Int, right: Int), _ labelCount: Int, _ rootLabel: Int) -> Transition {
        var best = Transition(move: .shift, label: -1)
        var bestCost = Int.max
        var bestScore = -Float.infinity
        func consider(_ t: Transition) {
            guard state.isValid(t, rootLabel: rootLabel) else { return }
            let c = oracle.cost(t, state, moves)
            let s = scores[t.classIndex]
            if c < bestCost || (c == bestCost && s > bestScore) { best = t; bestCost = c; bestScore = s }
        }
        consider(Transition(move: .shift, label: -1))
        for label in 0..<labelCount {
            consider(Transition(move: .left, label: label))
            consider(Transition(move: .right, label: label))
        }
        return best
    }
}
