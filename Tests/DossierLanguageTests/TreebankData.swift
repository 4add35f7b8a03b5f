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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try CoNLLU.read(String(decoding: data, as: UTF8.self))
    }
}
