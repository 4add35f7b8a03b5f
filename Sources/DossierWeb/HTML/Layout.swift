/// The frame of every page: head, navigation, the page's body, and the stylesheet and script served
/// from this server (`/assets/…`), never from elsewhere. Pages work without the script.
struct Layout {
    /// The page's `<title>` and heading, plain text (escaped here).
    var title: String
    /// Which navigation entry is current.
    var section: Section
    /// Where the same content is as JSON, linked from the page (as Datasette does).
    var json: String?
    /// The query box's value.
    var query: String = ""
    /// Whether the visitor holds the write token (shows who may correct).
    var canWrite = false

    enum Section: String, CaseIterable {
        case search = "Search", claims = "Claims", xref = "Cross-references", trace = "Trace"

        var path: String {
            switch self {
            case .search: "/"
            case .claims: "/claims"
            case .xref: "/xref"
            case .trace: "/trace"
            }
        }
    }

    func render(_ body: String) -> String {
        let nav = Section.allCases.map { entry in
            "<a href=\"\(entry.path)\"\(entry == section ? " aria-current=\"page\"" : "")>\(entry.rawValue)</a>"
        }.joined()
        let jsonLink = json.map { " <a class=\"json\" href=\"\($0)\">JSON</a>" } ?? ""
        let access = canWrite ? "<span class=\"access\">corrections on</span>" : ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escape(title)) · Dossier</title>
            <link rel="stylesheet" href="/assets/dossier.css">
            <script src="/assets/dossier.js" defer></script>
            </head>
            <body>
            <header><a class="brand" href="/">Dossier</a><nav>\(nav)</nav>\(access)
            <form class="quick" action="/" method="get" role="search"><input type="search" name="q" value="\(Markup.escape(query))" aria-label="Search the archive" placeholder="Search the archive"><button>Search</button></form>
            </header>
            <main>
            <h1>\(Markup.isolated(title))\(jsonLink)</h1>
            \(body)
            </main>
            </body>
            </html>
            """
    }
}
