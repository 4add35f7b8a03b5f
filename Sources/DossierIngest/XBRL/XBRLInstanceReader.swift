public import DossierModel

/// Reads an XBRL 2.1 instance document (`<xbrli:xbrl>`): every numeric item
/// becomes a ``Fact``; the text is the instance's prose — its text blocks
/// (policies, notes) under headings, and the cover's address — never a
/// listing of its numbers; `dei:` items fill the metadata.
public enum XBRLInstanceReader {
    /// The elements of an instance that are not facts.
    private static let structural: Set<String> = [
        "context", "unit", "schemaref", "linkbaseref", "roleref", "arcroleref", "footnotelink",
    ]

    /// Reads a parsed `<xbrl>` root. `bytes` (the source) lets prefixes used
    /// inside attribute values be resolved by namespace.
    public static func read(_ root: Element, bytes: [UInt8] = []) throws(IngestError) -> ParsedDocument {
        let names = ConceptNames(bytes: bytes, root: root)
        let resources = XBRLResources(root: root, names: names)
        var facts: [Fact] = []
        var seen = Set<Fact>()
        var metadata: [String: String] = [:]
        var blocks: [TextBlockText.Block] = []
        var stack: [Element] = root.elements.reversed()
        while let element = stack.popLast() {
            if structural.contains(element.plainName) { continue }
            guard let contextID = element.attributeNamed("contextRef") else {
                // A tuple: its children are facts.
                stack.append(contentsOf: element.elements.reversed())
                continue
            }
            let concept = conceptName(element, names: names)
            if element.attributeNamed("nil")?.lowercased() == "true" { continue }
            guard let unitID = element.attributeNamed("unitRef") else {
                if let key = InlineXBRL.coverKeys[concept] {
                    if metadata[key] == nil, resources.contexts[contextID]?.hasDimensions != true, let value = element.foldedText {
                        metadata[key] = key == "period" ? (PublishedDate.day(value) ?? value) : value
                    }
                } else if !concept.hasPrefix("dei:"), TextBlockText.isProse(concept: concept, value: element.textContent) {
                    let text = TextBlockText.text(of: element.textContent)
                    if !text.isEmpty { blocks.append(.init(heading: TextBlockText.heading(concept), text: text)) }
                }
                continue
            }
            guard let text = element.foldedText, let value = Double(text) ?? DecimalText.parse(text, decimalSeparator: "."),
                  value.isFinite else { continue }
            let context = resources.contexts[contextID]
            let fact = Fact(
                concept: concept, value: value, unit: resources.units[unitID] ?? unitID, period: context?.period,
                entity: context?.entity, hasDimensions: context?.hasDimensions ?? false, dimensions: context?.dimensions ?? [],
                decimals: element.attributeNamed("decimals"), context: contextID
            )
            if seen.insert(fact).inserted { facts.append(fact) }
        }
        guard !facts.isEmpty || !metadata.isEmpty || !blocks.isEmpty else { throw .empty }
        let title = FilingTitle.make(metadata: metadata, fallback: "XBRL instance")
        let (text, address) = CoverAddress.adding(to: TextBlockText.render(cover: title, blocks: blocks), metadata: metadata)
        if let address { metadata["address"] = address }
        return ParsedDocument(kind: .filing, format: "xbrl", title: title, text: text, metadata: metadata, facts: facts)
    }

    /// `conventional-prefix:LocalName` from the element's namespace.
    static func conceptName(_ element: Element, names: ConceptNames) -> String {
        if let ns = element.namespace, let prefix = ConceptNames.conventionalPrefix(forNamespace: ns) {
            return prefix + ":" + element.name
        }
        if let prefix = element.prefix { return prefix + ":" + element.name }
        return element.name
    }
}
