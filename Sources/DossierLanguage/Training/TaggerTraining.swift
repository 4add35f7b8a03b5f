/// Trains the tagger's two passes on gold-tagged sentences.
struct TaggerTraining {
    var iterations: Int
    var seed: UInt64
    /// Averaged weights smaller than this are dropped from the model.
    var threshold: Float = 0.01

    /// Trains on `sentences` (word codes and gold tag indexes); `progress` hears each finished iteration.
    func train(_ sentences: [(words: [WordCodes], tags: [Int])],
               progress: (Int, Double) -> Void = { _, _ in }) -> Tagger {
        let first = PerceptronWeights(classCount: Tagger.classCount)
        let second = PerceptronWeights(classCount: Tagger.classCount)
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: seed)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: Tagger.classCount) { scores in
                for iteration in 1...iterations {
                    random.shuffle(&order)
                    var correct = 0
                    var total = 0
                    for index in order {
                        let (words, gold) = sentences[index]
                        // Pass 1 learns with gold left tags; pass 2 sees pass 1's current guesses on the right,
                        // so it trains on the noise it will meet.
                        var guesses = [Int](repeating: 0, count: words.count)
                        words.withUnsafeBufferPointer { w in
                            for i in 0..<w.count {
                                Tagger.fill(features, w, i, tags: guesses, rightTags: nil)
                                let guess = step(first, features, scores, truth: gold[i])
                                guesses[i] = guess
                            }
                            var tags = [Int](repeating: 0, count: w.count)
                            for i in 0..<w.count {
                                Tagger.fill(features, w, i, tags: tags, rightTags: guesses)
                                let guess = step(second, features, scores, truth: gold[i])
                                tags[i] = guess
                                if guess == gold[i] { correct += 1 }
                                total += 1
                            }
                        }
                    }
                    progress(iteration, Double(correct) / Double(max(total, 1)))
                }
            }
        }
        return Tagger(firstPass: first.averaged(threshold: threshold), secondPass: second.averaged(threshold: threshold))
    }

    private func step(_ weights: PerceptronWeights, _ features: UnsafeMutableBufferPointer<UInt64>,
                      _ scores: UnsafeMutableBufferPointer<Float>, truth: Int) -> Int {
        weights.tick()
        scores.initialize(repeating: 0)
        let f = UnsafeBufferPointer(features)
        weights.accumulate(f, into: scores.baseAddress!)
        let guess = Tagger.best(scores)
        if guess != truth { weights.update(f, truth: truth, guess: guess) }
        return guess
    }
}
