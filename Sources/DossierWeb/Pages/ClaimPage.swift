import DossierKit

/// `/claims/ID`: one claim with its sentence, source and any person's judgement; with corrections
/// allowed and the write token held, the forms to reject or correct it.
enum ClaimPage {
    static func render(_ stored: StoredClaim, group: EvidenceGroup?, access: WriteAccess.Grant, notice: String? = nil) -> String {
        let c = stored.claim
        var layout = Layout(title: "Claim \(stored.id): \(FigureFormat.describe(c))", section: .claims)
        layout.json = "/api/claims/\(stored.id)"
        layout.canWrite = access.canWrite
        var body = notice.map { "<p class=\"notice\" role=\"status\">\(Markup.escape($0))</p>" } ?? ""
        if let correction = stored.correction {
            let what = correction.action == .reject ? "Rejected" : "Corrected"
            let reason = correction.reason.map { ": " + Markup.escape($0) } ?? ""
            let who = correction.author.map { Markup.isolated($0) } ?? "a person"
            body += "<p class=\"error\" data-correction=\"\(Markup.escape(correction.action.rawValue))\">\(what) by \(who) on \(Markup.escape(correction.createdAt))\(reason). The machine’s claim is kept beside it.</p>"
        }
        body += "<blockquote>\(ClaimsPage.sentence(c))</blockquote>"
        var rows: [(String, String)] = [
            ("Figure", Markup.escape(FigureFormat.describe(c))), ("Kind", c.kind.rawValue),
            ("Subject", Markup.isolated(c.subject ?? "—")), ("Metric", Markup.escape(c.metric ?? "—")),
            ("Measure", Markup.escape((c.measure ?? "—") + (c.direction.map { " (\($0.rawValue))" } ?? ""))),
            ("Period", Markup.escape(c.period ?? "—")), ("As of", Markup.escape(stored.asOf ?? "—")),
            ("Said by", Markup.isolated(c.attribution ?? "—")), ("Origin", c.origin.rawValue),
            ("Source", ClaimsPage.source(stored.source) + " — <a href=\"/documents/\(stored.document)#claim-\(stored.id)\">the sentence in its document</a>"),
        ]
        if let group {
            rows.append(("Cross-reference", "\(XrefPage.badge(group.verdict)) <a href=\"\(Markup.link("/xref/\(group.id)", [("subject", group.subject)]))\">\(Markup.isolated(group.title))</a>"))
        }
        body += "<dl class=\"fields\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
        body += forms(stored, access: access)
        return layout.render(body)
    }

    static func forms(_ stored: StoredClaim, access: WriteAccess.Grant) -> String {
        switch access {
        case .disabled:
            return "<p class=\"meta\">Corrections are off: start the server with <code>--allow-corrections</code> to reject or correct claims here, or use <code>dossier claims reject \(stored.id)</code>.</p>"
        case .needsToken:
            return "<p class=\"meta\"><a href=\"/login?next=\(Markup.queryValue("/claims/\(stored.id)"))\">Enter the write token</a> to reject or correct this claim.</p>"
        case .granted(let csrf):
            let hidden = "<input type=\"hidden\" name=\"csrf\" value=\"\(Markup.escape(csrf))\">"
            return """
                <h2>Judge this claim</h2>
                <form class="filters" method="post" action="/claims/\(stored.id)/reject" data-confirm="Reject claim \(stored.id)?">\(hidden)
                <label>Reason<input name="reason" size="40" placeholder="why, for the record"></label>
                <label>Your name<input name="author" size="16" autocomplete="name"></label><button name="action" value="reject">Reject</button></form>
                <form class="filters" method="post" action="/claims/\(stored.id)/correct">\(hidden)
                <label>Value<input name="value" size="10" placeholder="$25M or 1M-10M"></label>
                <label>Metric<input name="metric" size="12"></label><label>Subject<input name="subject" size="16"></label>
                <label>Reason<input name="reason" size="30"></label>
                <label>Your name<input name="author" size="16" autocomplete="name"></label><button>Correct</button></form>
                """
        }
    }
}

/// Pages without data of their own: errors and the token form.
enum MessagePage {
    static func error(_ error: WebError) -> String {
        Layout(title: "\(error.status.code) \(error.status.reasonPhrase)", section: .search)
            .render("<p class=\"error\" role=\"alert\">\(Markup.escape(error.message))</p><p><a href=\"/\">Back to search</a></p>")
    }

    static func login(next: String, failed: Bool) -> String {
        let warning = failed ? "<p class=\"error\" role=\"alert\">That is not the token this server printed when it started.</p>" : ""
        return Layout(title: "Write token", section: .claims).render("""
            \(warning)<p>Corrections need the token <code>dossier serve --allow-corrections</code> printed when it started (or the one given with <code>--token</code>).</p>
            <form class="filters" method="post" action="/login"><input type="hidden" name="next" value="\(Markup.escape(next))">
            <label>Token<input type="password" name="token" autocomplete="off" required></label><button>Enter</button></form>
            """)
    }
}
