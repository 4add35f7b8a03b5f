import ArgumentParser
import DossierKit
import DossierLanguage
import Foundation

/// `dossier analyze`: shows how Dossier reads a text (tokens, tags, lemmas and
/// the dependency tree), so people can see why a figure was attributed as it was.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show the tokens, tags, lemmas and dependency tree of each sentence of a text.",
        discussion: """
            Reads the text from the argument, or from standard input when there is none (or it is -).

            Formats: table (the tree drawn under each sentence), json (an array of sentences with \
            words: id, form, lemma, upos, head, relation, start, end; offsets in Unicode scalars), \
            jsonl (one sentence per line), conllu (CoNLL-U, as Universal Dependencies tools read it).

            The model is trained on the UD English Web Treebank (CC BY-SA 4.0); see README.md.

            Examples:
              dossier analyze 'Anthropic said on Tuesday that training the model cost $100 million.'
              dossier analyze --format conllu < article.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl, conllu
    }

    @Argument(help: "The text to analyse (default: standard input).")
    var text: String?

    @Option(name: .long, help: "Output format: table, json, jsonl or conllu.")
    var format: Format = .table

    func run() async throws {
        let input: String
        if let text, text != "-" {
            input = text
        } else {
            var data = Data()
            while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty { data.append(chunk) }
            input = String(decoding: data, as: UTF8.self)
        }
        let sentences: [AnalyzedSentence]
        do { sentences = try LanguageAnalysis.analyze(input) } catch {
            throw DossierFailure(message: "cannot load the language model: \(error)")
        }
        let output = LanguageAnalysis.output(sentences, in: input)
        switch format {
        case .json:
            print(Renderer.json(output))
        case .jsonl:
            for sentence in output { print(Renderer.jsonLine(sentence)) }
        case .conllu:
            print(CoNLLU.write(conllu(sentences, output)), terminator: "")
        case .table:
            print(output.map(Self.table).joined(separator: "\n\n"))
        }
    }

    private func conllu(_ sentences: [AnalyzedSentence], _ output: [LanguageAnalysis.SentenceOutput]) -> [TreebankSentence] {
        zip(sentences, output).enumerated().map { n, pair in
            let (sentence, shown) = pair
            return TreebankSentence(
                comments: ["sent_id = \(n + 1)", "text = \(shown.text.replacingOccurrences(of: "\n", with: " "))"],
                words: sentence.words.enumerated().map { i, w in
                    TreebankWord(id: i + 1, form: w.form, lemma: w.lemma, upos: w.upos, head: w.head,
                                 relation: w.relation, misc: w.spaceAfter ? "_" : "SpaceAfter=No")
                })
        }
    }

    /// The sentence, then one line per word in tree order: the form indented under its head, then its
    /// position, lemma, tag, head and relation.
    static func table(_ sentence: LanguageAnalysis.SentenceOutput) -> String {
        let words = sentence.words
        var children = [[Int]](repeating: [], count: words.count + 1)
        for w in words where w.head >= 0 && w.head <= words.count { children[w.head].append(w.id) }
        var lines: [(tree: String, word: LanguageAnalysis.WordOutput)] = []
        func walk(_ id: Int, _ prefix: String, _ last: Bool, _ top: Bool) {
            let word = words[id - 1]
            let branch = top ? "" : (last ? "└─ " : "├─ ")
            lines.append((prefix + branch + word.form, word))
            let inner = top ? "" : prefix + (last ? "   " : "│  ")
            let kids = children[id]
            for (k, child) in kids.enumerated() { walk(child, inner, k == kids.count - 1, false) }
        }
        for root in children[0] { walk(root, "", true, true) }
        let rows = lines.map { line in
            [line.tree, String(line.word.id), line.word.lemma, line.word.upos,
             line.word.head == 0 ? "root" : "\(line.word.head) \(words[line.word.head - 1].form)",
             line.word.relation]
        }
        let header = "# " + Terminal.printable(sentence.text.replacingOccurrences(of: "\n", with: " "))
        return header + "\n" + Renderer.table(headers: ["tree", "id", "lemma", "upos", "head", "relation"], rows: rows)
    }
}
