public import DossierModel

/// Reads EDGAR SGML wrappers and full submission `.txt` files: the header's
/// company, CIK, form type and dates, and each `<DOCUMENT>` inside as its own
/// document keyed by its `<SEQUENCE>` number.
///
/// Each document's `<TEXT>` is read by what it holds: HTML filings and
/// exhibits by ``EDGARFilingText``, `<XML>` forms (Form 4, Form D, 13F) and
/// `<XBRL>` instances by ``XMLDocumentReader``, plain text (with or without
/// `<PRE>`) by the plain filing reader. Uuencoded or `<PDF>` binaries,
/// graphics and XBRL taxonomy files are skipped with a warning.
public enum EDGARSubmissionReader {
    public static func read(_ bytes: [UInt8]) throws(IngestError) -> IngestResult {
        let scanner = SGMLScanner(bytes)
        let firstDocument = scanner.find("<DOCUMENT>", from: 0)
        let headerRange: Range<Int> = {
            if let start = scanner.find("<SEC-HEADER>", from: 0) ?? scanner.find("<IMS-HEADER>", from: 0) {
                let end = scanner.find("</SEC-HEADER>", from: start) ?? scanner.find("</IMS-HEADER>", from: start) ?? firstDocument ?? bytes.count
                return start..<end
            }
            return 0..<(firstDocument ?? min(bytes.count, 64 * 1024))
        }()
        let header = SubmissionHeader(text: scanner.text(headerRange))
        var documents: [ParsedDocument] = []
        var warnings: [String] = []
        var skipped: [String] = []
        var position = 0
        var cursor = firstDocument ?? bytes.count
        while let start = scanner.find("<DOCUMENT>", from: cursor) {
            let end = scanner.find("</DOCUMENT>", from: start) ?? bytes.count
            cursor = end
            position += 1
            let part = SubmissionDocument(scanner: scanner, range: (start + 10)..<end)
            let key = part.sequence ?? String(position)
            if let why = part.skipReason {
                skipped.append("\(key) (\(part.type ?? "document"): \(why))")
                continue
            }
            var metadata = header.metadata
            metadata["document_type"] = part.type
            metadata["sequence"] = part.sequence
            metadata["filename"] = part.filename
            metadata["description"] = part.description
            do {
                let result = try part.read(context: metadata)
                warnings += result.warnings.map { "document \(key): \($0)" }
                for (index, var document) in result.documents.enumerated() {
                    document.part = result.documents.count == 1 ? key : "\(key)/\(index + 1)"
                    finish(&document, header: metadata, part: part)
                    documents.append(document)
                }
            } catch {
                warnings.append("document \(key) (\(part.type ?? "document")) skipped: \(error)")
            }
        }
        if !skipped.isEmpty { warnings.append("skipped \(skipped.count) non-text document(s): " + skipped.joined(separator: ", ")) }
        if documents.isEmpty {
            // A header alone (`.hdr.sgml`) is still a record of the filing.
            guard !header.metadata.isEmpty else { throw .unsupported("EDGAR submission with no readable document") }
            let lines = header.metadata.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n")
            documents.append(ParsedDocument(
                kind: .filing, format: "edgar-header", title: FilingTitle.make(metadata: header.metadata, fallback: "EDGAR submission"),
                publisher: header.metadata["company"], published: header.metadata["filing_date"], text: lines, metadata: header.metadata
            ))
        }
        return IngestResult(documents: documents, warnings: warnings)
    }

    /// Header metadata wins over what a document says about itself, except
    /// for a form's own period and the document's own type; the title names
    /// the exhibit.
    private static func finish(_ document: inout ParsedDocument, header: [String: String], part: SubmissionDocument) {
        for (key, value) in header where document.metadata[key] == nil || ["company", "cik", "filing_date", "accession_number"].contains(key) {
            document.metadata[key] = value
        }
        // Everything inside an EDGAR submission is part of a filing.
        document.kind = .filing
        document.published = document.published ?? header["filing_date"]
        document.publisher = document.publisher ?? header["company"]
        let form = header["form_type"]
        if let type = part.type, type != form {
            let company = header["company"].map { $0 + " — " } ?? ""
            let description = part.description.flatMap { $0.uppercased() == type.uppercased() ? nil : $0 }
            document.title = company + type + (description.map { ": " + $0 } ?? "")
        } else if document.title == nil || document.format == "edgar-text" {
            document.title = FilingTitle.make(metadata: document.metadata, fallback: document.title)
        }
    }
}

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
        if head.hasPrefix("<?xml") { return head.contains("<html") }
        for tag in ["<div", "<font", "<center", "<p>", "<p ", "<br", "<b>", "<h1", "<h2", "<h3", "<pre", "<span", "<a "] where head.hasPrefix(tag) {
            return true
        }
        if head.hasPrefix("<table") { return head.contains("<tr") || head.contains("<td") }
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

/// Case-insensitive byte searches over an EDGAR file, which may be large and
/// hold binary sections that must not be decoded.
struct SGMLScanner {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The first occurrence of an ASCII needle (case-insensitive) at or after `from`.
    func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.uppercased().utf8)
        guard !n.isEmpty, from >= 0, bytes.count >= n.count else { return nil }
        var i = from
        let last = bytes.count - n.count
        while i <= last {
            if Self.upper(bytes[i]) == n[0] {
                var j = 1
                while j < n.count, Self.upper(bytes[i + j]) == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The last occurrence inside a range.
    func findLast(_ needle: String, in range: Range<Int>) -> Int? {
        let n = Array(needle.uppercased().utf8)
        guard range.count >= n.count else { return nil }
        var i = range.upperBound - n.count
        while i >= range.lowerBound {
            var j = 0
            while j < n.count, Self.upper(bytes[i + j]) == n[j] { j += 1 }
            if j == n.count { return i }
            i -= 1
        }
        return nil
    }

    func text(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        let slice = Array(bytes[clamped])
        return TextEncoding.isValidUTF8(slice) ? String(decoding: slice, as: UTF8.self) : TextEncoding.windows1252(slice)
    }

    /// The first 512 bytes after leading white space, lowercased.
    static func lowerHead(_ bytes: [UInt8], skipping start: Int) -> String {
        var i = start
        if bytes.count >= i + 3, bytes[i] == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        let slice = bytes[i..<min(bytes.count, i + 512)]
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func upper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 0x20 : b }
}
