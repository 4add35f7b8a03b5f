import Foundation
import Testing
@testable import DossierBenchmarks

/// Runs the benchmark code on a handful of documents so it cannot rot. The
/// numbers mean nothing here; that the code runs and checks itself does.
@Suite struct BenchmarkSmokeTests {
    @Test func generatorIsDeterministicAndShaped() throws {
        let prose = CorpusGenerator.prose(seed: 7)
        let a = (0..<30).map { CorpusGenerator.document($0, seed: 7, prose: prose) }
        let b = (0..<30).map { CorpusGenerator.document($0, seed: 7, prose: prose) }
        #expect(a.map(\.contents) == b.map(\.contents))
        let other = CorpusGenerator.document(0, seed: 8, prose: CorpusGenerator.prose(seed: 8))
        #expect(other.contents != a[0].contents)
        let articles = a.filter { $0.relativePath.hasPrefix("articles/") }
        #expect(!articles.isEmpty)
        for article in articles {
            #expect((5_000...30_000).contains(article.contents.utf8.count), "article size \(article.contents.utf8.count)")
            #expect(article.contents.contains("application/ld+json"))
            #expect(article.contents.contains("og:title"))
            #expect(article.plains.count == 1)
        }
        // About a quarter of sentences carry a figure: digits in plain text.
        let sentences = articles.flatMap { $0.plains[0].text.split(whereSeparator: { $0 == "." || $0 == "?" }) }
        let withDigits = sentences.filter { $0.contains(where: \.isNumber) }.count
        let share = Double(withDigits) / Double(sentences.count)
        #expect(share > 0.12 && share < 0.45, "figure share \(share)")
    }

    @Test func vocabularyIsZipfian() {
        let vocabulary = Vocabulary(seed: 3, count: 20_000)
        #expect(Set(vocabulary.words).count == vocabulary.words.count)
        var random = SeededRandom(seed: 1)
        var counts: [String: Int] = [:]
        for _ in 0..<50_000 { counts[vocabulary.sample(&random), default: 0] += 1 }
        let top = counts[vocabulary.words[0], default: 0]
        let tenth = counts[vocabulary.words[9], default: 0]
        #expect(top > 5 * tenth / 2 && top < 20 * tenth, "rank 1: \(top), rank 10: \(tenth)")
        #expect(counts.count > 3_000)
    }

    @Test func sampleStatistics() {
        #expect(Sample([3, 1, 2, 10]).median == 2.5)
        let s = Sample([3, 1, 2, 10, 2.2])
        #expect(Sample.percentile([1, 2, 3, 4, 5], 0.95) == 4.8)
        #expect(s.formatted(1) == "2.2 (1.0–10.0)")
    }

    @Test func suiteRunsOnAHandfulOfDocuments() throws {
        let work = NSTemporaryDirectory() + "/dossier-bench-smoke-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        let corpus = work + "/corpus"
        let summary = try CorpusGenerator(seed: 11, count: 24).write(to: corpus)
        #expect(summary.files == 24)
        let entries = try CorpusGenerator.manifest(at: corpus)
        #expect(entries.count == summary.documents)

        let pages = try ParseBenchmark.load(corpus: corpus, entries: entries, maxBytes: 1 << 20)
        let parse = ParseBenchmark(pages: pages, runs: 1).run()
        #expect(parse.dossierMBps.median > 0 && parse.bareMBps.median > parse.dossierMBps.median / 100)

        let texts = try entries.prefix(10).map { try String(contentsOfFile: corpus + "/" + $0.plainPath, encoding: .utf8) }
        let extract = ExtractBenchmark(texts: texts, runs: 1).run()
        #expect(extract.claims > 0)

        let walk = try WalkBenchmark(root: corpus + "/files", runs: 1).run()
        #expect(walk.files == 24)

        // The raw limit's SQL script: through the sqlite3 shell when present.
        let script = work + "/raw.sql"
        try RawLimitScript.write(documents: entries, corpus: corpus, to: script)
        let sqlText = try String(contentsOfFile: script, encoding: .utf8)
        #expect(sqlText.contains("porter unicode61 remove_diacritics 2"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let m = try ChildProcess.check(["/usr/bin/sqlite3", work + "/raw.sqlite"], stdinPath: script)
            #expect(m.peakRSSBytes > 0)
            let count = work + "/count.txt"
            _ = try ChildProcess.check(["/usr/bin/sqlite3", work + "/raw.sqlite", "SELECT count(*) FROM raw"], stdoutPath: count)
            #expect(try String(contentsOfFile: count, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "\(entries.count)")
        }

        let queries = SearchQueries.make(prose: CorpusGenerator.prose(seed: 11))
        #expect(queries.count >= 30)
        for named in queries { _ = try SearchSQL.make(named.query) }
    }
}
