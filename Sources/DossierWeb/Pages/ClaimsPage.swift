import DossierKit

/// `/claims`: the `dossier claims` filters as a form, a table sortable by its column headers (on the
/// server, across all pages), and each claim linked to its sentence in its document.
enum ClaimsPage {
    /// The filters, read from the URL: the same as `dossier claims`.
    struct State {
        var fields: [String: String] = [:]
        var query = ClaimQuery()
        var page: Int
        static let perPage = 50
        static let names = ["q", "kind", "metric", "subject", "measure", "period", "direction", "origin", "min", "max",
                            "since", "until", "document", "rejected", "sort"]

        init(_ form: FormFields) throws {
            for name in Self.names { fields[name] = form.text(name) }
            query.text = form.text("q")
            query.kind = try form.choice("kind", FigureKind.self)
            query.metric = form.text("metric")
            query.subject = form.text("subject")
            query.subjectKey = query.subject.map(Archive.subjectKey)
            query.measure = form.text("measure")
            query.period = form.text("period")
            query.direction = try form.choice("direction", Direction.self)
            query.origin = try form.choice("origin", ClaimOrigin.self)
            query.minimum = try form.figure("min")
            query.maximum = try form.figure("max")
            query.since = try form.date("since")
            query.until = try form.date("until")
            query.document = try form.identifier("document")
            query.includeRejected = form.text("rejected") == "include"
            query.order = try form.choice("sort", ClaimOrder.self) ?? .published
            page = try form.integer("page", default: 1, in: 1...10_000)
            query.limit = Self.perPage + 1  // one more tells whether there is a next page
            query.offset = (page - 1) * Self.perPage
        }

        func link(_ path: String = "/claims", replacing: [String: String?] = [:]) -> String {
            var values = fields
            for (name, value) in replacing { values[name] = value }
            return Markup.link(path, (Self.names + ["page"]).map { ($0, values[$0] ?? nil) })
        }
    }

    static func render(_ state: State, claims: [StoredClaim], canWrite: Bool) -> String {
        var layout = Layout(title: "Claims", section: .claims)
        // The same rows as JSON (the API pages by offset and limit).
        var api: [(String, String?)] = state.fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        api += [("offset", state.page > 1 ? String((state.page - 1) * State.perPage) : nil), ("limit", String(State.perPage))]
        layout.json = Markup.link("/api/claims", api)
        layout.canWrite = canWrite
        let shown = Array(claims.prefix(State.perPage))
        var body = form(state)
        body += "<p class=\"downloads\">Fact sheet (sentence, subject and metric filters), as in <code>dossier export</code>: "
            + downloads(["q": state.fields["q"] ?? nil, "subject": state.fields["subject"] ?? nil, "metric": state.fields["metric"] ?? nil]) + "</p>"
        if shown.isEmpty {
            body += "<p>No claims match.</p>"
        } else {
            body += table(state, shown)
            var links: [String] = []
            if state.page > 1 { links.append("<a rel=\"prev\" href=\"\(state.link(replacing: ["page": String(state.page - 1)]))\">← Previous</a>") }
            if claims.count > State.perPage { links.append("<a rel=\"next\" href=\"\(state.link(replacing: ["page": String(state.page + 1)]))\">Next →</a>") }
            if !links.isEmpty { body += "<nav class=\"pager\">\(links.joined())</nav>" }
        }
        return layout.render(body)
    }

    static func form(_ state: State) -> String {
        func input(_ name: String, _ label: String, size: Int = 12, placeholder: String = "") -> String {
            "<label>\(label)<input name=\"\(name)\" value=\"\(Markup.escape(state.fields[name] ?? ""))\" size=\"\(size)\" placeholder=\"\(placeholder)\"></label>"
        }
        func select(_ name: String, _ label: String, _ options: [String], any: String = "any") -> String {
            let chosen = state.fields[name]
            let list = options.map { "<option value=\"\($0)\"\(chosen == $0 ? " selected" : "")>\($0)</option>" }.joined()
            return "<label>\(label)<select name=\"\(name)\"><option value=\"\">\(any)</option>\(list)</select></label>"
        }
        return """
            <form class="filters" action="/claims" method="get">
            \(input("q", "Sentence contains", size: 24))
            \(select("kind", "Kind", FigureKind.allCases.map(\.rawValue)))
            \(input("metric", "Metric", placeholder: "valuation"))
            \(input("subject", "Subject"))
            \(input("measure", "Measure", placeholder: "cost of sales"))
            \(input("period", "Period", size: 8, placeholder: "2025-Q3"))
            \(select("direction", "Change", Direction.allCases.map(\.rawValue)))
            \(select("origin", "Origin", ClaimOrigin.allCases.map(\.rawValue)))
            \(input("min", "At least", size: 8, placeholder: "1B"))
            \(input("max", "At most", size: 8))
            \(input("since", "Since", size: 10, placeholder: "YYYY-MM-DD"))
            \(input("until", "Until", size: 10))
            \(input("document", "Document id", size: 6))
            \(select("rejected", "Rejected", ["include"], any: "hide"))
            \(select("sort", "Order", ClaimOrder.allCases.map(\.rawValue)))
            <button>List claims</button>
            </form>
            """
    }

    static func table(_ state: State, _ claims: [StoredClaim]) -> String {
        func header(_ label: String, _ order: ClaimOrder?, reverse: ClaimOrder? = nil) -> String {
            guard let order else { return "<th>\(label)</th>" }
            let current = state.query.order
            let next = current == order ? (reverse ?? order) : order
            let mark = current == order ? " ▲" : current == reverse ? " ▼" : ""
            return "<th><a href=\"\(state.link(replacing: ["sort": next.rawValue, "page": nil]))\">\(label)\(mark)</a></th>"
        }
        var out = "<table class=\"claims\"><thead><tr><th>Id</th>"
        out += header("Figure", .value, reverse: .largest) + "<th>Metric</th><th>Measure</th>" + header("Subject", .subject)
        out += "<th>Period</th>" + header("Source", .published, reverse: .newest) + "<th>Evidence</th></tr></thead><tbody>"
        for stored in claims {
            let c = stored.claim
            let rejected = stored.correction?.action == .reject
            out += "<tr id=\"claim-\(stored.id)\"\(rejected ? " class=\"rejected\"" : "")>"
            out += "<td><a href=\"/claims/\(stored.id)\">\(stored.id)</a></td>"
            out += "<td class=\"num\">\(Markup.escape(FigureFormat.describe(c)))</td>"
            out += "<td>\(Markup.escape(c.metric ?? ""))</td><td>\(Markup.escape(c.measure ?? ""))\(c.direction.map { " (\($0.rawValue))" } ?? "")</td>"
            out += "<td>\(Markup.isolated(c.subject ?? ""))</td><td>\(Markup.escape(c.period ?? ""))</td>"
            out += "<td>\(source(stored.source))</td>"
            out += "<td>\(sentence(c)) <a href=\"/documents/\(stored.document)#claim-\(stored.id)\">in document</a></td></tr>"
        }
        return out + "</tbody></table>"
    }

    /// `Publisher · 2025-03-14 · Title · p. 12`, each part escaped (the page for a claim in a PDF).
    static func source(_ s: ClaimSource) -> String {
        [s.publisher.map(Markup.isolated), s.published.map { Markup.escape($0.prefix(10)) }, s.title.map(Markup.isolated),
         s.page.map { "p. \($0)" }]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// The sentence with the figure marked (first occurrence of its text).
    static func sentence(_ claim: Claim) -> String {
        guard !claim.text.isEmpty, let range = claim.sentence.range(of: claim.text) else { return Markup.escape(claim.sentence) }
        return Markup.escape(claim.sentence[..<range.lowerBound]) + "<mark>" + Markup.escape(claim.text) + "</mark>"
            + Markup.escape(claim.sentence[range.upperBound...])
    }

    /// Links to the fact sheet of the same filters in every format.
    static func downloads(_ filters: [String: String?]) -> String {
        FactSheetFormat.allCases.map { format in
            var parameters = filters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            parameters.append(("format", format.rawValue))
            return "<a href=\"\(Markup.link("/export", parameters))\" download>\(format.rawValue)</a>"
        }.joined(separator: " ")
    }
}
