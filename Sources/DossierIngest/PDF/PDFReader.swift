public import DossierModel

/// PDFs: the pages' text (read by an outside tool, see ``PDFTextExtractor``)
/// joined into paragraphs, with where each page starts kept so that claims
/// and quotes can cite their page (`p. 12`).
public enum PDFReader {
    /// What to tell a person whose machine cannot read PDFs.
    public static let missingTool = "reading PDFs needs poppler's pdftotext: install poppler-utils (Debian, Ubuntu: apt install poppler-utils; macOS: brew install poppler)"

    static func read(_ bytes: [UInt8], options: ReadOptions) throws(IngestError) -> ParsedDocument {
        guard let extractor = options.pdf else { throw .unsupported("PDF: " + missingTool) }
        return try document(from: try extractor.extract(bytes))
    }

    /// The document made of extracted pages: paragraphs per page, pages in
    /// order, and `page_starts` (Unicode-scalar offsets of each page in the
    /// text, comma-separated) in the metadata.
    public static func document(from content: PDFContent) throws(IngestError) -> ParsedDocument {
        let pages = content.pages.map(pageText)
        guard pages.contains(where: { !$0.isEmpty }) else {
            throw .invalidText("the PDF has no text layer (a scan?): Dossier does not run OCR; make it searchable first (e.g. ocrmypdf in.pdf out.pdf) and import that")
        }
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for page in pages {
            if !page.isEmpty, !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            starts.append(offset)
            text += page
            offset += page.unicodeScalars.count
        }
        var document = ParsedDocument(kind: .document, format: "pdf", text: text)
        document.metadata["pages"] = String(pages.count)
        document.metadata[PageStarts.key] = starts.map(String.init).joined(separator: ",")
        apply(content.info, to: &document, firstPage: pages.first { !$0.isEmpty })
        return document
    }

    /// One page's lines joined into paragraphs: blank lines end paragraphs,
    /// a word hyphenated across a line break is joined again.
    static func pageText(_ raw: String) -> String {
        var builder = TextBuilder()
        var paragraph = ""
        for line in raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                builder.paragraph(paragraph)
                paragraph = ""
                continue
            }
            if paragraph.isEmpty {
                paragraph = trimmed
            } else if paragraph.hasSuffix("-"), paragraph.dropLast().last?.isLetter == true, trimmed.first?.isLowercase == true {
                paragraph.removeLast()
                paragraph += trimmed
            } else {
                paragraph += " " + trimmed
            }
        }
        builder.paragraph(paragraph)
        return builder.text
    }

    private static func apply(_ info: [String: String], to document: inout ParsedDocument, firstPage: String?) {
        var title = info["title"].flatMap(TextBuilder.clean)
        // Titles that are only the name of the file the PDF was printed from.
        if let t = title {
            for prefix in ["Microsoft Word - ", "Microsoft PowerPoint - ", "Microsoft Excel - "] where t.hasPrefix(prefix) {
                title = String(t.dropFirst(prefix.count))
            }
            let lower = title?.lowercased() ?? ""
            if [".doc", ".docx", ".pdf", ".indd", ".ppt", ".pptx", ".xls"].contains(where: lower.hasSuffix) || lower == "untitled" {
                title = nil
            }
        }
        if title == nil, let first = firstPage {
            let line = first.prefix { $0 != "\n" }
            if line.count <= 160 { title = String(line) }
        }
        document.title = title
        document.byline = info["author"].flatMap(TextBuilder.clean)
        if let created = PublishedDate.normalize(info["creationdate"]) {
            document.published = created
            document.metadata["created"] = created
        }
        if let modified = PublishedDate.normalize(info["moddate"]) { document.metadata["modified"] = modified }
        for key in ["creator", "producer", "subject", "keywords"] {
            if let value = info[key].flatMap(TextBuilder.clean) { document.metadata[key] = value }
        }
    }
}
