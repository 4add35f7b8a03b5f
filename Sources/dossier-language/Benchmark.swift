import ArgumentParser
import DossierLanguage
import Foundation

/// Speed of the language layer on one core: tokenising alone (the limit every analysis pays), tagging
/// and parsing tokenised sentences, and the whole analysis of raw text. Run by `Benchmarks/language`.
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure tokens per second on EWT dev text (release build, one core).")

    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "The model file (default: the shipped one).") var model: String?
    @Option(name: .long, help: "Passes over the dev split per measurement.") var rounds = 3

    func run() throws {
        let gold = try data.sentences("dev")
        let loadStart = Date()
        let model = try model.map { try LanguageModel(contentsOf: $0) } ?? LanguageModel.english()
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let sentences = gold.map { $0.words.map(\.form) }
        let text = gold.compactMap(\.text).joined(separator: " ")
        let words = sentences.reduce(0) { $0 + $1.count }

        func best(_ body: () -> Int) -> (seconds: Double, count: Int) {
            var bestTime = Double.infinity
            var count = 0
            for _ in 0..<rounds {
                let start = Date()
                count = body()
                bestTime = min(bestTime, Date().timeIntervalSince(start))
            }
            return (bestTime, count)
        }
        let rssBefore = residentMegabytes()
        let tokenise = best { SentenceSplitter.sentences(in: text).reduce(0) { $0 + $1.tokens.count } }
        let parse = best { sentences.reduce(0) { $0 + model.parse($1).count } }
        let tagged = sentences.map { model.tags($0) }
        let tagOnly = best { sentences.reduce(0) { $0 + model.tags($1).count } }
        let parseOnly = best { zip(sentences, tagged).reduce(0) { $0 + model.parse($1.0, tags: $1.1).count } }
        let rssMiddle = residentMegabytes()
        let analyze = best { model.analyze(text).reduce(0) { $0 + $1.words.count } }
        let rssAfter = residentMegabytes()
        print("model load: \(Int(loadSeconds * 1000)) ms")
        print("EWT dev: \(sentences.count) sentences, \(words) words, \(text.utf8.count) bytes of text; best of \(rounds)")
        print(String(format: "tokenise + split sentences: %8.0f tokens/s", Double(tokenise.count) / tokenise.seconds))
        print(String(format: "  of which tag alone:       %8.0f tokens/s", Double(tagOnly.count) / tagOnly.seconds))
        print(String(format: "  of which parse alone:     %8.0f tokens/s", Double(parseOnly.count) / parseOnly.seconds))
        print(String(format: "tag + parse (tokenised):    %8.0f tokens/s  (%.2fx the 100,000 target)",
                     Double(parse.count) / parse.seconds, Double(parse.count) / parse.seconds / 100_000))
        print(String(format: "analyze raw text:           %8.0f tokens/s", Double(analyze.count) / analyze.seconds))
        print("resident memory: \(rssBefore) MB after loading, \(rssMiddle) MB after parsing, \(rssAfter) MB after analysing")
    }

    private func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1) / 1024
    }
}
