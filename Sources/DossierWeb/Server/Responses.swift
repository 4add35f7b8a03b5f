import Foundation
import DossierKit
import HTTPTypes
import Hummingbird

/// Responses with their media types; the security headers are added to every response by
/// `SafetyMiddleware`.
enum Responses {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        body(page, type: "text/html; charset=utf-8", status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text.hasSuffix("\n") ? text : text + "\n", type: "application/json; charset=utf-8", status: status)
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// After a form post: back to a page (303, so a reload does not post again).
    static func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }
}

/// Adds the security headers to every response and turns every error into a page (or, under
/// `/api/`, a JSON object) that says what was wrong, never a stack trace.
struct SafetyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Refuse requests whose Host is not a loopback name (the server listens on loopback).
    var loopbackOnly = true

    /// A browser page from another site can make its own name resolve to 127.0.0.1 (DNS
    /// rebinding) and then read the server as same-origin; its requests still carry that name.
    static func isLoopbackHost(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), let end = name.firstIndex(of: "]") {
            name = String(name[name.index(after: name.startIndex)..<end])
        } else if let colon = name.lastIndex(of: ":"), name.firstIndex(of: ":") == colon {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "::1"
    }

    /// Only this origin's stylesheet and script; no framing; forms post only here.
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        var extraHeaders: HTTPFields = [:]
        // HEAD is answered by the GET route (see `Router.read`), without the body.
        let isHead = request.method == .head
        let started = ContinuousClock.now
        do {
            if loopbackOnly, let host = request.head.authority, !Self.isLoopbackHost(host) {
                throw WebError(status: .misdirectedRequest,
                               message: "this server answers only to 127.0.0.1 or localhost, not to “\(host)”; start it with --host to serve other names")
            }
            response = try await next(request, context)
        } catch {
            let failure = WebError(error)
            if failure.status.code >= 500 { context.logger.error("\(request.method) \(request.uri.path): \(failure.detail ?? String(reflecting: error))") }
            if let retry = failure.retryAfter { extraHeaders[HTTPField.Name("Retry-After")!] = String(retry) }
            response = request.uri.path.hasPrefix("/api/")
                ? Responses.json(ArchiveJSONError(error: failure.message, status: Int(failure.status.code)).encoded, status: failure.status)
                : Responses.html(MessagePage.error(failure), status: failure.status)
        }
        response.headers.append(contentsOf: extraHeaders)
        if response.headers[HTTPField.Name("Content-Security-Policy")!] == nil {
            response.headers[HTTPField.Name("Content-Security-Policy")!] = Self.contentSecurityPolicy
        }
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on its own form posts.
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        // The time spent answering, for browsers' developer tools and the web benchmark.
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[HTTPField.Name("Server-Timing")!] = "app;dur=" + String(format: "%.2f", milliseconds)
        if isHead { response.body = ResponseBody() }
        return response
    }
}

/// `{"error": "…", "status": 400}` for the JSON API.
struct ArchiveJSONError: Encodable {
    var error: String
    var status: Int
    var encoded: String { ArchiveJSON.pretty(self) }
}

extension Router {
    /// A reading route: GET, and HEAD (link checkers and `curl -I`), which `SafetyMiddleware` answers without the body.
    func read(_ path: RouterPath, use handler: @Sendable @escaping (Request, Context) async throws -> Response) {
        on(path, method: .get, use: handler)
        on(path, method: .head, use: handler)
    }
}
