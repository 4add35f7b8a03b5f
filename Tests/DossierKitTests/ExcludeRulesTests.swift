import Testing
@testable import DossierKit

@Suite struct ExcludeRulesTests {
    let rules = ExcludeRules(base: "/news", patterns: ["*.json", "drafts/", "wire/2019/*", "*/attachments", ""])

    func excluded(_ relative: String) -> Bool {
        rules.excludes(name: String(relative.split(separator: "/").last!), path: "/news/" + relative)
    }

    @Test func namePatternsMatchAnyFileOrFolderName() {
        #expect(excluded("feed.json"))
        #expect(excluded("2024/05/feed.json"))
        #expect(excluded("drafts"), "a trailing slash names the folder")
        #expect(excluded("desk/drafts"))
        #expect(!excluded("feed.json.html"))
        #expect(!excluded("drafts-final.html"))
    }

    @Test func pathPatternsMatchBelowTheBase() {
        #expect(excluded("wire/2019/jan.xml"))
        #expect(excluded("wire/2019/q1/jan.xml"), "* crosses folders in a path pattern")
        #expect(!excluded("wire/2020/jan.xml"))
        #expect(excluded("desk/attachments"))
        #expect(!excluded("attachments"), "*/attachments needs a folder above it")
        #expect(!rules.excludes(name: "jan.xml", path: "/elsewhere/wire/2019/jan.xml"))
    }

    @Test func theNearestStoredSourceApplies() {
        let stored = ["/news": ["*.json"], "/news/wire": ["*.txt"]]
        #expect(ExcludeRules.stored(for: "/news/wire/2019", in: stored)?.base == "/news/wire")
        #expect(ExcludeRules.stored(for: "/news/desk", in: stored)?.patterns == ["*.json"])
        #expect(ExcludeRules.stored(for: "/newsroom", in: stored) == nil)
    }
}
