import DossierLanguage
import Foundation

/// The UD English EWT files in `../shared/data/ud-english-ewt` beside the checkout (CI has them there),
/// read once per test process.
enum TreebankData {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/ud-english-ewt")

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) not found: the language tests read UD English EWT from ../shared beside the checkout" }
    }

    static func sentences(_ split: String) throws -> [TreebankSentence] {
        let path = folder.appendingPathComponent("en_ewt-ud-\(split).conllu.gz").path
        guard FileManager.default.fileExists(atPath: path) else { throw Missing(path: path) }
        return try CoNLLU.read(split: split, in: folder.path)
    }
}
