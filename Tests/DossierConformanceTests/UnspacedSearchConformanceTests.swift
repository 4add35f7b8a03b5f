import DossierKit
import Foundation
import Testing

/// Search in scripts written without spaces, the same on every backend: a two-character Chinese
/// word inside a run, a longer Japanese word (through the trigram index), a Thai word, filters and
/// facets, the words marked in the snippet; English search unchanged beside them.
@Suite struct UnspacedSearchConformanceTests {
    static let files: [String: String] = [
        "zh.html": """
            <!doctype html><html lang="zh"><head><title>港口扩建计划获批</title>
            <meta property="og:site_name" content="港城日报"><meta property="article:published_time" content="2025-04-02T08:00:00Z">
            </head><body><article><h1>港口扩建计划获批</h1><p>市政府表示，新码头将耗资42亿元，预计2027年完工。</p>
            <p>航运公司对扩建表示欢迎。</p></article></body></html>
            """,
        "ja.html": """
            <!doctype html><html lang="ja"><head><title>貨物取扱量が過去最高に</title>
            <meta property="og:site_name" content="湾岸新聞"><meta property="article:published_time" content="2025-05-20T08:00:00Z">
            </head><body><article><h1>貨物取扱量が過去最高に</h1><p>港湾局によると、昨年の貨物取扱量は前年比7%増えた。</p></article></body></html>
            """,
        "th.txt": "การท่าเรือแจ้งว่าค่าธรรมเนียมท่าเทียบเรือจะปรับขึ้น 4% ในเดือนหน้า\n",
        "en.txt": "The port authority said berth fees will rise 4% next month, and cargo volumes hit a record.\n",
    ]

    @Test(arguments: Backend.allCases)
    func wordsInsideRunsAreFoundWithFiltersFacetsAndMarks(_ backend: Backend) async throws {
        try await withArchive(backend) { test in
            let root = try test.write(Self.files)
            let archive = try await test.open(.write(wait: 30))
            _ = try await archive.importPaths([root])
            func found(_ text: String, kind: DocumentKind? = nil) async throws -> [String] {
                var query = SearchQuery(text: text)
                query.kind = kind
                return try await archive.search(query).hits.compactMap { $0.location.map { ($0 as NSString).lastPathComponent } }
            }
            #expect(try await found("码头") == ["zh.html"], "two characters inside a run")
            #expect(try await found("取扱量") == ["ja.html"], "three characters, through the trigram index")
            #expect(try await found("ท่าเรือ") == ["th.txt"])
            #expect(try await found("扩建 码头") == ["zh.html"], "every word must occur")
            #expect(try await found("码头 港湾局") == [])
            #expect(try await found("码头", kind: .text) == [], "filters apply")
            #expect(try await found("berth") == ["en.txt"], "English search unchanged")

            var marked = SearchQuery(text: "港湾局")
            marked.highlight = ("[", "]")
            let hit = try #require(try await archive.search(marked).hits.first)
            #expect(hit.snippet.contains("[港湾局]"), "\(hit.snippet)")
            let page = try await archive.searchPage(SearchQuery(text: "港"))
            #expect(page.facets.total == 2 && page.result.hits.count == 2)
            #expect(Set(page.facets.publishers.map(\.value)) == ["港城日报", "湾岸新聞"])
            #expect(page.result.hits.compactMap { $0.location.map { ($0 as NSString).lastPathComponent } } == ["zh.html", "ja.html"],
                    "a hit in the title first (zh), though the other (ja) is newer")

            try await archive.close()
        }
    }
}
