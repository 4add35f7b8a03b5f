import DossierKit
@testable import DossierWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API answers with the bytes the command line prints for `--format json` (both encode
/// through DossierKit's contracts), and errors as JSON objects.
@Suite struct APITests {
    @Test func everyReadingEndpointReturnsTheCommandLinesJSON() async throws {
        let fixture = try await WebFixture.shared.value
        let archive = fixture.archive
        let hits = try await archive.search(SearchQuery(text: "valuation"))
        var claimQuery = ClaimQuery()
        claimQuery.metric = "valuation"
        let claims = try await archive.claims(claimQuery)
        let document = try #require(try await archive.document(String(hits.hits[0].document)))
        let xref = try await archive.crossReference(EvidenceRequest(subject: "Anthropic"))
        let group = try #require(xref.groups.first)
        let trace = try await archive.trace(try #require(TraceTarget(parsing: "$61.5 billion")))
        let expected: [(String, String)] = [
            ("/api/search?q=valuation", ArchiveJSON.pretty(hits.hits.map { SearchHitRecord($0) })),
            ("/api/claims?metric=valuation", ArchiveJSON.pretty(claims.map(ClaimOutput.init))),
            ("/api/claims/\(claims[0].id)", ArchiveJSON.pretty([ClaimOutput(claims[0])])),
            ("/api/documents/\(document.id)", ArchiveJSON.pretty(DocumentRecord(document))),
            ("/api/xref?subject=Anthropic", EvidenceJSON.groups(xref.groups)),
            ("/api/xref/\(group.id)", EvidenceJSON.groups([group])),
            ("/api/trace?figure=%2461.5%20billion", EvidenceJSON.trace(trace)),
        ]
        try await withClient(try fixture.server()) { client in
            for (uri, json) in expected {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
                    #expect(response.text == json + "\n", "\(uri)")
                    #expect(response.hasSecurityHeaders)
                }
            }
        }
    }

    @Test func pagingAndLimitsAreChecked() async throws {
        let fixture = try await WebFixture.shared.value
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/api/claims?limit=2&offset=1", method: .get) { response in
                let decoded = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                #expect(decoded?.count == 2)
            }
            for uri in ["/api/search", "/api/search?q=x&limit=0", "/api/claims?limit=abc", "/api/trace", "/api/xref?verdict=x"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect(object?["status"] as? Int == 400, "\(uri)")
                    #expect((object?["error"] as? String)?.isEmpty == false, "\(uri)")
                }
            }
        }
    }

    @Test func anUnreadableSearchIsA400NotA500() async throws {
        let fixture = try await WebFixture.shared.value
        try await withClient(try fixture.server()) { client in
            try await client.execute(uri: "/api/search?q=%22%22%20()", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/?q=-", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("no words to search for"))
            }
        }
    }
}
