/// The prose of an XBRL instance: its text-block facts (accounting policies,
/// notes, narrative disclosures), each under a heading made from its concept.
/// Numbers are facts, not text: an instance's text is never a listing of them.
enum TextBlockText {
    /// One text block: its heading and its text (HTML inside the fact rendered to paragraphs).
    struct Block: Equatable {
        var heading: String
        var text: String
    }

    /// Whether a non-numeric fact is prose worth reading: a `…TextBlock` or
    /// `…Policy…` concept, or any long description.
    static func isProse(concept: String, value: String) -> Bool {
        let local = concept.split(separator: ":").last.map(String.init) ?? concept
        return local.hasSuffix("TextBlock") || local.contains("Policy") || value.count >= minimumDescription
    }

    /// Characters from which a plain string fact (not a text block) counts as prose.
    static let minimumDescription = 120

    /// The fact's text: escaped HTML (the usual form of a text block) parsed and rendered; plain text as it is.
    static func text(of value: String) -> String {
        if value.contains("<"), let root = try? Markup.parseHTML(Array(value.utf8), encoding: "UTF-8") {
            return HTMLText.blocks(of: root)
        }
        var builder = TextBuilder()
        for paragraph in value.split(separator: "\n", omittingEmptySubsequences: true) { builder.paragraph(paragraph) }
        return builder.text
    }

    /// `us-gaap:RevenueRecognitionPolicyTextBlock` → `Revenue Recognition Policy`.
    static func heading(_ concept: String) -> String {
        var local = Substring(concept.split(separator: ":").last ?? Substring(concept))
        if local.hasSuffix("TextBlock") { local = local.dropLast("TextBlock".count) }
        var out = ""
        var previous: Character?
        for ch in local {
            if let p = previous, ch.isUppercase, p.isLowercase || p.isNumber { out.append(" ") }
            out.append(ch)
            previous = ch
        }
        return out
    }

    /// The document text: a cover line, then each distinct block under its heading.
    static func render(cover: String?, blocks: [Block]) -> String {
        var builder = TextBuilder()
        if let cover { builder.paragraph(cover) }
        var seen = Set<String>()
        for block in blocks where seen.insert(block.text).inserted {
            builder.paragraph(block.heading)
            for paragraph in block.text.components(separatedBy: "\n\n") { builder.paragraph(paragraph) }
        }
        return builder.text
    }
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
