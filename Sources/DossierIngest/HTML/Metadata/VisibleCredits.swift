/// Bylines and datelines as readers see them, for pages whose markup
/// carries no machine-readable author or date.
enum VisibleCredits {
    /// The first element marked as a byline (`rel=author`, `itemprop=author`,
    /// class `byline`/`author`), or a "By Jane Doe" line near the top.
    static func byline(in body: Element) -> String? {
        var textScan: [String] = []
        var stack: [Element] = [body]
        var visited = 0
        while let e = stack.popLast(), visited < 20_000 {
            visited += 1
            if HTMLText.skipped.contains(e.name) || ["nav", "footer", "aside"].contains(e.name) { continue }
            // Several authors marked one by one: `<a rel=author>A</a> and <a rel=author>B</a>`.
            let marked = e.elements.filter { $0.attribute("rel")?.lowercased() == "author" || $0.attribute("itemprop")?.lowercased() == "author" }
            if marked.count >= 2 {
                let names = marked.compactMap { cleanByline($0.attribute("itemprop") != nil ? (nameInside($0) ?? $0.textContent) : $0.textContent) }
                if names.count >= 2 { return names.joined(separator: ", ") }
            }
            if isBylineElement(e) {
                let text = e.attribute("itemprop") == "author" ? (nameInside(e) ?? e.textContent) : inlineText(e)
                if let name = cleanByline(text) { return name }
            }
            if ["p", "div", "span", "address", "li", "font", "td", "b", "i", "em", "strong", "small"].contains(e.name), textScan.count < 60,
               e.elements.allSatisfy({ PageIndex.inlineTags.contains($0.name) }) {
                textScan.append(inlineText(e))
            }
            stack.append(contentsOf: e.elements.reversed())
        }
        for line in textScan {
            guard let clean = TextBuilder.clean(line), clean.count <= 80 else { continue }
            let lower = clean.lowercased()
            if lower.hasPrefix("by ") || lower.hasPrefix("written by ") || lower.hasPrefix("von ") || lower.hasPrefix("par ")
                || lower.hasPrefix("por ") {
                if let name = cleanByline(clean) { return name }
            }
        }
        return nil
    }

    private static func isBylineElement(_ e: Element) -> Bool {
        if e.attribute("rel")?.lowercased() == "author" { return true }
        if e.attribute("itemprop")?.lowercased() == "author" { return true }
        guard let names = [e.attribute("class"), e.attribute("id")].compactMap({ $0 }).joined(separator: " ").nilIfEmpty else {
            return false
        }
        let words = ClassHints.words(names)
        if words.contains(where: { $0.hasPrefix("byline") }) { return true }
        if words.contains("author") || words.contains("authors") {
            return !words.contains(where: { ["bio", "avatar", "image", "img", "photo", "description", "box", "info", "card"].contains($0) })
        }
        return false
    }

    private static func nameInside(_ e: Element) -> String? {
        if let content = e.attribute("content") { return content }
        return e.descendants { $0.attribute("itemprop") == "name" }.first.map { $0.attribute("content") ?? $0.textContent }
    }

    /// "By Jane Doe and John Roe | Updated March 3" → "Jane Doe and John Roe".
    ///
    /// - Parameter strict: also refuse values that do not look like names
    ///   (lowercase starts, dates); off for structured data, which names
    ///   authors as it likes ("staff", "AFP").
    static func cleanByline(_ raw: String, strict: Bool = true) -> String? {
        guard var s = TextBuilder.clean(raw) else { return nil }
        s = s.replacingNewlines()
        let lower = s.lowercased()
        if let prefix = ["written by ", "posted by ", "reporting by ", "story by ", "words by ", "by: ", "by ", "von ", "par ", "por "]
            .first(where: { lower.hasPrefix($0) }) {
            s = String(s.dropFirst(prefix.count))
        } else if let prefix = ["di ", "av ", "af ", "door ", "de "].first(where: { s.hasPrefix($0) }) {
            // Lowercase only: "di Mario Rossi" is a byline, "Di Maio" a name.
            s = String(s.dropFirst(prefix.count))
        }
        // Cut at what usually follows a name: a separator, a date, a role.
        for cut in [" | ", " • ", " · ", " — ", " – ", " - ", "Updated", "Published", "Posted", " on ", " at ", "\n", ",  "] {
            if let range = s.firstByteRange(of: cut) { s = String(s[..<range.lowerBound]) }
        }
        s = cutAtDateOrRole(s).trimmingSpaces()
        while let last = s.last, ",;:.".contains(last) { s.removeLast() }
        guard !s.isEmpty, s.count <= 80, !s.has("@"), !s.hasPrefix("http") else { return nil }
        guard strict else { return s }
        let words = s.split(separator: " ")
        guard words.count <= 10, words.first?.first?.isLowercase != true else { return nil }
        if PublishedDate.normalize(s) != nil { return nil }
        return s
    }

    static let roles: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "photographer",
        "special", "senior", "chief", "associate", "contributing", "bureau",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    ]

    /// "Tomas Reyes, Staff Writer Monday, November 18, 2024" → "Tomas Reyes":
    /// drops comma-separated roles and whatever follows a weekday or a date.
    static func cutAtDateOrRole(_ s: String) -> String {
        var kept: [Substring] = []
        for part in s.split(separator: ",", omittingEmptySubsequences: false) {
            let words = part.split(separator: " ")
            var taken: [Substring] = []
            var stop = false
            for (i, w) in words.enumerated() {
                let lower = Substring(w.lowercased()).trimmingCharacters(in: ".,")
                let next = i + 1 < words.count ? words[i + 1] : nil
                if weekdays.contains(lower) || (PublishedDate.months[lower] != nil && lower.count > 2 && (next?.first?.isNumber ?? true)) || w.first?.isNumber == true {
                    stop = true
                    break
                }
                taken.append(w)
            }
            let lowerWords = taken.map { $0.lowercased() }
            if !kept.isEmpty, lowerWords.contains(where: { roles.contains($0) }) { break }
            if !taken.isEmpty { kept.append(Substring(taken.joined(separator: " "))) }
            if stop { break }
        }
        return kept.joined(separator: ", ")
    }

    /// A date shown on the page: `<time datetime>` (a `pubdate` one first),
    /// elements marked as the publication date, or a "Published …" line.
    static func published(in body: Element) -> String? {
        var firstTime: String?
        var markedText: String?
        var lines: [String] = []
        var stack: [Element] = [body]
        var visited = 0
        while let e = stack.popLast(), visited < 20_000 {
            visited += 1
            if HTMLText.skipped.contains(e.name) || ["nav", "footer", "aside"].contains(e.name) { continue }
            let itemprop = e.attribute("itemprop")?.lowercased()
            if itemprop == "datepublished" || itemprop == "datecreated" {
                if let d = PublishedDate.normalize(e.attribute("datetime") ?? e.attribute("content") ?? e.textContent) { return d }
            }
            if e.name == "time", let value = e.attribute("datetime") ?? TextBuilder.clean(e.textContent) {
                if e.attribute("pubdate") != nil, let d = PublishedDate.normalize(value) { return d }
                if firstTime == nil, !isModified(e) { firstTime = PublishedDate.normalize(value) }
            }
            if markedText == nil, e.name == "abbr" || e.name == "span" || e.name == "div" || e.name == "p",
               let names = e.attribute("class"), isDateClass(names) {
                let text = e.attribute("title") ?? e.textContent
                if text.count <= 100 { markedText = PublishedDate.normalize(text) }
            }
            if lines.count < 80, ["p", "div", "span", "li", "small", "em", "i", "b", "strong", "font", "h4", "h5", "h6", "td"].contains(e.name),
               e.elements.allSatisfy({ PageIndex.inlineTags.contains($0.name) }) {
                // "By Jo Lee<br>Monday, May 6, 2024": each line on its own, and the whole.
                let text = inlineText(e)
                for part in text.split(separator: "\n") {
                    if let line = TextBuilder.clean(String(part)), line.count <= 100 { lines.append(line) }
                }
                if text.contains("\n"), let whole = TextBuilder.clean(text.replacingNewlines()), whole.count <= 100 { lines.append(whole) }
            }
            stack.append(contentsOf: e.elements.reversed())
        }
        if let d = firstTime ?? markedText { return d }
        for line in lines {
            let lower = line.lowercased()
            guard lower.hasPrefix("published") || lower.hasPrefix("posted") || lower.hasPrefix("first published")
                || lower.hasPrefix("date:") || lower.hasPrefix("publié") || lower.hasPrefix("veröffentlicht")
                || lower.hasPrefix("publicado") || line.first?.isNumber == true || months(lower) || weekday(lower) else { continue }
            if let d = PublishedDate.normalize(line) { return d }
        }
        // A byline line that carries the date ("By Jo Lee  Monday, May 6, 2024").
        for line in lines where line.lowercased().hasPrefix("by ") && !line.lowercased().hasPrefix("by the ") {
            if let d = PublishedDate.normalize(line) { return d }
        }
        return nil
    }

    /// The text of an inline run with `<br>` as a line break, so a byline
    /// and the date after it do not run together ("Staff WriterMonday").
    static func inlineText(_ e: Element) -> String {
        var out = ""
        var stack: [MarkupNode] = e.children.reversed()
        while let node = stack.popLast() {
            switch node {
            case .text(let t): out += t
            case .element(let child):
                if child.name == "br" { out += "\n" } else { stack.append(contentsOf: child.children.reversed()) }
            }
        }
        return out
    }

    private static func months(_ lower: String) -> Bool {
        guard let first = lower.split(separator: " ").first else { return false }
        return PublishedDate.months[String(first.trimmingCharacters(in: ".,"))] != nil
    }

    private static func weekday(_ lower: String) -> Bool {
        guard let first = lower.split(separator: " ").first else { return false }
        return weekdays.contains(first.trimmingCharacters(in: ".,"))
    }

    private static func isModified(_ e: Element) -> Bool {
        let names = ((e.attribute("class") ?? "") + " " + (e.attribute("itemprop") ?? "")).lowercased()
        return names.has("modif") || names.has("updat")
    }

    private static func isDateClass(_ names: String) -> Bool {
        let words = ClassHints.words(names)
        if words.contains(where: { $0.hasPrefix("updat") || $0.hasPrefix("modif") }) { return false }
        return words.contains { ["published", "pubdate", "dateline", "date", "timestamp", "posted", "postdate", "entrydate"].contains($0) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }

    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }

    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in chars: String) -> String {
        var s = self
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
