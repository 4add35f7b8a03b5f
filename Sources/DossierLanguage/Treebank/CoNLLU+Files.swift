import Foundation

extension CoNLLU {
    /// Why a treebank file could not be read.
    public struct FileError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The sentences of a treebank split in `folder`: `en_ewt-ud-SPLIT.conllu`, or the same with `.gz`
    /// (unpacked by the system's gzip, as UD distributes the files compressed).
    public static func read(split: String, in folder: String, prefix: String = "en_ewt-ud-") throws -> [TreebankSentence] {
        let base = (folder as NSString).appendingPathComponent("\(prefix)\(split).conllu")
        let text: String
        if FileManager.default.fileExists(atPath: base) {
            text = try String(contentsOfFile: base, encoding: .utf8)
        } else if FileManager.default.fileExists(atPath: base + ".gz") {
            text = try gunzip(base + ".gz")
        } else {
            throw FileError(path: base + "[.gz]", reason: "no such file (is it the treebank folder?)")
        }
        do { return try read(text) } catch { throw FileError(path: base, reason: "\(error)") }
    }

    private static func gunzip(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FileError(path: path, reason: "gzip could not unpack it") }
        return String(decoding: data, as: UTF8.self)
    }
}
