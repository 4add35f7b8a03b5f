public import DossierModel

/// Reads NITF (News Industry Text Format) stories, with or without the NITF
/// namespace, standalone or embedded in NewsML.
public enum NITFReader {
    /// Reads a parsed `<nitf>` element.
    public static func read(_ nitf: Element, format: String = "nitf") throws(IngestError) -> ParsedDocument {
        let head = nitf.childNamed("head")
        let docdata = head?.childNamed("docdata")
        let body = nitf.childNamed("body")
        let bodyHead = body?.childNamed("body.head")
        let hedline = bodyHead?.childNamed("hedline")

        let title = hedline?.textAt("hl1") ?? head?.textAt("title")
        let subheadlines = (hedline?.childrenNamed("hl2") ?? []).compactMap(\.foldedText)

        var metadata: [String: String] = [:]
        if !subheadlines.isEmpty { metadata["subheadline"] = subheadlines.joined(separator: " — ") }
        if let dateline = bodyHead?.childNamed("dateline") {
            metadata["dateline"] = dateline.childNamed("location")?.foldedText ?? dateline.foldedText
        }
        if let id = docdata?.childNamed("doc-id")?.attributeNamed("id-string") { metadata["doc_id"] = id }
        if let urgency = docdata?.childNamed("urgency")?.attributeNamed("ed-urg") { metadata["urgency"] = urgency }
        if let copyright = docdata?.childNamed("doc.copyright") {
            let holder = copyright.attributeNamed("holder")
            let year = copyright.attributeNamed("year")
            if let holder { metadata["copyright"] = year.map { "\($0) \(holder)" } ?? holder }
        }
        if let series = bodyHead?.childNamed("series")?.attributeNamed("series.name") { metadata["series"] = series }
        var categories = (docdata?.childNamed("key-list")?.childrenNamed("keyword") ?? []).compactMap { $0.attributeNamed("key") }
        for subject in head?.descendantsNamed("tobject.subject") ?? [] {
            if let name = subject.attributeNamed("tobject.subject.matter") ?? subject.attributeNamed("tobject.subject.type") {
                categories.append(name)
            }
        }
        if !categories.isEmpty { metadata["categories"] = RSSReader.unique(categories).joined(separator: "; ") }
        if let abstract = bodyHead?.childNamed("abstract").map(NITFBody.text), !abstract.isEmpty {
            metadata["summary"] = abstract
        }

        var byline: String?
        var bylineTitles: [String] = []
        for element in bodyHead?.childrenNamed("byline") ?? [] {
            bylineTitles += element.childrenNamed("byttl").compactMap(\.foldedText)
            let name = bylineName(element)
            if byline == nil, let name { byline = name }
        }
        if !bylineTitles.isEmpty { metadata["byline_title"] = bylineTitles.joined(separator: "; ") }

        let agency = bodyHead?.textAt("distributor") ?? docdata?.childNamed("doc.copyright")?.attributeNamed("holder")
            ?? head?.childNamed("pubdata")?.attributeNamed("name")
        if let publication = head?.childNamed("pubdata")?.attributeNamed("name") { metadata["publication"] = publication }

        let rawDate = docdata?.childNamed("date.issue")?.attributeNamed("norm")
            ?? bodyHead?.childNamed("dateline")?.childNamed("story.date")?.attributeNamed("norm")
            ?? head?.childNamed("pubdata")?.attributeNamed("date.publication")
            ?? docdata?.childNamed("date.release")?.attributeNamed("norm")
        let published = NewsDate.normalize(rawDate)
            ?? NewsDate.normalize(bodyHead?.childNamed("dateline")?.childNamed("story.date")?.foldedText)

        var builder = TextBuilder()
        for sub in subheadlines { builder.paragraph(sub) }
        if let content = body?.childNamed("body.content") { appendParagraphs(NITFBody.text(content), to: &builder) }
        if let end = body?.childNamed("body.end") { appendParagraphs(NITFBody.text(end), to: &builder) }
        let text = builder.text
        guard !text.isEmpty || title != nil else { throw .empty }
        let language = nitf.attributeNamed("lang") ?? body?.attributeNamed("lang") ?? head?.attributeNamed("lang")
        return ParsedDocument(
            kind: .wire,
            format: format,
            title: title,
            byline: byline,
            publisher: agency,
            published: published,
            url: docdata?.childNamed("doc-id")?.attributeNamed("regsrc").flatMap { $0.hasPrefix("http") ? $0 : nil },
            language: language,
            text: text,
            metadata: metadata
        )
    }

    /// The byline without its title (`byttl`) and without a leading "By".
    static func bylineName(_ byline: Element) -> String? {
        let persons = byline.childrenNamed("person").compactMap(\.foldedText)
        if !persons.isEmpty { return persons.joined(separator: ", ") }
        var text = ""
        for child in byline.children {
            switch child {
            case .text(let s): text += s
            case .element(let e) where e.plainName != "byttl": text += e.textContent
            case .element: text += " "
            }
        }
        guard var name = TextBuilder.clean(text) else { return nil }
        for prefix in ["By ", "BY ", "by "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        while let last = name.last, last == "," || last == ";" { name.removeLast() }
        return TextBuilder.clean(name)
    }

    static func appendParagraphs(_ text: String, to builder: inout TextBuilder) {
        for paragraph in text.split(separator: "\n\n") {
            builder.breakParagraph()
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: true)
            for (i, line) in lines.enumerated() {
                if i > 0 { builder.lineBreak() }
                builder.append(line)
            }
            builder.breakParagraph()
        }
    }
}
