import DossierModel
import DossierStorage

/// A fact sheet as one self-contained HTML page: inline styles, no scripts,
/// no external assets, readable on screen and in print. Every piece of
/// document text goes through ``TextEscaping/html(_:)``.
public enum HTMLFactSheet {
    public static func render(_ sheet: FactSheet) -> String {
        var text = ""
        write(sheet) { text += $0 }
        return text
    }

    /// The page line by line as it is made, for writing without holding it all.
    public static func write(_ sheet: FactSheet, _ emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in lines(sheet, LineSink(emit: emit)) }
    }

    static func lines(_ sheet: FactSheet, _ out: LineSink) {
        let h = TextEscaping.html
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // No network: nothing in this page may load anything, even if a document's text tries.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        out.append("<title>\(h(sheet.title))</title>")
        out.append("<style>\n\(style)\n</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1>\(h(sheet.title))</h1>")
        var about: [String] = []
        if let scope = sheet.scope { about.append("Scope: \(h(scope)).") }
        about.append("\(sheet.claimCount) figure\(sheet.claimCount == 1 ? "" : "s") from \(sheet.documentCount) document\(sheet.documentCount == 1 ? "" : "s").")
        if let generated = sheet.generatedAt { about.append("Generated \(h(generated)).") }
        out.append("<p class=\"about\">\(about.joined(separator: " "))</p>")
        out.append("<p class=\"legend\"><span class=\"verdict agree\">agree</span> figures match within tolerance "
                   + "<span class=\"verdict conflict\">conflict</span> figures that cannot both be true "
                   + "<span class=\"verdict changed\">changed</span> a later figure for a quantity that moves over time "
                   + "<span class=\"verdict related\">related</span> shown together, no verdict</p>")
        out.append("</header>")
        for group in sheet.groups {
            out.append("<section class=\"group \(group.verdict.rawValue)\">")
            out.append("<h2>\(h(group.subject)) <span class=\"metric\">\(h(group.measure))</span>"
                       + (group.period.map { " <span class=\"metric\">\(h($0))</span>" } ?? "")
                       + " <span class=\"verdict \(group.verdict.rawValue)\">\(group.verdict.rawValue)</span></h2>")
            out.append("<p class=\"reason\">\(h(group.reason))</p>")
            out.append("<p class=\"counts\">\(group.entries.count) figure\(group.entries.count == 1 ? "" : "s"), \(group.documents) document\(group.documents == 1 ? "" : "s"), "
                       + "\(group.independent) independent source\(group.independent == 1 ? "" : "s")</p>")
            if !group.notes.isEmpty {
                out.append("<ul class=\"notes\">")
                for note in group.notes { out.append("<li>\(h(note))</li>") }
                out.append("</ul>")
            }
            out.append(table(group.entries.map { ($0.stored, $0.notes) }, sheet: sheet))
            let values: [String] = group.values.map { v in
                let period: String = v.period.map { " for \(h($0))" } ?? ""
                return "<b>\(h(v.figure))</b>" + period + " — \(v.independent) independent" + (v.primary ? ", in a filing" : "")
            }
            out.append("<p class=\"values\">Values reported: " + values.joined(separator: "; ") + "</p>")
            out.append("</section>")
        }
        if !sheet.other.isEmpty {
            out.append("<section class=\"group other\">")
            out.append("<h2>Other figures</h2>")
            out.append("<p class=\"counts\">Figures without a subject or a measure: listed, not cross-referenced.</p>")
            out.append(table(sheet.other.map { ($0, []) }, sheet: sheet))
            out.append("</section>")
        }
        out.append("<section class=\"citations\">")
        out.append("<h2>Sources</h2>")
        out.append("<ol>")
        for c in sheet.citations { out.append(citation(c)) }
        out.append("</ol>")
        out.append("</section>")
        out.append("</body>")
        out.append("</html>")
    }

    static func table(_ rows: [(StoredClaim, [String])], sheet: FactSheet) -> String {
        let h = TextEscaping.html
        var out = ["<table>", "<thead><tr><th>Published</th><th>Figure</th><th>Source</th><th>Quote</th><th>Notes</th></tr></thead>", "<tbody>"]
        for (stored, notes) in rows {
            let claim = stored.claim
            let number = sheet.citationNumber(stored.id)
            let ref = number.map { "<sup><a href=\"#c\($0)\">[\($0)]</a></sup>" } ?? ""
            let source = stored.source.publisher ?? stored.source.title ?? "document \(stored.document)"
            out.append("<tr class=\"\(claim.origin == .filing ? "primary" : "prose")\">"
                       + "<td class=\"date\">\(h(ShownDate.of(stored)))</td>"
                       + "<td class=\"figure\">\(h(FigureFormat.describe(claim)))<br><small>\(h(claim.qualifier.rawValue))</small></td>"
                       + "<td>\(h(source))</td>"
                       + "<td class=\"quote\">“\(marked(claim))”\(ref)</td>"
                       + "<td class=\"note\">\(h(notes.joined(separator: "; ")))</td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        return out.joined(separator: "\n")
    }

    /// The sentence with the figure in `<mark>`, each side escaped on its own.
    static func marked(_ claim: Claim) -> String {
        let h = TextEscaping.html
        guard !claim.text.isEmpty, let range = claim.sentence.range(of: claim.text) else { return h(claim.sentence) }
        return h(String(claim.sentence[..<range.lowerBound])) + "<mark>" + h(claim.text) + "</mark>"
            + h(String(claim.sentence[range.upperBound...]))
    }

    static func citation(_ c: Citation) -> String {
        let h = TextEscaping.html
        var parts = [h(c.label)]
        if let url = c.url {
            if let href = TextEscaping.safeHref(url) {
                parts.append("<a href=\"\(h(href))\">\(h(url))</a>")
            } else {
                parts.append(h(url))
            }
        }
        if let location = c.citation ?? c.location { parts.append("file <code>\(h(location))</code>") }
        parts.append(c.span)
        return "<li id=\"c\(c.number)\">\(parts.joined(separator: ". ")).</li>"
    }

    static let style = """
        body { font: 15px/1.45 Georgia, 'Times New Roman', serif; color: #1d1d1f; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.8em; margin-bottom: .2em; }
        h2 { font-size: 1.2em; margin: 1.6em 0 .3em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
        .about, .counts, .legend { color: #555; font-size: .9em; margin: .2em 0; }
        .metric { font-weight: normal; color: #555; font-family: Menlo, Consolas, monospace; font-size: .85em; }
        .verdict { display: inline-block; font: bold .72em/1.6 Helvetica, Arial, sans-serif; text-transform: uppercase;
                   letter-spacing: .05em; padding: 0 .5em; border-radius: 3px; border: 1px solid; vertical-align: middle; }
        .verdict.agree { color: #1a6b2f; background: #e7f5ea; }
        .verdict.conflict { color: #a01b1b; background: #fde8e8; }
        .verdict.changed { color: #7a4b00; background: #fff2d9; }
        .verdict.related { color: #444; background: #eee; }
        .legend .verdict { margin-left: .8em; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .9em; }
        th, td { border: 1px solid #d5d5d5; padding: .35em .5em; vertical-align: top; text-align: left; }
        th { background: #f3f3f3; font-family: Helvetica, Arial, sans-serif; font-size: .85em; }
        td.date { white-space: nowrap; }
        td.figure { white-space: nowrap; font-weight: bold; }
        td.figure small { font-weight: normal; color: #666; }
        td.note { color: #555; font-size: .9em; }
        tr.primary td { background: #f4f8ff; }
        mark { background: #fff0a8; padding: 0 .1em; }
        .notes { margin: .3em 0; font-size: .9em; }
        .values { font-size: .9em; }
        .citations ol { font-size: .85em; padding-left: 2.2em; }
        .citations li { margin: .2em 0; word-break: break-word; }
        code { font-size: .95em; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          a { color: inherit; text-decoration: none; }
          section.group { break-inside: auto; }
          tr, h2 { break-inside: avoid; }
          h2 { break-after: avoid; }
          .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
