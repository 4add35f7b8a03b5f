import DossierKit

/// `/documents/ID`: the document's metadata, its text with every figure highlighted and linked to
/// its claim, the claims beside it, and the search terms that led here marked.
enum DocumentPage {
    static func render(_ document: StoredDocument, query: String?, canWrite: Bool) -> String {
        var layout = Layout(title: document.title ?? "Document \(document.id)", section: .search)
        layout.json = "/api/documents/\(document.id)"
        layout.query = query ?? ""
        layout.canWrite = canWrite
        let claims = document.claims.sorted { $0.claim.start < $1.claim.start }
        let body = """
            \(fields(document))
            <div class="document">
            <article class="text" lang="\(Markup.escape(document.language ?? "und"))">\(text(document.text, claims: claims, terms: SearchTerms(query)))</article>
            <aside class="claims-side"><h2>\(claims.count) figure\(claims.count == 1 ? "" : "s")</h2><ol>\(claims.map(sideEntry).joined())</ol>
            <p><a href="/claims?document=\(document.id)">These figures as a table</a></p></aside>
            </div>
            """
        return layout.render(body)
    }

    static func fields(_ d: StoredDocument) -> String {
        var rows: [(String, String)] = []
        if let publisher = d.publisher { rows.append(("Publisher", Markup.isolated(publisher))) }
        if let byline = d.byline { rows.append(("Byline", Markup.isolated(byline))) }
        if let published = d.published { rows.append(("Published", Markup.escape(published))) }
        rows.append(("Kind", Markup.escape(d.kind.rawValue) + " (" + Markup.escape(d.format) + ")"))
        if let url = d.url { rows.append(("URL", safeLink(url))) }
        for location in d.locations { rows.append(("File", Markup.isolated(location))) }
        if !d.copies.isEmpty {
            rows.append(("Same text as", d.copies.map { "<a href=\"/documents/\($0)\">\($0)</a>" }.joined(separator: ", ")))
        }
        return "<dl class=\"fields\">" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    /// A link only for web addresses: a `javascript:` or `data:` URL in a document is shown as text.
    static func safeLink(_ url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return Markup.isolated(url) }
        return "<a href=\"\(Markup.escape(url))\" rel=\"noopener noreferrer nofollow\">\(Markup.isolated(url))</a>"
    }

    /// The text with figures as links (by their Unicode-scalar offsets) and search terms marked
    /// elsewhere. A claim overlapping an earlier one is listed but not highlighted twice.
    static func text(_ text: String, claims: [StoredClaim], terms: SearchTerms) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var position = 0
        func plain(_ end: Int) {
            guard position < end else { return }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[position..<end])
            out += terms.mark(String(piece))
            position = end
        }
        for stored in claims {
            let claim = stored.claim
            guard claim.start >= position, claim.end <= scalars.count, claim.start < claim.end else { continue }
            plain(claim.start)
            var figure = String.UnicodeScalarView()
            figure.append(contentsOf: scalars[claim.start..<claim.end])
            let rejected = stored.correction?.action == .reject
            out += "<a class=\"figure\(rejected ? " rejected" : "")\" id=\"claim-\(stored.id)\" href=\"/claims/\(stored.id)\" title=\"\(Markup.escape(summary(stored)))\">\(Markup.escape(String(figure)))</a>"
            position = claim.end
        }
        plain(scalars.count)
        return out
    }

    static func summary(_ stored: StoredClaim) -> String {
        [stored.claim.subject, stored.claim.metric ?? stored.claim.measure, FigureFormat.describe(stored.claim)]
            .compactMap { $0 }.joined(separator: " · ")
    }

    static func sideEntry(_ stored: StoredClaim) -> String {
        let c = stored.claim
        let rejected = stored.correction?.action == .reject
        return """
            <li id="side-\(stored.id)"\(rejected ? " class=\"rejected\"" : "")><a href="#claim-\(stored.id)">\(Markup.escape(FigureFormat.describe(c)))</a> \
            <span class="meta">\(Markup.isolated(c.subject ?? "—")) · \(Markup.escape(c.metric ?? c.measure ?? "—"))</span> \
            <a href="/claims/\(stored.id)">claim \(stored.id)</a></li>
            """
    }
}

/// The plain words of a search query, for marking them in a document: operators, quotes and
/// prefix stars dropped; a word matches a term when it starts with the term's stem.
struct SearchTerms {
    let stems: [String]

    init(_ query: String?) {
        let operators: Set<String> = ["and", "or", "not", "near"]
        let words = (query ?? "").lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        stems = Array(Set(words.filter { !operators.contains($0) && $0.count >= 2 }.map(Self.stem))).sorted()
    }

    /// Endings the porter stemmer would take off, roughly: "costs" and "costing" find "cost".
    static func stem(_ word: String) -> String {
        for ending in ["ing", "ed", "es", "s"] where word.count > ending.count + 2 && word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// `text` escaped, with words that match a term inside `<mark>`.
    func mark(_ text: String) -> String {
        guard !stems.isEmpty else { return Markup.escape(text) }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            out += stems.contains(where: { lower.hasPrefix($0) }) ? "<mark>\(Markup.escape(word))</mark>" : Markup.escape(word)
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                out += Markup.escape(String(character))
            }
        }
        flush()
        return out
    }
}
