import DossierKit

/// `/xref` and `/xref/GROUP`: groups of claims about one quantity with their verdicts, the values
/// per source in publication order, how many sources are independent, and for a `changed` group a
/// timeline of the values drawn on the server.
enum XrefPage {
    struct State {
        var query: String?
        var subject: String?
        var metric: String?
        var verdict: Verdict?
        var minimumSources: Int
        var page: Int
        static let perPage = 25

        init(_ form: FormFields) throws {
            query = form.text("q")
            subject = form.text("subject")
            metric = form.text("metric")
            verdict = try form.choice("verdict", Verdict.self)
            minimumSources = try form.integer("min-sources", default: 0, in: 0...1000)
            page = try form.integer("page", default: 1, in: 1...10_000)
        }

        /// Every group of the filters (paging is done on the page, which also needs the count).
        var request: EvidenceRequest {
            EvidenceRequest(text: query, subject: subject, metric: metric, verdict: verdict, minimumSources: minimumSources)
        }

        func link(_ path: String = "/xref", page: Int? = nil) -> String {
            Markup.link(path, [("q", query), ("subject", subject), ("metric", metric), ("verdict", verdict?.rawValue),
                               ("min-sources", minimumSources > 0 ? String(minimumSources) : nil),
                               ("page", (page ?? 1) > 1 ? String(page ?? 1) : nil)])
        }
    }

    static func render(_ state: State, groups: [EvidenceGroup], canWrite: Bool) -> String {
        var layout = Layout(title: "Cross-references", section: .xref)
        layout.json = Markup.link("/api/xref", [
            ("q", state.query), ("subject", state.subject), ("metric", state.metric), ("verdict", state.verdict?.rawValue),
            ("min-sources", state.minimumSources > 0 ? String(state.minimumSources) : nil),
            ("offset", state.page > 1 ? String((state.page - 1) * State.perPage) : nil), ("limit", String(State.perPage)),
        ])
        layout.canWrite = canWrite
        var body = form(state)
        let start = (state.page - 1) * State.perPage
        let shown = groups.dropFirst(start).prefix(State.perPage)
        if groups.isEmpty {
            body += "<p>No claims about the same quantity in two or more documents\(state.verdict.map { " with the verdict \($0.rawValue)" } ?? "").</p>"
        } else {
            let counts = Dictionary(grouping: groups, by: \.verdict).mapValues(\.count)
            let tally = Verdict.allCases.compactMap { verdict in counts[verdict].map { "\($0) \(verdict.rawValue)" } }.joined(separator: ", ")
            body += "<p class=\"meta\">\(groups.count) groups (\(tally)); conflicts first. Showing \(start + 1)–\(start + shown.count).</p>"
            body += shown.map { summary($0) }.joined()
            var links: [String] = []
            if state.page > 1 { links.append("<a rel=\"prev\" href=\"\(state.link(page: state.page - 1))\">← Previous</a>") }
            if start + shown.count < groups.count { links.append("<a rel=\"next\" href=\"\(state.link(page: state.page + 1))\">Next →</a>") }
            if !links.isEmpty { body += "<nav class=\"pager\">\(links.joined())</nav>" }
        }
        body += "<p class=\"downloads\">Fact sheet of these filters: " + ClaimsPage.downloads(["q": state.query, "subject": state.subject, "metric": state.metric]) + "</p>"
        return layout.render(body)
    }

    static func form(_ state: State) -> String {
        let verdicts = Verdict.allCases.map { "<option value=\"\($0.rawValue)\"\(state.verdict == $0 ? " selected" : "")>\($0.rawValue)</option>" }.joined()
        return """
            <form class="filters" action="/xref" method="get">
            <label>Sentence contains<input type="search" name="q" value="\(Markup.escape(state.query ?? ""))"></label>
            <label>Subject<input name="subject" value="\(Markup.escape(state.subject ?? ""))"></label>
            <label>Metric<input name="metric" value="\(Markup.escape(state.metric ?? ""))"></label>
            <label>Verdict<select name="verdict"><option value="">any</option>\(verdicts)</select></label>
            <label>Independent sources ≥<input name="min-sources" value="\(state.minimumSources > 0 ? String(state.minimumSources) : "")" size="4"></label>
            <button>Cross-reference</button>
            </form>
            """
    }

    static func badge(_ verdict: Verdict) -> String {
        "<span class=\"badge \(verdict.rawValue)\" data-verdict=\"\(verdict.rawValue)\">\(verdict.rawValue)</span>"
    }

    static func summary(_ group: EvidenceGroup) -> String {
        let link = Markup.link("/xref/\(group.id)", [("subject", group.subject)])
        return """
            <section class="group" data-group="\(group.id)"><h2>\(badge(group.verdict)) <a href="\(link)">\(Markup.isolated(group.title))</a></h2>
            <p>\(Markup.escape(group.reason))</p>
            <p class="meta">\(group.documents) documents, \(group.independent) independent source\(group.independent == 1 ? "" : "s") · confidence \(group.confidence.rawValue) · values: \(group.values.map { Markup.escape($0.figure) }.joined(separator: ", "))</p>
            </section>
            """
    }

    static func detail(_ group: EvidenceGroup, canWrite: Bool) -> String {
        var layout = Layout(title: group.title, section: .xref)
        layout.json = "/api/xref/\(group.id)"
        layout.canWrite = canWrite
        let entries = group.entries.sorted { a, b in
            (a.stored.source.published ?? "~", a.stored.id) < (b.stored.source.published ?? "~", b.stored.id)
        }
        var body = "<p>\(badge(group.verdict)) \(Markup.escape(group.reason))</p>"
        body += """
            <dl class="fields"><dt>Group id</dt><dd><code>\(group.id)</code></dd>
            <dt>Subject</dt><dd>\(Markup.isolated(group.subject))</dd><dt>Measure</dt><dd>\(Markup.escape(group.measure))</dd>
            <dt>Period</dt><dd>\(Markup.escape(group.period ?? "not stated"))</dd>
            <dt>Sources</dt><dd>\(group.documents) documents, \(group.independent) independent</dd>
            <dt>Confidence</dt><dd>\(group.confidence.rawValue) (matched on \(Markup.escape(group.matchedOn.joined(separator: ", "))))</dd></dl>
            """
        if !group.notes.isEmpty { body += "<ul>" + group.notes.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>" }
        if group.verdict == .changed, let chart = Timeline.svg(entries) { body += "<h2>Values over time</h2>" + chart }
        body += "<h2>Values by source, in publication order</h2><table><thead><tr><th>Published</th><th>Value</th><th>Source</th><th>Evidence</th><th></th></tr></thead><tbody>"
        for entry in entries {
            let stored = entry.stored
            var flags: [String] = []
            if entry.isPrimary { flags.append("primary") }
            if entry.isEstimate { flags.append("estimate" + (entry.estimator.map { " (\($0))" } ?? "")) }
            if entry.copyRoot != stored.id { flags.append("copy of claim \(entry.copyRoot)") }
            body += "<tr id=\"claim-\(stored.id)\"><td>\(Markup.escape(stored.source.published?.prefix(10) ?? "undated"))</td>"
            body += "<td class=\"num\">\(Markup.escape(FigureFormat.describe(stored.claim)))</td>"
            body += "<td>\(ClaimsPage.source(stored.source))</td><td>\(ClaimsPage.sentence(stored.claim))</td>"
            body += "<td><a href=\"/documents/\(stored.document)#claim-\(stored.id)\">document</a> · <a href=\"/claims/\(stored.id)\">claim \(stored.id)</a>"
            body += flags.isEmpty ? "" : "<br><span class=\"meta\">\(Markup.escape(flags.joined(separator: ", ")))</span>"
            body += "</td></tr>"
        }
        body += "</tbody></table>"
        return layout.render(body)
    }
}
