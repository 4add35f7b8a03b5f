import DossierKit
import HTTPTypes
import Hummingbird

/// The JSON API under `/api/`: exactly what the command line prints with `--format json` for the
/// same request (search, claims, show, xref, trace, export), from the same encoders in DossierKit.
struct API {
    let server: WebServer
    var archive: Archive { server.archive }

    func register(on router: Router<BasicRequestContext>) {
        router.read("/api/search") { request, _ in try await search(request) }
        router.read("/api/claims") { request, _ in try await claims(request) }
        router.read("/api/claims/:id") { _, context in try await claim(context) }
        router.post("/api/claims/:id/reject") { request, context in try await judge(request, context, reject: true) }
        router.post("/api/claims/:id/correct") { request, context in try await judge(request, context, reject: false) }
        router.read("/api/documents/:id") { _, context in try await document(context) }
        router.read("/api/xref") { request, _ in try await xref(request) }
        router.read("/api/xref/:id") { request, context in try await group(request, context) }
        router.read("/api/trace") { request, _ in try await trace(request) }
        router.read("/api/export") { request, _ in try await export(request) }
    }

    /// `dossier search QUERY --format json` (`limit`, `offset`, `kind`, `publisher`, `since`, `until`, `literal`).
    func search(_ request: Request) async throws -> Response {
        let fields = Pages.fields(request)
        guard let text = fields.text("q") else { throw WebError.badRequest("give a query: /api/search?q=WORDS") }
        let query = SearchQuery(
            text: text, literal: fields.text("literal") == "true", kind: try fields.choice("kind", DocumentKind.self),
            since: try fields.date("since"), until: try fields.date("until"), publisher: fields.text("publisher"),
            limit: try fields.integer("limit", default: 20, in: 1...1000), offset: try fields.integer("offset", default: 0, in: 0...1_000_000))
        let result = try await archive.search(query)
        return Responses.json(ArchiveJSON.pretty(result.hits.map { SearchHitRecord($0) }))
    }

    /// `dossier claims --format json` with the same filters as the claims page, plus `limit`/`offset`.
    func claims(_ request: Request) async throws -> Response {
        let fields = Pages.fields(request)
        var query = try ClaimsPage.State(fields).query
        query.limit = try fields.integer("limit", default: 100, in: 1...10_000)
        query.offset = try fields.integer("offset", default: 0, in: 0...10_000_000)
        return Responses.json(ArchiveJSON.pretty(try await archive.claims(query).map(ClaimOutput.init)))
    }

    func claim(_ context: BasicRequestContext) async throws -> Response {
        let id = try Pages.identifier(context, what: "claim")
        guard let stored = try await archive.claim(id: id) else { throw WebError.notFound("no claim has the id \(id)") }
        return Responses.json(ArchiveJSON.pretty([ClaimOutput(stored)]))
    }

    /// `POST /api/claims/ID/reject` (`reason`) or `/correct` (`value`, `metric`, `subject`, `reason`), form-encoded,
    /// with `Authorization: Bearer TOKEN`; answers the claim as `dossier claims reject|correct --format json` does.
    func judge(_ request: Request, _ context: BasicRequestContext, reject: Bool) async throws -> Response {
        let id = try Pages.identifier(context, what: "claim")
        // A browser's cookie is not enough for the API (a cross-site form could carry it): the bearer token only.
        try server.access.authorizeBearer(request)
        try await Corrections(server: server).apply(to: id, reject: reject, fields: try await Pages.form(request))
        return try await claim(context)
    }

    /// `dossier show ID --format json`.
    func document(_ context: BasicRequestContext) async throws -> Response {
        let id = try Pages.identifier(context, what: "document")
        guard let document = try await archive.document(String(id)) else { throw WebError.notFound("no document has the id \(id)") }
        return Responses.json(ArchiveJSON.pretty(DocumentRecord(document)))
    }

    /// `dossier xref --format json` (`q`, `subject`, `metric`, `verdict`, `min-sources`, `limit`, `offset`).
    func xref(_ request: Request) async throws -> Response {
        let fields = Pages.fields(request)
        var evidence = try XrefPage.State(fields).request
        evidence.offset = try fields.integer("offset", default: 0, in: 0...10_000_000)
        evidence.limit = fields.text("limit") == nil ? nil : try fields.integer("limit", default: 100, in: 1...100_000)
        // Judged once per set of filters while the archive is unchanged, then paged as `xref --offset --limit` pages.
        let groups = try await server.crossReferences.result(for: evidence, archive: archive).groups
        let page = groups.dropFirst(evidence.offset).prefix(evidence.limit ?? groups.count)
        return Responses.json(EvidenceJSON.groups(Array(page)))
    }

    /// `dossier xref --explain ID --format json`.
    func group(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        guard let group = try await archive.crossReferenceGroup(id: id, subject: Pages.fields(request).text("subject")) else {
            throw WebError.notFound("no cross-reference group has the id \(id)")
        }
        return Responses.json(EvidenceJSON.groups([group]))
    }

    /// `dossier trace FIGURE --format json` (`subject`, `metric`).
    func trace(_ request: Request) async throws -> Response {
        let fields = Pages.fields(request)
        guard let figure = fields.text("figure"), let target = TraceTarget(parsing: figure) else {
            throw WebError.badRequest("give a figure: /api/trace?figure=%24100%20million (try $100 million, 30B, 0.1%)")
        }
        return Responses.json(EvidenceJSON.trace(try await archive.trace(target, metric: fields.text("metric"), subject: fields.text("subject"))))
    }

    /// `dossier export --format json` (or `format=md|csv|html`), inline rather than as a download.
    func export(_ request: Request) async throws -> Response {
        let fields = Pages.fields(request)
        let format = try fields.choice("format", FactSheetFormat.self) ?? .json
        let sheet = try await archive.factSheet(
            EvidenceRequest(text: fields.text("q"), subject: fields.text("subject"), metric: fields.text("metric")),
            title: fields.text("title") ?? "Fact sheet", generatedAt: FactSheetFormat.generatedAt())
        // The HTML sheet is a standalone page with its own inline stylesheet: it gets a policy of its own.
        let headers: HTTPFields = format == .html
            ? [HTTPField.Name("Content-Security-Policy")!: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"]
            : [:]
        return Responses.body(format.render(sheet), type: format.mediaType, headers: headers)
    }
}
