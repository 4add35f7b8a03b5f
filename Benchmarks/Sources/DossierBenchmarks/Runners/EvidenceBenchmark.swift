import Foundation
internal import GRDB

/// `xref` (every group, and one subject) and `export` as a person runs them,
/// process start included: wall time and peak memory, against the `sqlite3`
/// shell reading every claim with its document's citation fields (the least
/// any whole-archive cross-reference must do).
struct EvidenceBenchmark {
    let dossier: String
    let sqlite3: String
    let database: String
    let runs: Int

    struct Result: Sendable, Codable {
        var claims = 0
        var subject = ""
        /// Documents with a claim about the subject: what `xref --subject` reads.
        var subjectDocuments = 0
        var allSeconds: [Double] = []
        var allRSSMB: [Double] = []
        var subjectSeconds: [Double] = []
        var subjectRSSMB: [Double] = []
        var exportSeconds: [Double] = []
        var exportRSSMB: [Double] = []
        var rawSeconds: [Double] = []
        var allCommand = ""
        var subjectCommand = ""
        var exportCommand = ""
        var rawCommand = ""
    }

    func run() throws -> Result {
        var result = Result()
        var configuration = Configuration()
        configuration.readonly = true
        let db = try DatabaseQueue(path: database, configuration: configuration)
        // The subject in the most documents: the heaviest single-subject request (`--subject` reads
        // every document that speaks of the subject, so documents, not claims, are its size).
        let (subject, count, claims) = try db.read { db -> (String, Int, Int) in
            let row = try Row.fetchOne(db, sql: """
                SELECT subject_key, count(DISTINCT document_id) AS n FROM claims WHERE subject_key IS NOT NULL AND subject_key <> ''
                GROUP BY subject_key ORDER BY n DESC LIMIT 1
                """)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM claims") ?? 0
            return (row?["subject_key"] ?? "", row?["n"] ?? 0, total)
        }
        result.claims = claims
        result.subject = subject
        result.subjectDocuments = count
        let all = [dossier, "xref", "--db", database, "--format", "jsonl"]
        let one = [dossier, "xref", "--db", database, "--subject", subject, "--format", "jsonl"]
        let export = [dossier, "export", "--db", database, "--format", "json"]
        let raw = [sqlite3, "-readonly", database, """
            SELECT c.*, d.title, d.publisher, d.published, d.url, d.kind, d.text_hash FROM claims c JOIN documents d ON d.id = c.document_id
            """]
        result.allCommand = all.joined(separator: " ")
        result.subjectCommand = one.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
        result.exportCommand = export.joined(separator: " ")
        result.rawCommand = "\(sqlite3) -readonly \(database) \"SELECT c.*, <citation fields> FROM claims c JOIN documents d …\""
        for _ in 0..<runs {
            let a = try ChildProcess.check(all)
            result.allSeconds.append(a.seconds)
            result.allRSSMB.append(Double(a.peakRSSBytes) / 1_048_576)
            let s = try ChildProcess.check(one)
            result.subjectSeconds.append(s.seconds)
            result.subjectRSSMB.append(Double(s.peakRSSBytes) / 1_048_576)
            let e = try ChildProcess.check(export)
            result.exportSeconds.append(e.seconds)
            result.exportRSSMB.append(Double(e.peakRSSBytes) / 1_048_576)
            result.rawSeconds.append(try ChildProcess.check(raw).seconds)
        }
        return result
    }
}
