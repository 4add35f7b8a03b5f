public import DossierModel

/// Reads XML of a vocabulary Dossier has no dedicated reader for (a 13F cover
/// page, a custom export): every element whose content is text becomes a
/// `name: value` line, mixed content becomes paragraphs, so nothing the file
/// says is lost to search.
public enum GenericXMLReader {
    public static func read(_ root: Element) throws(IngestError) -> ParsedDocument {
        var builder = TextBuilder()
        var stack: [Element] = [root]
        while let element = stack.popLast() {
            let hasText = element.children.contains { if case .text(let s) = $0 { !s.trimmingSpaces().isEmpty } else { false } }
            if element.elements.isEmpty {
                if let text = element.foldedText { builder.paragraph(label(element.name) + ": " + text) }
            } else if hasText {
                // Mixed content is prose: read it whole.
                if let text = element.foldedText { builder.paragraph(text) }
            } else {
                stack.append(contentsOf: element.elements.reversed())
            }
        }
        let text = builder.text
        guard !text.isEmpty else { throw .empty }
        let title = root.textAt("title") ?? root.descendantNamed("title")?.foldedText
        var metadata = ["root": root.name]
        if let ns = root.namespace { metadata["namespace"] = ns }
        if let type = root.textAt("headerData", "submissionType") ?? root.textAt("submissionType") { metadata["form_type"] = type }
        return ParsedDocument(kind: .text, format: "xml", title: title, language: root.attributeNamed("lang"), text: text, metadata: metadata)
    }

    /// `reportCalendarOrQuarter` → `report calendar or quarter`.
    static func label(_ name: String) -> String {
        var out = ""
        for ch in name {
            if ch.isUppercase, let last = out.last, last.isLowercase { out.append(" ") }
            out.append(Character(ch.lowercased()))
        }
        return out
    }
}
