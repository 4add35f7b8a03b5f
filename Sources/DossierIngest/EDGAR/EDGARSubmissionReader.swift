import DossierModel

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
                // An unclosed header ends at the next document after it; the first
                // document may come before it in a malformed file.
                let end = scanner.find("</SEC-HEADER>", from: start) ?? scanner.find("</IMS-HEADER>", from: start)
                    ?? scanner.find("<DOCUMENT>", from: start) ?? bytes.count
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
