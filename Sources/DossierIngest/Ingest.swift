public import DossierModel

/// The result of reading one file: its documents, any warnings (a recovered
/// parse, a skipped part) and the parts that failed while the rest was read.
public struct IngestResult: Sendable {
    public var documents: [ParsedDocument]
    public var warnings: [String]
    /// Members of an archive, records of a web archive or messages of a
    /// mailbox that could not be read; the file's other documents stand.
    public var failures: [PartFailure]
    /// Parts left out on purpose (images, scripts, redirects), counted by what they were.
    public var skipped: [String: Int]

    public init(documents: [ParsedDocument], warnings: [String] = [], failures: [PartFailure] = [], skipped: [String: Int] = [:]) {
        self.documents = documents
        self.warnings = warnings
        self.failures = failures
        self.skipped = skipped
    }
}

/// One part of a file (`part` as in ``ParsedDocument/part``) that failed, and why.
public struct PartFailure: Sendable, Equatable, Codable {
    public var part: String
    public var reason: String

    public init(part: String, reason: String) {
        self.part = part
        self.reason = reason
    }
}

/// Turns a PDF's bytes into its pages' text. Ingest only defines the seam:
/// running a PDF tool is a side effect, so the implementation (a separate
/// `pdftotext` process) lives with the importer.
public protocol PDFTextExtractor: Sendable {
    func extract(_ bytes: [UInt8]) throws(IngestError) -> PDFContent
}

/// What a PDF tool read: each page's text in reading order, and the document information.
public struct PDFContent: Sendable, Equatable {
    public var pages: [String]
    /// Document information, keys lowercased (`title`, `author`, `creationdate`…).
    public var info: [String: String]

    public init(pages: [String], info: [String: String] = [:]) {
        self.pages = pages
        self.info = info
    }
}

/// How to read: the size limit and the tools for formats read outside the process.
public struct ReadOptions: Sendable {
    /// `--max-size`: the most bytes one file, member or record may hold once expanded.
    public var maxSize: Int
    /// Reads PDFs; nil: PDFs fail saying what to install.
    public var pdf: (any PDFTextExtractor)?
    /// The decompression limits; ``ExpansionLimits/maxExpanded`` follows ``maxSize``.
    public var limits: ExpansionLimits
    /// How many containers deep this read is (a zip inside a zip…).
    var depth = 0
    /// A charset declared outside the bytes (an HTTP header, a MIME part).
    var declaredCharset: String?

    public init(maxSize: Int = Ingest.defaultMaxSize, pdf: (any PDFTextExtractor)? = nil) {
        // Bounded so the limits derived from it (sums and multiples) cannot overflow.
        let maxSize = min(maxSize, Int.max / 64)
        self.maxSize = maxSize
        self.pdf = pdf
        // All the members of one file together: enough for any real archive of documents (a larger
        // archive raises it by its own size, see `Ingest.readContainer`), never a runaway.
        self.limits = ExpansionLimits(maxExpanded: maxSize, maxTotal: max(1 << 30, 16 * maxSize))
    }

    /// Containers inside containers stop here: real archives nest two or
    /// three deep; a zip quine nests forever.
    static let maxDepth = 4
}

/// Files to documents: format detection and dispatch to the readers. Pure:
/// bytes in, values out; no file system, no database (the PDF tool arrives
/// through ``ReadOptions/pdf``).
public enum Ingest {
    /// The version of the parsers. Bump it when a change to any reader would
    /// change what is stored, so `dossier reindex` re-parses old documents.
    public static let parserVersion = 2

    /// The default per-file size limit (`--max-size`).
    public static let defaultMaxSize = 64 * 1024 * 1024

    /// Reads one file's bytes into documents.
    ///
    /// - Parameter fileName: used only as a hint when the content is ambiguous.
    public static func read(_ bytes: [UInt8], fileName: String, maxSize: Int = defaultMaxSize) throws(IngestError) -> IngestResult {
        try read(bytes, fileName: fileName, options: ReadOptions(maxSize: maxSize))
    }

    /// Reads one file's bytes into documents; compressed files, archives,
    /// web archives, mailboxes and PDFs included.
    public static func read(_ bytes: [UInt8], fileName: String, options: ReadOptions) throws(IngestError) -> IngestResult {
        guard !bytes.isEmpty else { throw .empty }
        // Every kind of nesting counts: archives in archives, and messages forwarded inside messages.
        guard options.depth < ReadOptions.maxDepth else {
            throw .invalidText("refused: files nested more than \(ReadOptions.maxDepth) deep inside one another (the shape of a zip quine or a forwarding bomb)")
        }
        let container = bytes.withUnsafeBytes { ContainerFormat.detect($0, fileName: fileName) }
        if let container {
            return try withBytes(bytes) { (raw) throws(IngestError) -> IngestResult in
                try readContainer(container, raw, fileName: fileName, options: options)
            }
        }
        return try readSingle(bytes, fileName: fileName, options: options)
    }

    /// Reads a file too large to hold in memory, mapped: only containers
    /// (whose members each stay under the limit) are read this way.
    public static func read(mapped bytes: UnsafeRawBufferPointer, fileName: String, options: ReadOptions) throws(IngestError) -> IngestResult {
        guard !bytes.isEmpty else { throw .empty }
        if let container = ContainerFormat.detect(bytes, fileName: fileName), container != .pdf {
            return try readContainer(container, bytes, fileName: fileName, options: options)
        }
        guard bytes.count <= options.maxSize else { throw .tooLarge(size: bytes.count, limit: options.maxSize) }
        return try read(Array(bytes), fileName: fileName, options: options)
    }

    /// Whether a file of this name may be a container worth mapping when it
    /// is over the size limit (its members are checked one by one).
    public static func mayBeContainer(fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return [".zip", ".wacz", ".warc", ".warc.gz", ".arc.gz", ".gz", ".mbox", ".mbx"].contains { lower.hasSuffix($0) }
            || lower.hasSuffix("/mbox") || lower == "mbox"
    }

    /// A file that is one document (or a feed or submission of several), not a container.
    static func readSingle(_ bytes: [UInt8], fileName: String, options: ReadOptions) throws(IngestError) -> IngestResult {
        guard bytes.count <= options.maxSize else { throw .tooLarge(size: bytes.count, limit: options.maxSize) }
        guard let format = SourceFormat.detect(bytes, fileName: fileName) else { throw .binary }
        switch format {
        case .html:
            // SEC filings (inline XBRL, or an SEC cover page) keep every row
            // and carry facts; they are not articles.
            if EDGARFilingText.isFiling(bytes) { return try EDGARFilingText.read(bytes) }
            return IngestResult(documents: [try HTMLArticleReader.read(bytes, declaredCharset: options.declaredCharset)])
        case .xml:
            return try XMLDocumentReader.read(bytes)
        case .edgar:
            return try EDGARSubmissionReader.read(bytes)
        case .email:
            return try EmailReader.readMessage(bytes, options: options)
        case .markdown:
            return IngestResult(documents: [try PlainTextReader.read(bytes, markdown: true)])
        case .text:
            return IngestResult(documents: [try PlainTextReader.read(bytes, markdown: false)])
        }
    }

    /// Calls `body` with the array's bytes, keeping the typed error.
    static func withBytes<T, E: Error>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(E) -> T) throws(E) -> T {
        let result: Result<T, E> = bytes.withUnsafeBytes { raw in
            do throws(E) { return .success(try body(raw)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
