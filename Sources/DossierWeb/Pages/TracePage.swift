import DossierKit

/// `/trace?figure=…`: who reported a figure first, and every later report, copy and range.
enum TracePage {
    static func render(figure: String?, subject: String?, metric: String?, trace: Trace?, canWrite: Bool) -> String {
        var layout = Layout(title: figure.map { "Trace: \($0)" } ?? "Trace a figure", section: .trace)
        if let figure { layout.json = Markup.link("/api/trace", [("figure", figure), ("subject", subject), ("metric", metric)]) }
        layout.canWrite = canWrite
        var body = """
            <form class="filters" action="/trace" method="get">
            <label>Figure<input name="figure" value="\(Markup.escape(figure ?? ""))" placeholder="$100 million, 30B, 0.1%" required></label>
            <label>Subject<input name="subject" value="\(Markup.escape(subject ?? ""))"></label>
            <label>Metric<input name="metric" value="\(Markup.escape(metric ?? ""))"></label>
            <button>Trace</button>
            </form>
            """
        guard let trace else { return layout.render(body) }
        if let first = trace.first {
            body += "<p class=\"notice\">First reported by \(ClaimsPage.source(first.stored.source)) — <a href=\"/documents/\(first.stored.document)#claim-\(first.stored.id)\">see the sentence</a>. \(trace.matches.count) report\(trace.matches.count == 1 ? "" : "s") in all, \(trace.independent) independent.</p>"
        } else {
            body += "<p>No claim states this figure.</p>"
        }
        let rows = trace.matches + trace.ranges + trace.others
        if !rows.isEmpty {
            body += "<table><thead><tr><th>Role</th><th>Published</th><th>Figure</th><th>Source</th><th>Evidence</th></tr></thead><tbody>"
            for entry in rows {
                let s = entry.stored
                let role = entry.role.rawValue + (entry.copyOf.map { " of claim \($0)" } ?? "")
                body += "<tr id=\"claim-\(s.id)\"><td>\(Markup.escape(role))</td><td>\(Markup.escape(s.source.published?.prefix(10) ?? "undated"))</td>"
                body += "<td class=\"num\">\(Markup.escape(FigureFormat.describe(s.claim)))</td><td>\(ClaimsPage.source(s.source))</td>"
                body += "<td>\(ClaimsPage.sentence(s.claim)) <a href=\"/documents/\(s.document)#claim-\(s.id)\">in document</a></td></tr>"
            }
            body += "</tbody></table>"
        }
        return layout.render(body)
    }
}
