import DossierKit
import Foundation
import Hummingbird

/// The HTML routes. Each reads its parameters (400 on a bad one), asks the archive, and renders.
struct Pages {
    let server: WebServer
    var archive: Archive { server.archive }
    var access: WriteAccess { server.access }

    func register(on router: Router<BasicRequestContext>) {
        router.read("/") { request, _ in try await search(request) }
        router.read("/documents/:id") { request, context in try await document(request, context) }
        router.read("/claims") { request, _ in try await claims(request) }
        router.read("/claims/:id") { request, context in try await claim(request, context) }
        router.post("/claims/:id/reject") { request, context in try await judge(request, context, reject: true) }
        router.post("/claims/:id/correct") { request, context in try await judge(request, context, reject: false) }
        router.read("/xref") { request, _ in try await xref(request) }
        router.read("/xref/:id") { request, context in try await group(request, context) }
        router.read("/trace") { request, _ in try await trace(request) }
        router.read("/export") { request, _ in try await export(request) }
        router.read("/login") { request, _ in login(request) }
        router.post("/login") { request, _ in try await enter(request) }
        router.read("/assets/dossier.css") { _, _ in
            Responses.body(Assets.stylesheet, type: "text/css; charset=utf-8", headers: [.cacheControl: "max-age=3600"])
        }
        router.read("/assets/dossier.js") { _, _ in
            Responses.body(Assets.script, type: "text/javascript; charset=utf-8", headers: [.cacheControl: "max-age=3600"])
        }
    }

    static func fields(_ request: Request) -> FormFields { FormFields(request.uri.query) }

    static func identifier(_ context: BasicRequestContext, what: String) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
            throw WebError.badRequest("\(what) ids are positive numbers, not “\(context.parameters.get("id") ?? "")”")
        }
        return id
    }

    func search(_ request: Request) async throws -> Response {
        let state = try SearchPage.State(Self.fields(request))
        var results: DossierKit.SearchPage?
        if let query = state.search { results = try await archive.searchPage(query) }
        return Responses.html(SearchPage.render(state, page: results, canWrite: access.grant(request).canWrite))
    }

    func document(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = try Self.identifier(context, what: "document")
        guard let document = try await archive.document(String(id)) else { throw WebError.notFound("no document has the id \(id)") }
        return Responses.html(DocumentPage.render(document, query: Self.fields(request).text("q"), canWrite: access.grant(request).canWrite))
    }

    func claims(_ request: Request) async throws -> Response {
        let state = try ClaimsPage.State(Self.fields(request))
        let claims = try await archive.claims(state.query)
        return Responses.html(ClaimsPage.render(state, claims: claims, canWrite: access.grant(request).canWrite))
    }

    func claim(_ request: Request, _ context: BasicRequestContext, notice: String? = nil) async throws -> Response {
        let id = try Self.identifier(context, what: "claim")
        guard let stored = try await archive.claim(id: id) else { throw WebError.notFound("no claim has the id \(id)") }
        // Judged over the documents about the claim's subject, through the same kept answers as /xref.
        var group: EvidenceGroup?
        if let subject = stored.claim.subject {
            group = try await server.crossReferences.result(for: EvidenceRequest(subject: subject), archive: archive).groups
                .first { $0.entries.contains { $0.stored.id == stored.id } }
        }
        let done = Self.fields(request).text("done")
        let notice = notice ?? (done == "reject" || done == "correct" ? "Claim \(id) \(done == "reject" ? "rejected" : "corrected"); the machine’s claim is kept." : nil)
        return Responses.html(ClaimPage.render(stored, group: group, access: access.grant(request), notice: notice))
    }

    /// A rejection or correction from the claim page's form.
    func judge(_ request: Request, _ context: BasicRequestContext, reject: Bool) async throws -> Response {
        let id = try Self.identifier(context, what: "claim")
        let fields = try await Self.form(request)
        try access.authorizeForm(request, fields: fields)
        try await Corrections(server: server).apply(to: id, reject: reject, fields: fields)
        return Responses.redirect("/claims/\(id)?done=\(reject ? "reject" : "correct")")
    }

    /// A form body, at most 64 KB.
    static func form(_ request: Request) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 * 1024)
        return FormFields(String(buffer: buffer))
    }

    func xref(_ request: Request) async throws -> Response {
        let state = try XrefPage.State(Self.fields(request))
        let result = try await server.crossReferences.result(for: state.request, archive: archive)
        return Responses.html(XrefPage.render(state, groups: result.groups, canWrite: access.grant(request).canWrite))
    }

    func group(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        guard id.count >= 4, id.allSatisfy(\.isHexDigit) else { throw WebError.badRequest("a group id is hexadecimal, at least 4 characters (from /xref), not “\(id)”") }
        guard let group = try await archive.crossReferenceGroup(id: id, subject: Self.fields(request).text("subject")) else {
            throw WebError.notFound("no cross-reference group has the id \(id); the archive may have changed since the link was made")
        }
        return Responses.html(XrefPage.detail(group, canWrite: access.grant(request).canWrite))
    }

    func trace(_ request: Request) async throws -> Response {
        let fields = Self.fields(request)
        let figure = fields.text("figure"), subject = fields.text("subject"), metric = fields.text("metric")
        var trace: Trace?
        if let figure {
            guard let target = TraceTarget(parsing: figure) else {
                throw WebError.badRequest("cannot read “\(figure)” as a figure (try $100 million, 30B, 0.1% or 6 months)")
            }
            trace = try await archive.trace(target, metric: metric, subject: subject)
        }
        return Responses.html(TracePage.render(figure: figure, subject: subject, metric: metric, trace: trace, canWrite: access.grant(request).canWrite))
    }

    /// The fact sheet in a format, as `dossier export` writes it, as a download.
    func export(_ request: Request) async throws -> Response {
        let fields = Self.fields(request)
        let format = try fields.choice("format", FactSheetFormat.self) ?? .html
        let title = fields.text("title") ?? "Fact sheet"
        let sheet = try await archive.factSheet(
            EvidenceRequest(text: fields.text("q"), subject: fields.text("subject"), metric: fields.text("metric")),
            title: title, generatedAt: FactSheetFormat.generatedAt())
        return Responses.body(format.render(sheet), type: format.mediaType,
                              headers: [.contentDisposition: "attachment; filename=\"fact-sheet.\(format.rawValue)\""])
    }

    func login(_ request: Request) -> Response {
        Responses.html(MessagePage.login(next: Self.safeNext(Self.fields(request).text("next")), failed: false))
    }

    /// Checks the token and keeps it in a cookie only this site's requests carry.
    func enter(_ request: Request) async throws -> Response {
        let fields = try await Self.form(request)
        let next = Self.safeNext(fields.text("next"))
        guard let token = access.token else { throw WebError.forbidden("corrections are off: start the server with --allow-corrections to allow them") }
        guard let given = fields.text("token"), WriteAccess.same(given, token) else {
            return Responses.html(MessagePage.login(next: next, failed: true), status: .unauthorized)
        }
        return Responses.redirect(next, headers: [.setCookie: "\(WriteAccess.cookie)=\(token); Path=/; HttpOnly; SameSite=Strict"])
    }

    /// Only a path on this server (never `//elsewhere` or `https://…`) is followed after login: a
    /// leading `/` and then only URL path and query characters (a tab or a backslash, which browsers
    /// drop or turn into `/`, could make `//elsewhere` out of `/\t/elsewhere`).
    static func safeNext(_ next: String?) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_.~%?=&-+")
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.allSatisfy({ allowed.contains($0) }) else { return "/claims" }
        return next
    }
}
