/// Trains a ``LanguageModel`` from a treebank: the tagger on gold tags, then
/// the parser on tags predicted by taggers that did not see the sentence
/// (jackknifing), so the parser learns to live with the tagger's mistakes.
public struct LanguageTraining: Sendable {
    public var taggerIterations = 12
    public var parserIterations = 15
    /// Folds for the parser's predicted tags; 1 trains the parser on gold tags.
    public var folds = 5
    public var seed: UInt64 = 1
    /// Averaged weights smaller than this are left out of the model file: the parser's table is what
    /// makes the file large and slow to probe, while pruning the tagger's costs accuracy for little.
    public var threshold: Float = 1.0
    public var taggerThreshold: Float = 0.1

    public init() {}

    /// Trains on `sentences` (words with UPOS, heads and relations); `log` hears progress lines.
    public func train(_ sentences: [TreebankSentence], log: (String) -> Void = { _ in }) -> LanguageModel {
        let usable = sentences.filter { s in !s.words.isEmpty && s.words.allSatisfy { $0.upos != nil && $0.head >= 0 } }
        let codes = usable.map { $0.words.map { WordCodes($0.form) } }
        let gold = usable.map { $0.words.map { Int($0.upos!.rawValue) } }

        log("tagger: \(usable.count) sentences, \(taggerIterations) iterations")
        let tagger = TaggerTraining(iterations: taggerIterations, seed: seed, threshold: taggerThreshold)
            .train(Array(zip(codes, gold)).map { ($0, $1) }) { i, accuracy in
                log("  tagger iteration \(i): train accuracy \(percent(accuracy))")
            }

        let predicted = jackknifedTags(codes, gold, log: log)
        let labels = Self.labels(of: usable)
        let rootLabel = labels.firstIndex(of: .root) ?? 0
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = usable.indices.map { i in
            ParserTraining.Example(
                words: codes[i], tags: predicted[i],
                heads: [0] + usable[i].words.map { Int32($0.head) },
                labels: [0] + usable[i].words.map { Int32(labelIndex[$0.relation] ?? 0) })
        }
        log("parser: \(labels.count) labels, \(parserIterations) iterations")
        let parser = ParserTraining(iterations: parserIterations, seed: seed &+ 7, threshold: threshold)
            .train(examples, labels: labels, rootLabel: rootLabel) { i, accuracy in
                log("  parser iteration \(i): train LAS while exploring \(percent(accuracy))")
            }
        let about = "UD English EWT (CC BY-SA 4.0): \(usable.count) sentences; tagger \(taggerIterations) iterations, "
            + "parser \(parserIterations) iterations, \(folds)-fold jackknifed tags, seed \(seed), "
            + "weights under \(taggerThreshold) (tagger) and \(threshold) (parser) dropped"
        return LanguageModel(tagger: tagger, parser: parser, about: about)
    }

    /// Tags for each sentence from a tagger trained on the other folds.
    private func jackknifedTags(_ codes: [[WordCodes]], _ gold: [[Int]], log: (String) -> Void) -> [[UInt8]] {
        guard folds > 1 else { return gold.map { $0.map(UInt8.init) } }
        var predicted = [[UInt8]](repeating: [], count: codes.count)
        var correct = 0, total = 0
        for fold in 0..<folds {
            let training = codes.indices.filter { $0 % folds != fold }.map { (codes[$0], gold[$0]) }
            let tagger = TaggerTraining(iterations: taggerIterations, seed: seed &+ UInt64(fold) &+ 100,
                                        threshold: taggerThreshold)
                .train(training)
            for i in codes.indices where i % folds == fold {
                let tags = tagger.tag(codes[i]).map(\.rawValue)
                predicted[i] = tags
                for (a, b) in zip(tags, gold[i]) where Int(a) == b { correct += 1 }
                total += tags.count
            }
        }
        log("jackknifed tags: \(folds) folds, accuracy \(percent(Double(correct) / Double(max(total, 1))))")
        return predicted
    }

    /// Every relation in the data, most frequent first (ties by name), so class numbers are reproducible.
    static func labels(of sentences: [TreebankSentence]) -> [DependencyRelation] {
        var counts: [String: Int] = [:]
        for s in sentences { for w in s.words { counts[w.relation.rawValue, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { DependencyRelation(rawValue: $0.key) }
    }
}

func percent(_ x: Double) -> String {
    let scaled = (x * 10000).rounded() / 100
    return "\(scaled) %"
}
