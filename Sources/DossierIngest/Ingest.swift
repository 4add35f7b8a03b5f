public import DossierModel

/// The result of reading one file: its documents and any warnings (a
/// recovered parse, a skipped part).
public struct IngestResult: Sendable {
    public var documents: [ParsedDocument]
    public var warnings: [String]

    public init(documents: [ParsedDocument], warnings: [String] = []) {
        self.documents = documents
        self.warnings = warnings
    }
}

/// Files to documents: format detection and dispatch to the readers. Pure:
/// bytes in, values out; no file system, no database.
public enum Ingest {
    /// The version of the parsers. Bump it when a change to any reader would
    /// change what is stored, so `dossier reindex` re-parses old documents.
    public static let parserVersion = 1

    /// The default per-file size limit (`--max-size`).
    public static let defaultMaxSize = 64 * 1024 * 1024

    /// Reads one file's bytes into documents.
    ///
    /// - Parameter fileName: used only as a hint when the content is ambiguous.
    public static func read(_ bytes: [UInt8], fileName: String, maxSize: Int = defaultMaxSize) throws(IngestError) -> IngestResult {
        guard bytes.count <= maxSize else { throw .tooLarge(size: bytes.count, limit: maxSize) }
        guard !bytes.isEmpty else { throw .empty }
        guard let format = SourceFormat.detect(bytes, fileName: fileName) else { throw .binary }
        switch format {
        case .html:
            // SEC filings (inline XBRL, or an SEC cover page) keep every row
            // and carry facts; they are not articles.
            if EDGARFilingText.isFiling(bytes) { return try EDGARFilingText.read(bytes) }
            return IngestResult(documents: [try HTMLArticleReader.read(bytes)])
        case .xml:
            return try XMLDocumentReader.read(bytes)
        case .edgar:
            return try EDGARSubmissionReader.read(bytes)
        case .markdown:
            return IngestResult(documents: [try PlainTextReader.read(bytes, markdown: true)])
        case .text:
            return IngestResult(documents: [try PlainTextReader.read(bytes, markdown: false)])
        }
    }
}
