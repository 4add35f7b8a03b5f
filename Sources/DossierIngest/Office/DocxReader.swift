import DossierModel

/// Word documents (`.docx`, Office Open XML): paragraphs in order, headings
/// as paragraphs of their own, tables as `a | b` rows, tracked deletions
/// left out, and the core properties (title, creator, created) as metadata.
enum DocxReader {
    static func read(_ archive: ZipArchive, _ bytes: UnsafeRawBufferPointer, options: ReadOptions) throws(IngestError) -> ParsedDocument {
        guard let body = archive.members.first(where: { $0.name == "word/document.xml" }) else { throw .empty }
        let xml: [UInt8]
        do { xml = try archive.contents(of: body, in: bytes, limits: options.limits) } catch {
            throw .invalidText("word/document.xml: \(error)")
        }
        let root: Element
        do { root = try Markup.parseXML(xml).root } catch { throw IngestError(error) }
        var walk = Walk()
        walk.block(root)
        var document = ParsedDocument(kind: .document, format: "docx", title: nil, text: walk.builder.text)
        if let core = archive.members.first(where: { $0.name == "docProps/core.xml" }),
           let coreXML = try? archive.contents(of: core, in: bytes, limits: options.limits),
           let properties = try? Markup.parseXML(coreXML).root {
            apply(properties, to: &document)
        }
        if document.title == nil { document.title = walk.firstHeading }
        guard !document.text.isEmpty else { throw .empty }
        return document
    }

    /// Title, creator, dates and subject from `docProps/core.xml`.
    private static func apply(_ properties: Element, to document: inout ParsedDocument) {
        document.title = properties.textAt("title")
        document.byline = properties.textAt("creator")
        if let created = PublishedDate.normalize(properties.textAt("created")) {
            document.published = created
            document.metadata["created"] = created
        }
        if let modified = PublishedDate.normalize(properties.textAt("modified")) { document.metadata["modified"] = modified }
        if let editor = properties.textAt("lastModifiedBy") { document.metadata["last_modified_by"] = editor }
        if let subject = properties.textAt("subject") { document.metadata["subject"] = subject }
        if let language = properties.textAt("language") { document.language = language.lowercased() }
    }

    /// Walks the body: block elements make paragraphs, inline ones text.
    struct Walk {
        var builder = TextBuilder()
        var firstHeading: String?

        mutating func block(_ element: Element) {
            for child in element.elements {
                switch child.plainName {
                case "p":
                    let text = Self.inline(child)
                    builder.paragraph(text)
                    if firstHeading == nil, Self.isHeading(child), let clean = TextBuilder.clean(text) { firstHeading = clean }
                case "tbl":
                    table(child)
                case "sectpr", "bookmarkstart", "bookmarkend", "proofErr":
                    continue
                default:
                    block(child)  // body, sdt, sdtContent, customXml, ins…
                }
            }
        }

        /// Each row one paragraph, its cells joined by ` | `. Rows and cells may sit inside content
        /// controls (`w:sdt`); a table nested in a cell gives its rows after the row that holds it.
        private mutating func table(_ table: Element) {
            for row in Self.children(table, named: "tr") {
                var nested: [Element] = []
                let cells = Self.children(row, named: "tc").map { cell -> String in
                    var parts: [String] = []
                    for block in Self.children(cell, named: "p", "tbl") {
                        if block.plainName == "tbl" { nested.append(block); continue }
                        if let text = TextBuilder.clean(Self.inline(block)) { parts.append(text) }
                    }
                    return parts.joined(separator: " ")
                }
                if cells.contains(where: { !$0.isEmpty }) { builder.paragraph(cells.joined(separator: " | ")) }
                for inner in nested { self.table(inner) }
            }
        }

        /// Children with these names, looking through content controls (`sdt`, `sdtContent`) and `customXml`.
        static func children(_ element: Element, named names: String...) -> [Element] {
            children(element, named: names)
        }

        static func children(_ element: Element, named names: [String]) -> [Element] {
            var out: [Element] = []
            for child in element.elements {
                let name = child.plainName
                if names.contains(name) { out.append(child) }
                else if name == "sdt" || name == "sdtcontent" || name == "customxml" { out += children(child, named: names) }
            }
            return out
        }

        /// A paragraph's text: runs, tabs and breaks; deleted text and field codes left out.
        static func inline(_ element: Element) -> String {
            var out = ""
            var stack: [Element] = element.elements.reversed()
            while let next = stack.popLast() {
                switch next.plainName {
                case "t": out += next.textContent
                case "tab", "br", "cr": out += " "
                case "nobreakhyphen": out += "-"
                case "softhyphen": continue
                // Deleted text, field codes, properties; and a drawing's fallback copy (`mc:Fallback`
                // repeats the text box of `mc:Choice` for old readers).
                case "deltext", "instrtext", "del", "ppr", "rpr", "fallback": continue
                case "p": out += " "; stack.append(contentsOf: next.elements.reversed())  // text boxes
                default: stack.append(contentsOf: next.elements.reversed())
                }
            }
            return out
        }

        static func isHeading(_ paragraph: Element) -> Bool {
            guard let style = paragraph.childNamed("pPr")?.childNamed("pStyle")?.attributeNamed("val")?.lowercased() else { return false }
            return style == "title" || style.hasPrefix("heading")
        }
    }
}
