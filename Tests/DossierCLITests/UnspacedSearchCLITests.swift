import Foundation
import Testing

/// Search in scripts written without spaces: a two-character Japanese word,
/// a Thai word, a Korean word inside a longer run; English search unchanged.
@Suite struct UnspacedSearchCLITests {
    @Test func wordsInsideRunsOfUnspacedScriptsAreFound() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("docs/jp.html", """
            <!doctype html><html lang="ja"><head><title>商標登録の出願が増加</title></head><body><article><h1>商標登録の出願が増加</h1>
            <p>特許庁によると、2024年の出願件数は前年比5%増の18万件だった。</p><p>中小企業の出願が特に増えたという。</p></article></body></html>
            """)
        try cli.write("docs/th.txt", "รายงานระบุว่าต้นทุนการขนส่งเพิ่มขึ้น 12% ในปีนี้\n")
        try cli.write("docs/ko.txt", "항만공사는올해예산을늘렸다고밝혔다.\n")
        try cli.write("docs/en.txt", "The harbour levy raised $4 million, the trademark office said.\n")
        #expect(try cli.run(["import", "docs"]).status == 0)
        func locations(_ query: String, _ extra: [String] = []) throws -> [String] {
            let run = try cli.run(["search", query, "--format", "json"] + extra)
            let hits = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
            return hits.compactMap { ($0["location"] as? String).map { ($0 as NSString).lastPathComponent } }
        }
        #expect(try locations("商標") == ["jp.html"], "two characters inside the title's run")
        #expect(try locations("特許庁") == ["jp.html"])
        #expect(try locations("ต้นทุน") == ["th.txt"])
        #expect(try locations("예산을") == ["ko.txt"])
        #expect(try locations("商標 中小企業") == ["jp.html"], "every word must occur")
        #expect(try locations("商標 ต้นทุน") == [])
        #expect(try locations("trademark") == ["en.txt"], "English search is the same")
        #expect(try locations("商標", ["--kind", "text"]) == [], "filters apply")
        let table = try cli.run(["search", "特許庁"])
        #expect(table.stdout.contains("**特許庁**"), "\(table.stdout)")
        // The trigram index is checked against the documents and rebuilt with the others.
        #expect(try cli.run(["check"]).status == 0)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            sqlite.arguments = [cli.database, "DELETE FROM documents_cjk WHERE rowid = (SELECT min(rowid) FROM documents_cjk);"]
            try sqlite.run()
            sqlite.waitUntilExit()
            let broken = try cli.run(["check"])
            #expect(broken.status == 1)
            #expect(broken.stdout.contains("documents_cjk"), "\(broken.stdout)")
        }
        #expect(try cli.run(["check", "--repair"]).status == 0)
        #expect(try locations("商標") == ["jp.html"])
        #expect(try locations("ต้นทุน") == ["th.txt"])
    }
}
