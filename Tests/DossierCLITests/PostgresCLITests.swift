import Foundation
import Synchronization
import Testing

/// The command line on a PostgreSQL archive, as a team uses it: two `dossier import` processes
/// started together on overlapping folders, then the reading commands, unchanged but for `--db`.
/// Runs when DOSSIER_TEST_POSTGRES_URL names a server (required when DOSSIER_REQUIRE_POSTGRES=1).
@Suite struct PostgresCLITests {
    /// A fresh database on the test server (made with `psql`), its URL; nil when there is no server.
    static func database() throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        guard let server = environment["DOSSIER_TEST_POSTGRES_URL"], !server.isEmpty else {
            if environment["DOSSIER_REQUIRE_POSTGRES"] == "1" { Issue.record("DOSSIER_REQUIRE_POSTGRES=1 but DOSSIER_TEST_POSTGRES_URL is not set") }
            return nil
        }
        let name = "dossier_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", server, "-qtAc", "CREATE DATABASE \(name)"]
        try psql.run()
        psql.waitUntilExit()
        #expect(psql.terminationStatus == 0, "psql could not create a database on the test server")
        var components = try #require(URLComponents(string: server))
        components.path = "/" + name
        return components.string
    }

    static func drop(_ url: String) {
        guard let server = ProcessInfo.processInfo.environment["DOSSIER_TEST_POSTGRES_URL"],
              let name = URLComponents(string: url)?.path.dropFirst() else { return }
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        psql.arguments = ["psql", server, "-qtAc", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"]
        try? psql.run()
        psql.waitUntilExit()
    }

    @Test func twoImportProcessesTogetherLeaveEveryDocumentOnce() throws {
        guard let url = try Self.database() else { return }
        defer { Self.drop(url) }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for n in 0..<40 {
            try cli.write("desk/\(n % 2 == 0 ? "east" : "west")/story-\(n).html", """
                <!doctype html><html><head><title>Story \(n)</title><meta property="og:site_name" content="Outlet \(n % 4)">
                <meta property="article:published_time" content="2025-05-\(10 + n % 15)T09:00:00Z"></head>
                <body><article><h1>Story \(n)</h1><p>Harbor Logistics \(n) raised $\(20 + n) million from investors, valuing it at $\(200 + n) million.</p>
                </article></body></html>
                """)
        }
        // Started together: one on the whole folder, one on half of it, as two colleagues would.
        let environment = ["DOSSIER_DB": url]
        let results = [["import", "desk"], ["import", "desk/east"]]
        let outcomes = Mutex<[CLIRunner.Result?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result = try? cli.run(results[i], environment: environment, useDatabase: false)
            outcomes.withLock { $0[i] = result }
        }
        let first = try #require(outcomes.withLock { $0[0] }), second = try #require(outcomes.withLock { $0[1] })
        #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")

        let search = try cli.run(["search", "Harbor Logistics", "--limit", "100", "--format", "jsonl"], environment: environment, useDatabase: false)
        #expect(search.status == 0, "\(search.stderr)")
        let documents = search.stdout.split(separator: "\n").compactMap { line -> Int? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["document"] as? Int
        }
        #expect(documents.count == 40 && Set(documents).count == 40, "every document exactly once: \(documents.count)")

        let claims = try cli.run(["claims", "--kind", "money", "--format", "csv"], environment: environment, useDatabase: false)
        #expect(claims.status == 0 && claims.stdout.split(separator: "\n").count == 81, "80 money claims and a header")
        let xref = try cli.run(["xref", "--format", "jsonl"], environment: environment, useDatabase: false)
        #expect(xref.status == 0, "\(xref.stderr)")
        let export = try cli.run(["export", "--format", "md"], environment: environment, useDatabase: false)
        #expect(export.status == 0 && export.stdout.contains("desk:"), "fact sheets cite name:relative/path")
        let check = try cli.run(["check"], environment: environment, useDatabase: false)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        let sources = try cli.run(["sources", "--format", "json"], environment: environment, useDatabase: false)
        #expect(sources.stdout.contains("\"name\" : \"desk\""), "\(sources.stdout)")
    }
}
