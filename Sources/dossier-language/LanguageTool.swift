import ArgumentParser
import DossierLanguage
import Foundation

/// Trains Dossier's language model from a UD treebank and evaluates it.
///
///     swift run -c release dossier-language train --data ../shared/data/ud-english-ewt \
///         --out Sources/DossierLanguage/Resources/english-ewt.dlm
///     swift run -c release dossier-language evaluate --data ../shared/data/ud-english-ewt --split test
@main
struct LanguageTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-language",
        abstract: "Train and evaluate Dossier's English tagger and dependency parser.",
        subcommands: [Train.self, Evaluate.self, Benchmark.self]
    )
}

struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding en_ewt-ud-{train,dev,test}.conllu (or .conllu.gz).")
    var data = "../shared/data/ud-english-ewt"

    /// The sentences of one split; `.gz` files are unpacked by the system's gzip.
    func sentences(_ split: String) throws -> [TreebankSentence] {
        do { return try CoNLLU.read(split: split, in: data) } catch { throw ValidationError("\(error)") }
    }
}

func note(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train on the train split and write the model file (same data and options: same bytes).")

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Where to write the model.") var out = "Sources/DossierLanguage/Resources/english-ewt.dlm"
    @Option(name: .long, help: "Random seed (shuffling, exploration).") var seed: UInt64 = 1
    @Option(name: .long, help: "Tagger training iterations.") var taggerIterations = LanguageTraining().taggerIterations
    @Option(name: .long, help: "Parser training iterations.") var parserIterations = LanguageTraining().parserIterations
    @Option(name: .long, help: "Folds for the parser's predicted tags (1: gold tags).") var folds = LanguageTraining().folds
    @Option(name: .long, help: "Drop the parser's averaged weights smaller than this.") var threshold = LanguageTraining().threshold
    @Option(name: .long, help: "Drop the tagger's averaged weights smaller than this.")
    var taggerThreshold = LanguageTraining().taggerThreshold
    @Option(name: .long, help: "Train on the first N sentences only (for quick checks).") var limit: Int?

    func run() throws {
        var training = LanguageTraining()
        training.seed = seed
        training.taggerIterations = taggerIterations
        training.parserIterations = parserIterations
        training.folds = folds
        training.threshold = threshold
        training.taggerThreshold = taggerThreshold
        var sentences = try data.sentences("train")
        if let limit { sentences = Array(sentences.prefix(limit)) }
        let model = training.train(sentences, log: note)
        let bytes = model.encoded()
        // Atomic: a process loading the model maps the file, and must never see it half written.
        try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
        note(model.statistics)
        note("wrote \(out): \(bytes.count) bytes")
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a model on a split: gold tokenisation (UPOS, UAS, LAS) and raw text (tokens, sentences, LAS).")

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "The model file (default: the shipped one).") var model: String?
    @Option(name: .long, help: "dev or test (report on test once).") var split = "dev"

    func run() throws {
        let gold = try data.sentences(split)
        let model = try model.map { try LanguageModel(contentsOf: $0) } ?? LanguageModel.english()
        let start = Date()
        let system = gold.map { sentence -> TreebankSentence in
            var out = sentence
            let parsed = model.parse(sentence.words.map(\.form))
            for (i, word) in parsed.enumerated() {
                out.words[i].upos = word.upos
                out.words[i].head = word.head
                out.words[i].relation = word.relation
            }
            return out
        }
        let seconds = Date().timeIntervalSince(start)
        let scores = try Evaluation.withGoldTokens(gold: gold, system: system)
        print("EWT \(split), gold tokenisation: \(scores.words) words")
        print("  UPOS \(pct(scores.upos))  UAS \(pct(scores.uas))  LAS \(pct(scores.las))"
              + "  (\(Int(Double(scores.words) / seconds)) words/s with tokenised input)")
        let raw = try Evaluation.onRawText(gold: gold, system: model.analyzeDocuments(of: gold))
        print("EWT \(split), raw text (own tokeniser and sentence splitter):")
        print("  tokens F1 \(pct(raw.tokens.f1))  sentences F1 \(pct(raw.sentences.f1))  words F1 \(pct(raw.words.f1))")
        print("  UPOS F1 \(pct(raw.upos.f1))  UAS F1 \(pct(raw.uas.f1))  LAS F1 \(pct(raw.las.f1))")
    }

    private func pct(_ x: Double) -> String { String(format: "%.2f %%", x * 100) }
}
