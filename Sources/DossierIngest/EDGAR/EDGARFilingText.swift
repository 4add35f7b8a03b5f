import DossierModel

/// Reads an HTML filing (10-K, 10-Q, 8-K, 20-F, 6-K, S-1, an EX-99.1 press
/// release…): the whole text in reading order with tables one row per line,
/// page furniture dropped, cover-page metadata, and — for inline XBRL — every
/// numeric fact.
///
/// ``HTMLArticleReader`` serves web pages; a filing is not an article (there
/// is no boilerplate to strip, and every table row matters), so the HTML path
/// hands pages that ``isFiling(_:)`` recognises to this reader.
public enum EDGARFilingText {
    /// What a submission's header says about the filing, passed to each of
    /// its documents.
    public struct Context: Sendable, Equatable {
        public var metadata: [String: String]
        public init(metadata: [String: String] = [:]) { self.metadata = metadata }
    }

    /// True when the bytes are an SEC filing rather than a web page: inline
    /// XBRL markup, or an SEC cover page ("SECURITIES AND EXCHANGE COMMISSION",
    /// "Washington, D.C. 20549") near the top of a page without scripts —
    /// EDGAR refuses active content, while web pages about the SEC (its own
    /// site, law-firm notes) always carry some.
    public static func isFiling(_ bytes: [UInt8]) -> Bool {
        // Runs on every HTML page of an import, so it scans bytes in place:
        // building and lowercasing a String of the head cost a quarter of
        // the import's CPU.
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all[..<min(all.count, 96 * 1024)])
            if FoldedBytes.contains(head, "<ix:header") || FoldedBytes.contains(head, "xmlns:ix=") { return true }
            // A script settles it (web pages have one near the top): ask
            // that before scanning the head for the cover page's words.
            if SGMLScanner(bytes).find("<script", from: 0) != nil { return false }
            guard FoldedBytes.contains(head, "securities and exchange commission") else { return false }
            guard ["20549", "form 10-k", "form 10-q", "form 8-k", "form 6-k", "form 20-f"].contains(where: { FoldedBytes.contains(head, $0) }) else {
                return false
            }
            return true
        }
    }

    /// Reads one HTML (or XHTML, inline XBRL) filing document.
    public static func read(_ bytes: [UInt8], context: Context = Context()) throws(IngestError) -> IngestResult {
        var warnings: [String] = []
        var tree: Element?
        let inline = containsInlineMarkers(bytes)
        if inline {
            // Inline XBRL is XHTML: the XML parser keeps self-closing ix
            // elements and namespaces exact. Fall back to HTML if it is not
            // well-formed; the fact reader copes with either tree.
            if !Markup.declaresEntities(bytes), let parsed = try? Markup.parseXML(XMLRepair.prepare(bytes), recover: false) {
                tree = parsed.root
            } else {
                warnings.append("inline XBRL document is not well-formed XHTML; read with the HTML parser")
            }
        }
        if tree == nil {
            do {
                tree = try Markup.parseHTML(bytes, encoding: TextEncoding.htmlEncoding(for: bytes, declared: nil))
            } catch {
                throw IngestError(error)
            }
        }
        guard let root = tree else { throw .empty }
        return IngestResult(documents: [try document(root, bytes: bytes, context: context, inline: inline)], warnings: warnings)
    }

    static func document(_ root: Element, bytes: [UInt8], context: Context, inline: Bool) throws(IngestError) -> ParsedDocument {
        let body = root.descendantNamed("body") ?? root
        let blocks = FilingHTMLWalker.blocks(of: body)
        var text = FilingPages.render(FilingPages.clean(blocks))
        guard !text.isEmpty else { throw .empty }

        // Precedence: the submission header (EDGAR's record), then inline
        // XBRL's dei facts (machine-readable), then the cover page's words.
        var metadata = FilingCover.metadata(blocks)
        var facts: [Fact] = []
        if inline || InlineXBRL.isInline(root) {
            let extract = InlineXBRL.extract(root, bytes: bytes)
            facts = extract.facts
            metadata.merge(extract.metadata) { _, new in new }
        }
        metadata.merge(context.metadata) { _, new in new }
        let (withAddress, address) = CoverAddress.adding(to: text, metadata: metadata)
        text = withAddress
        if let address { metadata["address"] = address }

        let htmlTitle = TextBuilder.clean(root.descendantNamed("title")?.textContent)
        let title = FilingTitle.make(metadata: metadata, fallback: nil) ?? htmlTitle
        return ParsedDocument(
            kind: .filing,
            format: facts.isEmpty && !inline ? "edgar-html" : "ixbrl",
            title: title,
            publisher: metadata["company"],
            published: metadata["filing_date"] ?? metadata["signature_date"],
            language: root.attributeNamed("lang"),
            text: text,
            metadata: metadata,
            facts: facts
        )
    }

    private static func containsInlineMarkers(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(64 * 1024), as: UTF8.self).lowercased()
        return UTF8Search.containsAny(head, ["xmlns:ix=", "<ix:header", "<ix:nonfraction"])
    }
}
