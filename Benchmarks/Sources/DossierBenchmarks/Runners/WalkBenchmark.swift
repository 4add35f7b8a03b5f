import DossierKit

/// The limit a no-op `dossier reindex` is measured against: listing and
/// stat-ing every file of the corpus. Measured twice — Dossier's own walker
/// in process, and `find -printf '%s %T@'` (which stats every file) as an
/// outside reference — so the reindex rows have their limit from the same run.
struct WalkBenchmark {
    let root: String
    let runs: Int

    struct Result: Sendable, Codable {
        var files = 0
        var walkerSeconds = Sample()
        var findSeconds = Sample()
        var findCommand = ""
    }

    func run() throws -> Result {
        var result = Result()
        let find = ["find", root, "-type", "f", "-printf", "%s %T@\\n"]
        result.findCommand = "find \(root) -type f -printf '%s %T@\\n' > /dev/null"
        for _ in 0..<runs {
            var count = 0
            result.walkerSeconds.values.append(timed { count = FileWalker.walk([root]).files.count })
            result.files = count
            result.findSeconds.values.append(try ChildProcess.check(find).seconds)
        }
        return result
    }
}
