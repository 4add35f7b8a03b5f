import Foundation

/// Writes a deterministic benchmark corpus into a folder, one file at a time
/// (nothing is held in memory, so 100,000 documents cost no more than 10).
///
/// Layout:
/// - `files/` — what `dossier import` reads: article pages (80 %), RSS feeds
///   (10 %) and EDGAR submissions (10 %), 1,000 to a sub-folder;
/// - `plain/` — beside each document its plain main text, one file per
///   document (a feed has one per item);
/// - `manifest.tsv` — one line per document: plain-text path, title, file.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    public var count: Int

    public init(seed: UInt64, count: Int) {
        self.seed = seed
        self.count = count
    }

    /// What was written.
    public struct Summary: Sendable, Codable {
        public var files = 0
        public var documents = 0
        public var fileBytes = 0
        public var plainBytes = 0
        public var articles = 0
        public var feeds = 0
        public var filings = 0
    }

    /// The vocabulary and prose model for `seed`: the search benchmark uses it
    /// to pick query words of known frequency.
    public static func prose(seed: UInt64) -> ProseWriter {
        ProseWriter(vocabulary: Vocabulary(seed: seed), seed: seed)
    }

    /// The `index`th file of the corpus (deterministic in `seed` and `index`).
    public static func document(_ index: Int, seed: UInt64, prose: ProseWriter) -> GeneratedDocument {
        var random = SeededRandom(seed: seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(index))
        let roll = random.unit()
        if roll < 0.1 { return FeedDocument(prose: prose).make(index: index, random: &random) }
        if roll < 0.2 { return FilingDocument(prose: prose).make(index: index, random: &random) }
        return ArticlePage(prose: prose).make(index: index, random: &random)
    }

    /// Generates the corpus into `root` (created if needed).
    @discardableResult
    public func write(to root: String) throws -> Summary {
        let prose = Self.prose(seed: seed)
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        guard let manifest = FileHandle(forWritingAtPath: try Self.create(root + "/manifest.tsv")) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? manifest.close() }
        var summary = Summary()
        var madeFolders = Set<String>()
        var pending = ""
        for index in 0..<count {
            let document = Self.document(index, seed: seed, prose: prose)
            let path = root + "/files/" + document.relativePath
            try Self.ensureFolder(of: path, made: &madeFolders)
            try Self.writeFile(path, document.contents)
            summary.files += 1
            summary.fileBytes += document.contents.utf8.count
            switch document.relativePath.prefix(5) {
            case "feeds": summary.feeds += 1
            case "filin": summary.filings += 1
            default: summary.articles += 1
            }
            for (k, plain) in document.plains.enumerated() {
                let relative = "plain/\(index / 1000)/\(index)-\(k).txt"
                try Self.ensureFolder(of: root + "/" + relative, made: &madeFolders)
                try Self.writeFile(root + "/" + relative, plain.text)
                summary.documents += 1
                summary.plainBytes += plain.text.utf8.count
                pending += "\(relative)\t\(plain.title)\tfiles/\(document.relativePath)\n"
            }
            if pending.utf8.count > 64 * 1024 {
                manifest.write(Data(pending.utf8))
                pending = ""
            }
        }
        manifest.write(Data(pending.utf8))
        let json = try JSONEncoder().encode(summary)
        try json.write(to: URL(fileURLWithPath: root + "/summary.json"))
        return summary
    }

    /// Reads `manifest.tsv` line by line.
    public static func manifest(at root: String) throws -> [ManifestEntry] {
        let text = try String(contentsOfFile: root + "/manifest.tsv", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return ManifestEntry(plainPath: String(fields[0]), title: String(fields[1]), filePath: String(fields[2]))
        }
    }

    static func create(_ path: String) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    static func ensureFolder(of path: String, made: inout Set<String>) throws {
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if made.insert(folder).inserted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    static func writeFile(_ path: String, _ contents: String) throws {
        var contents = contents
        try contents.withUTF8 { buffer in
            guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteNoPermission) }
            defer { fclose(file) }
            guard fwrite(buffer.baseAddress, 1, buffer.count, file) == buffer.count else { throw CocoaError(.fileWriteOutOfSpace) }
        }
    }
}

/// One document of a generated corpus, as listed in `manifest.tsv`.
public struct ManifestEntry: Sendable, Equatable {
    /// Relative to the corpus root.
    public var plainPath: String
    public var title: String
    /// The file holding the document, relative to the corpus root.
    public var filePath: String
}
