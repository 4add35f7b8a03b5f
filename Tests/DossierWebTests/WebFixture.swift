import DossierKit
@testable import DossierWeb
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// An archive of the sample corpus plus one hostile page, served in-process through Hummingbird's
/// test client. One read-only archive is shared; tests that write make their own.
struct WebFixture: Sendable {
    let folder: URL
    let databasePath: String
    let archive: Archive

    static let shared = Task { try await WebFixture() }

    /// The corpus folder in this checkout.
    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("corpus").resolvingSymlinksInPath()
    }

    /// A page whose title, byline, URL and text try every trick: markup, quotes, a right-to-left
    /// override, a script URL.
    static let hostilePage = """
        <!doctype html><html><head>
        <title>&lt;script&gt;alert("title")&lt;/script&gt; O'Reilly &amp; Sons \u{202E}fdp.exe</title>
        <meta property="og:site_name" content="Evil &quot;Press&quot; &lt;b&gt;">
        <meta property="og:url" content="javascript:alert(1)">
        <meta property="article:published_time" content="2025-05-02T09:00:00Z">
        </head><body><article>
        <h1>&lt;script&gt;alert("title")&lt;/script&gt; O'Reilly &amp; Sons \u{202E}fdp.exe</h1>
        <p>Revenue at O'Reilly &amp; Sons rose to $12 million in 2025, the company said on Friday. &lt;img src=x onerror=alert(1)&gt;</p>
        <p>The "quoted" board approved a $3 million buyback &lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt; later that day.</p>
        </article></body></html>
        """

    /// A new archive of its own (tests that write make one; readers share `shared`).
    init() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-web-\(UUID().uuidString)")
        let hostile = folder.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        try Self.hostilePage.write(to: hostile.appendingPathComponent("hostile.html"), atomically: true, encoding: .utf8)
        databasePath = folder.appendingPathComponent("web.sqlite").path
        let writer = try Archive.open(path: databasePath)
        let summary = try await writer.importPaths([Self.corpus.path, hostile.path])
        #expect(summary.failed == 0, "\(summary.failures)")
        try await writer.close()
        archive = try Archive.openForServing(path: databasePath, readers: 2)
    }

    /// A server over this archive; with `token`, corrections are allowed through a writing archive.
    func server(token: String? = nil) throws -> WebServer {
        WebServer(archive: archive, writer: try token.map { _ in try Archive.open(path: databasePath) }, token: token)
    }

    /// The hostile page's document id.
    func hostileDocument() async throws -> Int64 {
        let hits = try await archive.search(SearchQuery(text: "Reilly"))
        return try #require(hits.hits.first?.document)
    }
}

/// A response's body as text, and whether it has the security headers.
extension TestResponse {
    var text: String { String(buffer: body) }

    var hasSecurityHeaders: Bool {
        headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true
            && headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff"
            && headers[HTTPField.Name("Server-Timing")!]?.hasPrefix("app;dur=") == true
    }
}

/// Runs `body` against `server` in-process.
func withClient<T: Sendable>(_ server: WebServer, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
    let app = Application(router: server.router())
    return try await app.test(.router) { client in try await body(client) }
}
