import DossierModel

/// One `<DOCUMENT>` of a submission: its SGML fields and its `<TEXT>`.
struct SubmissionDocument {
    let type: String?
    let sequence: String?
    let filename: String?
    let description: String?
    /// The bytes between `<TEXT>` and `</TEXT>`.
    let content: [UInt8]

    init(scanner: SGMLScanner, range: Range<Int>) {
        let textStart = scanner.find("<TEXT>", from: range.lowerBound).flatMap { $0 < range.upperBound ? $0 : nil }
        let fieldsEnd = textStart ?? range.upperBound
        let fields = scanner.text(range.lowerBound..<fieldsEnd)
        var values: [String: String] = [:]
        for line in PlainFilingText.unifiedLineEnds(fields).split(separator: "\n") {
            let trimmed = line.trimmingSpaces()
            guard trimmed.hasPrefix("<"), let close = trimmed.firstIndex(of: ">") else { continue }
            let tag = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).uppercased()
            let value = trimmed[trimmed.index(after: close)...].trimmingSpaces()
            if !value.isEmpty, values[tag] == nil { values[tag] = value }
        }
        type = values["TYPE"]
        sequence = values["SEQUENCE"]
        filename = values["FILENAME"]
        description = values["DESCRIPTION"]
        if let textStart {
            let bodyStart = textStart + 6
            let end = scanner.findLast("</TEXT>", in: bodyStart..<range.upperBound) ?? range.upperBound
            content = Array(scanner.bytes[bodyStart..<max(bodyStart, end)])
        } else {
            content = []
        }
    }

    /// What the content is.
    enum Payload { case html, xml, text }

    /// Why the document is not read, or nil.
    var skipReason: String? {
        let upperType = type?.uppercased() ?? ""
        if ["GRAPHIC", "ZIP", "EXCEL", "PDF", "JSON", "XLSX"].contains(upperType) { return "binary" }
        if upperType.hasPrefix("EX-101."), upperType != "EX-101.INS" { return "XBRL taxonomy" }
        if upperType == "XML", filename?.lowercased() == "filingsummary.xml" { return "EDGAR rendering summary" }
        let head = SGMLScanner.lowerHead(content, skipping: 0)
        if head.hasPrefix("begin ") || head.hasPrefix("<pdf>") { return "binary" }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "empty" }
        return nil
    }

    /// The payload with any `<XBRL>`, `<XML>` wrapper removed.
    var unwrapped: (Payload, [UInt8]) {
        let scanner = SGMLScanner(content)
        let head = SGMLScanner.lowerHead(content, skipping: 0)
        for wrapper in ["xbrl", "xml"] where head.hasPrefix("<\(wrapper)>") {
            guard let open = scanner.find("<\(wrapper.uppercased())>", from: 0) else { break }
            let start = open + wrapper.count + 2
            let end = scanner.findLast("</\(wrapper.uppercased())>", in: start..<content.count) ?? content.count
            let inner = Array(content[start..<max(start, end)])
            let innerHead = SGMLScanner.lowerHead(inner, skipping: 0)
            return (Self.looksHTML(innerHead) ? .html : .xml, inner)
        }
        if Self.looksHTML(head) { return (.html, content) }
        if head.hasPrefix("<?xml") || head.hasPrefix("<xbrl") || head.hasPrefix("<ownershipdocument") || head.hasPrefix("<edgarsubmission")
            || head.hasPrefix("<informationtable") {
            return (.xml, content)
        }
        return (.text, content)
    }

    /// HTML, as opposed to old plain-text filings whose SGML tags (`<PAGE>`,
    /// `<TABLE>` with `<S>`/`<C>` columns) look like HTML at first glance.
    static func looksHTML(_ head: String) -> Bool {
        if head.hasPrefix("<html") || head.hasPrefix("<!doctype html") || head.hasPrefix("<head") || head.hasPrefix("<body") { return true }
        if head.hasPrefix("<?xml") { return UTF8Search.contains(head, "<html") }
        for tag in ["<div", "<font", "<center", "<p>", "<p ", "<br", "<b>", "<h1", "<h2", "<h3", "<pre", "<span", "<a "] where head.hasPrefix(tag) {
            return true
        }
        if head.hasPrefix("<table") { return UTF8Search.containsAny(head, ["<tr", "<td"]) }
        return false
    }

    func read(context: [String: String]) throws(IngestError) -> IngestResult {
        let (payload, body) = unwrapped
        switch payload {
        case .html:
            return try EDGARFilingText.read(body, context: EDGARFilingText.Context(metadata: context))
        case .xml:
            let (root, warnings) = try XMLDocumentReader.parse(body)
            if XMLFormat.of(root) == .informationTable {
                let document = try InformationTableReader.read(root, filingDate: context["filing_date"], period: context["period"])
                return IngestResult(documents: [document], warnings: warnings)
            }
            return try XMLDocumentReader.read(root: root, bytes: body, warnings: warnings)
        case .text:
            guard let decoded = TextEncoding.decodeText(body) else { throw .binary }
            var tables = 0
            let blocks = PlainFilingText.blocks(decoded, tableBase: &tables)
            let text = FilingPages.render(FilingPages.clean(blocks))
            guard !text.isEmpty else { throw .empty }
            var metadata = FilingCover.metadata(blocks)
            metadata.merge(context) { _, new in new }
            return IngestResult(documents: [ParsedDocument(
                kind: .filing, format: "edgar-text", title: nil, text: text, metadata: metadata
            )])
        }
    }
}
