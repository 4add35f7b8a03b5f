import DossierKit
@testable import DossierWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every HTML route, its happy path and its errors, through the in-process test client.
@Suite struct PageTests {
    @Test func searchShowsRankedHitsWithFacetsHighlightsAndPaging() async throws {
        let fixture = try await WebFixture.shared.value
        let expected = try await fixture.archive.searchPage(SearchQuery(text: "valuation")).facets
        let feedItems = try #require(expected.kinds.first { $0.value == "feed-item" }?.documents)
        let best = try #require(try await fixture.archive.search(SearchQuery(text: "valuation")).hits.first)
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/?q=valuation", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.hasSecurityHeaders)
                let page = response.text
                #expect(page.contains("<mark>valuation</mark>"))
                #expect(page.contains("of \(expected.total) documents"))
                // Facets with counts, linking to the same search narrowed.
                #expect(page.contains("href=\"/?q=valuation&amp;kind=article\""))
                #expect(page.contains("href=\"/api/search?q=valuation&amp;limit=20\""))
                #expect(page.contains("/documents/\(best.document)?q=valuation"))
            }
            try await client.execute(uri: "/?q=valuation&kind=feed-item", method: .get) { response in
                #expect(response.text.contains("of \(feedItems) documents"))
            }
            // Past the last page: says so, and the JSON link asks for the same page.
            try await client.execute(uri: "/?q=valuation&page=9", method: .get) { response in
                #expect(response.text.contains("No documents on this page: \(expected.total) match in all."))
                #expect(response.text.contains("href=\"/api/search?q=valuation&amp;offset=160&amp;limit=20\""))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("name=\"q\""))
                #expect(!response.text.contains("documents, best first"))
            }
        }
    }

    @Test(arguments: [
        ("/?q=x&since=March", "since must be a date"),
        ("/?q=x&kind=memo", "kind must be one of article, feed-item, wire, filing, text"),
        ("/?q=x&page=0", "page must be a whole number from 1"),
        ("/claims?min=lots", "min must be a figure"),
        ("/claims?sort=random", "sort must be one of published, newest, value, largest, subject"),
        ("/claims?document=abc", "document must be a document or claim id"),
        ("/xref?verdict=maybe", "verdict must be one of agree, conflict, changed, related"),
        ("/xref/not-hex", "a group id is hexadecimal"),
        ("/trace?figure=lots", "cannot read “lots” as a figure"),
        ("/documents/abc", "document ids are positive numbers"),
        ("/export?format=pdf", "format must be one of md, csv, json, html"),
    ])
    func badParametersGetA400PageSayingWhatWasWrong(uri: String, message: String) async throws {
        let fixture = try await WebFixture.shared.value
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.hasSecurityHeaders)
                #expect(response.text.contains(message), "\(uri): \(response.text)")
                #expect(response.text.contains("<!doctype html>"))
            }
        }
    }

    @Test func unknownIdsAre404Pages() async throws {
        let fixture = try await WebFixture.shared.value
        try await withClient(try fixture.server()) { client in
            for uri in ["/documents/999999", "/claims/999999", "/xref/0123456789abcdef", "/no/such/page", "/api/claims/999999"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.hasSecurityHeaders, "\(uri)")
                    #expect(!response.text.contains("Swift/"), "\(uri)")
                }
            }
        }
    }

    @Test func aDocumentLinksEveryFigureToItsClaimAndMarksTheSearchTerms() async throws {
        let fixture = try await WebFixture.shared.value
        let hit = try #require(try await fixture.archive.search(SearchQuery(text: "\"post-money valuation\"")).hits.first)
        let document = try #require(try await fixture.archive.document(String(hit.document)))
        #expect(document.claims.count > 3)
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/documents/\(hit.document)?q=valuation", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                for claim in document.claims {
                    #expect(page.contains("id=\"claim-\(claim.id)\" href=\"/claims/\(claim.id)\""), "claim \(claim.id) is linked")
                }
                #expect(page.contains(">$61.5 billion</a>"))
                #expect(page.contains("<mark>valuation</mark>"))
                #expect(page.contains("href=\"/api/documents/\(hit.document)\""))
                #expect(page.contains("<a href=\"https://byteline.example/2025/03/04/anthropic-61-5-billion\" rel=\"noopener noreferrer nofollow\">"))
            }
        }
    }

    @Test func hostileDocumentTextIsEscapedIsolatedAndNeverLinkedAsScript() async throws {
        let fixture = try await WebFixture.shared.value
        let id = try await fixture.hostileDocument()
        try await withClient(try fixture.server()) { client in
            for uri in ["/documents/\(id)", "/?q=Reilly", "/claims?document=\(id)", "/?q=%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let page = response.text
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!page.contains("<script>"), "\(uri) has a raw script element")
                    #expect(!page.contains("<img"), "\(uri) has a raw img element")
                    #expect(!page.contains("href=\"javascript:"), "\(uri) links a script URL")
                    #expect(!page.contains("<b>"), "\(uri) has a raw b element")
                }
            }
            try await client.execute(uri: "/documents/\(id)", method: .get) { response in
                let page = response.text
                #expect(page.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;"))
                #expect(page.contains("O&#39;Reilly &amp; Sons"))
                #expect(!page.contains("javascript:"))
                // The right-to-left override stays inside its own <bdi>, so it cannot reorder the page.
                let main = try #require(page.range(of: "<main>"))
                let override = try #require(page.range(of: "\u{202E}", range: main.upperBound..<page.endIndex))
                let before = page[..<override.lowerBound]
                #expect(before.range(of: "<bdi>", options: .backwards).map { open in
                    !page[open.upperBound..<override.lowerBound].contains("</bdi>")
                } == true)
            }
            // A query reflected into the form stays inside its attribute.
            try await client.execute(uri: "/?q=%22%3E%3Cscript%3Ealert(3)%3C%2Fscript%3E", method: .get) { response in
                #expect(response.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\""))
            }
        }
    }

    @Test func claimsAreListedWithTheirFiltersSortableAndLinkedToTheirSentences() async throws {
        let fixture = try await WebFixture.shared.value
        var query = ClaimQuery()
        query.metric = "valuation"
        query.order = .largest
        query.limit = 51
        let expected = try await fixture.archive.claims(query)
        #expect(expected.count >= 3)
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/claims?metric=valuation&sort=largest", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                // The rows in the store's order, each linked to its sentence in its document.
                let positions = expected.prefix(50).compactMap { page.range(of: "<tr id=\"claim-\($0.id)\"")?.lowerBound }
                #expect(positions.count == min(50, expected.count))
                #expect(positions == positions.sorted())
                let first = try #require(expected.first)
                #expect(page.contains("href=\"/documents/\(first.document)#claim-\(first.id)\""))
                // The header of the current order links to its reverse.
                #expect(page.contains("sort=value"))
                #expect(page.contains("Figure ▼"))
                #expect(page.contains("/export?metric=valuation&amp;format=html"))
            }
        }
    }

    @Test func aClaimPageShowsItsGroupAndOffersNoWritingWhenCorrectionsAreOff() async throws {
        let fixture = try await WebFixture.shared.value
        let grouped = try await fixture.archive.crossReference(EvidenceRequest(subject: "Anthropic"))
        let group = try #require(grouped.groups.first { $0.documents >= 2 })
        let claim = try #require(group.entries.first).stored
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/claims/\(claim.id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("/xref/\(group.id)?subject="))
                #expect(page.contains("data-verdict=\"\(group.verdict.rawValue)\""))
                #expect(page.contains("Corrections are off"))
                #expect(!page.contains("name=\"csrf\""))
            }
            try await client.execute(uri: "/claims/\(claim.id)/reject", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "reason=x")) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("--allow-corrections"))
            }
        }
    }

    @Test func crossReferencesShowVerdictsValuesInPublicationOrderAndATimelineForChanges() async throws {
        let fixture = try await WebFixture.shared.value
        let all = try await fixture.archive.crossReference(EvidenceRequest())
        #expect(!all.groups.isEmpty)
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/xref", method: .get) { response in
                #expect(response.status == .ok)
                for group in all.groups.prefix(25) { #expect(response.text.contains("data-group=\"\(group.id)\"")) }
            }
            for group in all.groups.prefix(6) {
                try await client.execute(uri: "/xref/\(group.id)", method: .get) { response in
                    #expect(response.status == .ok)
                    let page = response.text
                    #expect(page.contains("data-verdict=\"\(group.verdict.rawValue)\""))
                    let dates = group.entries.map { $0.stored.source.published.map { String($0.prefix(10)) } ?? "undated" }
                    let shown = dates.compactMap { date in page.range(of: "<td>\(date)</td>").map { page.distance(from: page.startIndex, to: $0.lowerBound) } }
                    #expect(shown.count == dates.count)
                    #expect(page.contains("<svg class=\"timeline\"") == (group.verdict == .changed && Set(dates).count >= 1 && group.entries.count >= 2))
                }
            }
            if let verdict = all.groups.first?.verdict {
                try await client.execute(uri: "/xref?verdict=\(verdict.rawValue)", method: .get) { response in
                    #expect(response.text.contains("data-verdict=\"\(verdict.rawValue)\""))
                    for other in Verdict.allCases where other != verdict { #expect(!response.text.contains("data-verdict=\"\(other.rawValue)\"")) }
                }
            }
        }
    }

    @Test func traceNamesTheFirstReporter() async throws {
        let fixture = try await WebFixture.shared.value
        let trace = try await fixture.archive.trace(try #require(TraceTarget(parsing: "$61.5 billion")))
        let first = try #require(trace.first)
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/trace?figure=%2461.5%20billion", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("First reported by"))
                #expect(response.text.contains("href=\"/documents/\(first.stored.document)#claim-\(first.stored.id)\""))
            }
        }
    }

    @Test(arguments: FactSheetFormat.allCases)
    func factSheetsDownloadWithTheExportsContent(format: FactSheetFormat) async throws {
        let fixture = try await WebFixture.shared.value
        let sheet = try await fixture.archive.factSheet(EvidenceRequest(subject: "Anthropic"), generatedAt: "fixed")
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/export?subject=Anthropic&format=\(format.rawValue)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == format.mediaType)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"fact-sheet.\(format.rawValue)\"")
                // The same sheet as `dossier export`, but for the moment it was made.
                let expected = format.render(sheet)
                let got = response.text
                let stamp = { (text: String) in text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z|fixed"#, with: "T", options: .regularExpression) }
                #expect(stamp(got) == stamp(expected))
            }
        }
    }

    @Test func aDatabaseThatGoesAwayIsA503PageNeverA500() async throws {
        let fixture = try await WebFixture()
        let served = try Archive.openForServing(path: fixture.databasePath, readers: 2)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fixture.databasePath + suffix) }
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        try await withClient(WebServer(archive: served)) { client in
            for uri in ["/?q=valuation", "/claims", "/api/claims"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok || response.status == .serviceUnavailable, "\(uri): \(response.status)")
                    #expect(response.status != .internalServerError)
                    #expect(response.hasSecurityHeaders)
                }
            }
        }
    }

    @Test func headRequestsAndAssetsWork() async throws {
        let fixture = try await WebFixture.shared.value
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/claims", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/assets/dossier.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.text.contains(".badge.conflict"))
            }
        }
    }
}
