import DossierKit

/// `/`: the query box, facets with counts, ranked hits with highlighted snippets, paging. Every
/// filter is a query parameter, so a page's URL is its whole state.
struct SearchPage {
    /// The page's state, read from the URL.
    struct State {
        var query: String?
        var kind: DocumentKind?
        var publisher: String?
        var since: String?
        var until: String?
        var page: Int
        static let perPage = 20

        init(_ fields: FormFields) throws {
            query = fields.text("q")
            kind = try fields.choice("kind", DocumentKind.self)
            publisher = fields.text("publisher")
            since = try fields.date("since")
            until = try fields.date("until")
            page = try fields.integer("page", default: 1, in: 1...500)
        }

        /// The store's query, with highlight sentinels the page turns into `<mark>`.
        var search: SearchQuery? {
            guard let query else { return nil }
            var search = SearchQuery(text: query, kind: kind, since: since, until: until, publisher: publisher,
                                     limit: Self.perPage, offset: (page - 1) * Self.perPage)
            search.highlight = (String(SearchPage.open), String(SearchPage.close))
            return search
        }

        func link(kind: DocumentKind?? = .none, publisher: String?? = .none, page: Int? = nil, path: String = "/") -> String {
            Markup.link(path, [
                ("q", query), ("kind", (kind ?? self.kind)?.rawValue), ("publisher", publisher ?? self.publisher),
                ("since", since), ("until", until), ("page", (page ?? 1) > 1 ? String(page ?? 1) : nil),
            ])
        }
    }

    /// Private-use characters stand for the highlight while the snippet is escaped.
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    static func render(_ state: State, page: DossierKit.SearchPage?, canWrite: Bool) -> String {
        var layout = Layout(title: state.query.map { "Search: \($0)" } ?? "Search the archive", section: .search)
        layout.query = state.query ?? ""
        layout.canWrite = canWrite
        if state.query != nil {
            // The same page of hits as JSON (the API pages by offset and limit).
            layout.json = Markup.link("/api/search", [
                ("q", state.query), ("kind", state.kind?.rawValue), ("publisher", state.publisher), ("since", state.since), ("until", state.until),
                ("offset", state.page > 1 ? String((state.page - 1) * State.perPage) : nil), ("limit", String(State.perPage)),
            ])
        }
        var body = form(state)
        if let page {
            if let note = page.result.note { body += "<p class=\"notice\">\(Markup.escape(note))</p>" }
            body += "<div class=\"layout\"><aside class=\"facets\">\(facets(state, page.facets))</aside><section>"
            body += summary(state, total: page.facets.total)
            body += page.result.hits.map { hit(state, $0) }.joined()
            body += pager(state, total: page.facets.total)
            body += "</section></div>"
        } else {
            body += "<p class=\"meta\">Plain words match all of them (stemmed, accents ignored); \"a phrase\" matches in order; AND, OR, NOT (in capitals), prefix* and NEAR(a b, 10) work as on the command line.</p>"
        }
        return layout.render(body)
    }

    static func form(_ state: State) -> String {
        let kinds = DocumentKind.allCases.map { kind in
            "<option value=\"\(kind.rawValue)\"\(state.kind == kind ? " selected" : "")>\(kind.rawValue)</option>"
        }.joined()
        return """
            <form class="filters" action="/" method="get">
            <label>Query<input type="search" name="q" value="\(Markup.escape(state.query ?? ""))" size="40"></label>
            <label>Kind<select name="kind"><option value="">any</option>\(kinds)</select></label>
            <label>Publisher<input name="publisher" value="\(Markup.escape(state.publisher ?? ""))"></label>
            <label>Since<input name="since" value="\(Markup.escape(state.since ?? ""))" placeholder="YYYY-MM-DD" size="10"></label>
            <label>Until<input name="until" value="\(Markup.escape(state.until ?? ""))" placeholder="YYYY-MM-DD" size="10"></label>
            <button>Search</button>
            </form>
            """
    }

    static func facets(_ state: State, _ facets: SearchFacets) -> String {
        var out = "<h2>Kind</h2><ul>"
        out += "<li><a href=\"\(state.link(kind: .some(nil)))\"\(state.kind == nil ? " aria-current=\"true\"" : "")>any</a></li>"
        for count in facets.kinds {
            let kind = DocumentKind(rawValue: count.value)
            out += "<li><a href=\"\(state.link(kind: .some(kind)))\"\(state.kind == kind ? " aria-current=\"true\"" : "")>\(Markup.escape(count.value))</a> <span class=\"meta\">\(count.documents)</span></li>"
        }
        out += "</ul><h2>Publisher</h2><ul>"
        if state.publisher != nil { out += "<li><a href=\"\(state.link(publisher: .some(nil)))\">any</a></li>" }
        for count in facets.publishers {
            let current = state.publisher == count.value
            out += "<li><a href=\"\(state.link(publisher: .some(count.value)))\"\(current ? " aria-current=\"true\"" : "")>\(Markup.isolated(count.value))</a> <span class=\"meta\">\(count.documents)</span></li>"
        }
        return out + "</ul>"
    }

    static func summary(_ state: State, total: Int) -> String {
        guard total > 0 else { return "<p>No documents match.</p>" }
        let first = (state.page - 1) * State.perPage + 1
        guard first <= total else { return "<p>No documents on this page: \(total) match in all.</p>" }
        let last = min(total, state.page * State.perPage)
        return "<p class=\"meta\">\(first)–\(last) of \(total) documents, best first</p>"
    }

    static func hit(_ state: State, _ hit: SearchHit) -> String {
        let link = Markup.link("/documents/\(hit.document)", [("q", state.query)])
        var meta = [hit.publisher.map(Markup.isolated), hit.published.map { Markup.escape($0.prefix(10)) }, Markup.escape(hit.kind.rawValue)].compactMap { $0 }
        if let location = hit.location { meta.append(Markup.isolated(location)) }
        if let page = hit.page { meta.append("p. \(page)") }
        return """
            <article class="hit"><h2><a href="\(link)">\(Markup.isolated(hit.title ?? "(untitled)"))</a></h2>
            <div class="meta">\(meta.joined(separator: " · "))</div>
            <p>\(Markup.highlighted(hit.snippet, open: open, close: close))</p></article>
            """
    }

    static func pager(_ state: State, total: Int) -> String {
        var links: [String] = []
        if state.page > 1 { links.append("<a rel=\"prev\" href=\"\(state.link(page: state.page - 1))\">← Previous</a>") }
        if state.page * State.perPage < total, state.page < 500 {
            links.append("<a rel=\"next\" href=\"\(state.link(page: state.page + 1))\">Next →</a>")
        }
        return links.isEmpty ? "" : "<nav class=\"pager\">\(links.joined())</nav>"
    }
}
