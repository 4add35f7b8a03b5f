import Foundation
import HTTPTypes
import Hummingbird

/// Who may write (reject or correct claims) through the server. Writing is off unless the server
/// was started with `--allow-corrections`; then every writing request must hold the token printed
/// at start: a browser holds it in an HttpOnly, SameSite=Strict cookie set by `/login` and sends
/// a per-process CSRF token with every form; a program sends `Authorization: Bearer TOKEN`.
struct WriteAccess: Sendable {
    /// Nil when corrections are off.
    let token: String?
    /// Embedded in forms; a cross-site page cannot read it.
    let csrf: String
    static let cookie = "dossier_write"

    init(token: String?) {
        self.token = token
        csrf = Self.randomToken()
    }

    /// 32 random bytes as hex, from the system's generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// What a page may offer this visitor.
    enum Grant: Sendable, Equatable {
        case disabled
        case needsToken
        case granted(csrf: String)

        var canWrite: Bool { if case .granted = self { true } else { false } }
    }

    func grant(_ request: Request) -> Grant {
        guard token != nil else { return .disabled }
        return holdsToken(request) ? .granted(csrf: csrf) : .needsToken
    }

    /// The cookie or the bearer header carries the token (compared in constant time).
    func holdsToken(_ request: Request) -> Bool {
        guard let token else { return false }
        return holdsBearer(request) || (Self.cookieValue(request).map { Self.same($0, token) } ?? false)
    }

    func holdsBearer(_ request: Request) -> Bool {
        guard let token, let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") else { return false }
        return Self.same(String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces), token)
    }

    /// The characters a token may have: it travels in a cookie and a header unquoted.
    static func isValidToken(_ token: String) -> Bool {
        token.count >= 16 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._~-".contains($0)) }
    }

    static func cookieValue(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix(cookie + "=") { return String(pair.dropFirst(cookie.count + 1)) }
            }
        }
        return nil
    }

    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    /// Refuses a writing request from a browser form unless corrections are on, the token is held,
    /// the form's CSRF token matches, and the request does not come from another site.
    func authorizeForm(_ request: Request, fields: FormFields) throws {
        try authorizeBearerOrCookie(request)
        guard let sent = fields.text("csrf"), Self.same(sent, csrf) else {
            throw WebError.forbidden("the form has expired or did not come from this server; reload the page and try again")
        }
        if request.headers[HTTPField.Name("Sec-Fetch-Site")!] == "cross-site" {
            throw WebError.forbidden("a request from another site cannot write to this archive")
        }
        if let origin = request.headers[.origin], let host = request.head.authority,
           origin != "http://\(host)", origin != "https://\(host)" {
            throw WebError.forbidden("a request from \(origin) cannot write to this archive")
        }
    }

    /// Refuses an API write unless corrections are on and `Authorization: Bearer TOKEN` holds the token.
    func authorizeBearer(_ request: Request) throws {
        guard token != nil else {
            throw WebError.forbidden("corrections are off: start the server with --allow-corrections to allow them")
        }
        guard holdsBearer(request) else {
            throw WebError(status: .unauthorized, message: "the JSON API writes only with Authorization: Bearer TOKEN (the token dossier serve printed at start)")
        }
    }

    /// Refuses a writing request unless corrections are on and the token is held.
    func authorizeBearerOrCookie(_ request: Request) throws {
        guard token != nil else {
            throw WebError.forbidden("corrections are off: start the server with --allow-corrections to allow them")
        }
        guard holdsToken(request) else {
            throw WebError(status: .unauthorized, message: "writing needs the token dossier serve printed at start (Authorization: Bearer TOKEN, or enter it at /login)")
        }
    }
}
