import Foundation

/// `dossier reindex` on the imported corpus: a no-op run (nothing changed),
/// and a run after 1 % of the files changed. Runs only when the `dossier`
/// binary has a `reindex` command; otherwise the report marks the rows pending.
struct ReindexBenchmark {
    let dossier: String
    let database: String
    let corpus: String
    let entries: [ManifestEntry]
    let runs: Int
    let log: (String) -> Void

    struct Result: Sendable, Codable {
        var available = false
        var noopSeconds = Sample()
        var changedSeconds = Sample()
        var changedFiles = 0
        var noopCommand = ""
    }

    static func isAvailable(dossier: String) -> Bool {
        (try? ChildProcess.run([dossier, "reindex", "--help"]).status) == 0
    }

    func run() throws -> Result {
        var result = Result()
        guard Self.isAvailable(dossier: dossier) else { return result }
        result.available = true
        let arguments = [dossier, "reindex", corpus + "/files", "--db", database]
        result.noopCommand = arguments.joined(separator: " ") + " > /dev/null"
        // Settle first: the import may have left nothing to do, but make sure.
        _ = try ChildProcess.check(arguments, allowedStatuses: [0, 1])
        for run in 1...runs {
            let m = try ChildProcess.check(arguments, allowedStatuses: [0, 1])
            result.noopSeconds.values.append(m.seconds)
            log("  no-op reindex run \(run): \(String(format: "%.2f", m.seconds)) s")
        }
        // 1 % of the files, spread over the corpus, get a new last paragraph.
        var files = Array(Set(entries.map(\.filePath))).sorted()
        files = stride(from: 0, to: files.count, by: 100).map { files[$0] }
        result.changedFiles = files.count
        for run in 1...runs {
            for file in files { try Self.change(corpus + "/" + file, run: run) }
            let m = try ChildProcess.check(arguments, allowedStatuses: [0, 1])
            result.changedSeconds.values.append(m.seconds)
            log("  reindex after changing \(files.count) files, run \(run): \(String(format: "%.2f", m.seconds)) s")
        }
        return result
    }

    /// Appends a correction notice inside the page, so the text really changes.
    static func change(_ path: String, run: Int) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let notice = "Correction \(run): an earlier version of this story misstated a figure by $\(run).5 million."
        if let range = text.range(of: "</div>\n</article>") {
            text.insert(contentsOf: "<p>\(notice)</p>\n", at: range.lowerBound)
        } else if let range = text.range(of: "</body>") {
            text.insert(contentsOf: "<p>\(notice)</p>\n", at: range.lowerBound)
        } else {
            text += "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
