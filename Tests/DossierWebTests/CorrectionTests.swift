import DossierKit
@testable import DossierWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Rejecting and correcting from the browser: only with corrections allowed, the token held (cookie
/// from /login, or a bearer header for the API), and the form's CSRF token; the same records as
/// `dossier claims reject|correct`.
@Suite struct CorrectionTests {
    static let token = "test-token-0123456789abcdef"
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The claims judged here: valuations, of which the sample corpus has several.
    static var valuations: ClaimQuery {
        var query = ClaimQuery()
        query.metric = "valuation"
        return query
    }

    /// The form's CSRF token, read from the claim page as a browser would.
    static func csrf(_ page: String) throws -> String {
        let marker = "name=\"csrf\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    @Test func aBrowserRejectsAClaimWithTheTokenAndTheFormsCSRFToken() async throws {
        let fixture = try await WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let query = Self.valuations
        let claim = try #require(try await fixture.archive.claims(query).first)
        try await withClient(try fixture.server(token: Self.token)) { client in
            // Without the token: a link to enter it, no form.
            try await client.execute(uri: "/claims/\(claim.id)", method: .get) { response in
                #expect(response.text.contains("Enter the write token"))
                #expect(!response.text.contains("name=\"csrf\""))
            }
            try await client.execute(uri: "/claims/\(claim.id)/reject", method: .post, headers: Self.form, body: ByteBuffer(string: "reason=x")) { response in
                #expect(response.status == .unauthorized)
            }
            // A wrong token is refused; the right one is kept in an HttpOnly, SameSite=Strict cookie.
            try await client.execute(uri: "/login", method: .post, headers: Self.form, body: ByteBuffer(string: "token=nope&next=%2Fclaims")) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
            }
            let cookie = try await client.execute(uri: "/login", method: .post, headers: Self.form,
                                                  body: ByteBuffer(string: "token=\(Self.token)&next=%2F%2Fevil.example")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/claims")  // never off-site
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
                return String(cookie.prefix { $0 != ";" })
            }
            var withCookie = Self.form
            withCookie[.cookie] = cookie
            let csrf = try await client.execute(uri: "/claims/\(claim.id)", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.text.contains("action=\"/claims/\(claim.id)/reject\""))
                return try Self.csrf(response.text)
            }
            // The cookie without the form's CSRF token, or from another site, is refused.
            try await client.execute(uri: "/claims/\(claim.id)/reject", method: .post, headers: withCookie, body: ByteBuffer(string: "reason=x")) { response in
                #expect(response.status == .forbidden)
            }
            var crossSite = withCookie
            crossSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            try await client.execute(uri: "/claims/\(claim.id)/reject", method: .post, headers: crossSite,
                                     body: ByteBuffer(string: "csrf=\(csrf)&reason=x")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/claims/\(claim.id)/reject", method: .post, headers: withCookie,
                                     body: ByteBuffer(string: "csrf=\(csrf)&reason=a+reader%27s+comment&author=Ana+Reyes")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/claims/\(claim.id)?done=reject")
            }
            try await client.execute(uri: "/claims/\(claim.id)?done=reject", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.text.contains("data-correction=\"reject\""))
                #expect(response.text.contains("a reader&#39;s comment"))
                #expect(response.text.contains("Rejected by <bdi>Ana Reyes</bdi> on "))
                #expect(response.text.contains("Claim \(claim.id) rejected"))
            }
        }
        // The same record the command line writes: the claim is hidden unless asked for.
        let stored = try #require(try await fixture.archive.claim(id: claim.id))
        #expect(stored.correction?.action == .reject)
        #expect(stored.correction?.reason == "a reader's comment")
        #expect(stored.correction?.author == "Ana Reyes")
        #expect(try await fixture.archive.claims(query).contains { $0.id == claim.id } == false)
    }

    @Test func theAPICorrectsWithABearerTokenOnly() async throws {
        let fixture = try await WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let query = Self.valuations
        let claim = try #require(try await fixture.archive.claims(query).first)
        try await withClient(try fixture.server(token: Self.token)) { client in
            try await client.execute(uri: "/api/claims/\(claim.id)/correct", method: .post, headers: Self.form,
                                     body: ByteBuffer(string: "value=%2425M")) { response in
                #expect(response.status == .unauthorized)
            }
            // A cookie with some other Authorization header is not the API's bearer token.
            var basic = Self.form
            basic[.authorization] = "Basic eDp5"
            basic[.cookie] = "\(WriteAccess.cookie)=\(Self.token)"
            try await client.execute(uri: "/api/claims/\(claim.id)/correct", method: .post, headers: basic,
                                     body: ByteBuffer(string: "value=%2425M")) { response in
                #expect(response.status == .unauthorized)
            }
            var bearer = Self.form
            bearer[.authorization] = "Bearer \(Self.token)"
            try await client.execute(uri: "/api/claims/\(claim.id)/correct", method: .post, headers: bearer,
                                     body: ByteBuffer(string: "value=lots")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/claims/\(claim.id)/correct", method: .post, headers: bearer,
                                     body: ByteBuffer(string: "value=%2425M&subject=Corvid+Labs&reason=the+filing")) { response in
                #expect(response.status == .ok)
                let records = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                let correction = records?.first?["correction"] as? [String: Any]
                #expect(correction?["action"] as? String == "correct")
                #expect(correction?["value"] as? Double == 25_000_000)
            }
            try await client.execute(uri: "/api/claims/999999/reject", method: .post, headers: bearer, body: ByteBuffer()) { response in
                #expect(response.status == .notFound)
            }
        }
        let stored = try #require(try await fixture.archive.claim(id: claim.id))
        #expect(stored.claim.subject == "Corvid Labs")
    }
}
