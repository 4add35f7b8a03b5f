import DossierIngest

/// A file's bytes as the importer holds them: read into memory when under
/// `--max-size`, mapped when over it and possibly a container (a web archive
/// or mailbox whose members are each under the limit).
enum FileBytes: Sendable {
    case memory([UInt8])
    case mapped(MappedFile)

    /// Why a file could not be read, in the words the summary prints.
    struct Failure: Error {
        var reason: String
    }

    static func read(_ path: String, size: Int64, limit: Int) throws(Failure) -> FileBytes {
        if size > Int64(limit), Ingest.mayBeContainer(fileName: path) {
            do { return .mapped(try MappedFile(path: path)) } catch { throw Failure(reason: describe(error)) }
        }
        do { return .memory(try FileReader.read(path, limit: limit)) } catch { throw Failure(reason: describe(error)) }
    }

    var contentHash: String {
        switch self {
        case .memory(let bytes): return ContentHash.sha256(bytes)
        case .mapped(let file): return ContentHash.sha256(file.bytes)
        }
    }

    /// See `Ingest.mayHoldMembers(_:)`.
    var mayHoldMembers: Bool {
        switch self {
        case .memory(let bytes): return bytes.withUnsafeBytes(Ingest.mayHoldMembers)
        case .mapped(let file): return Ingest.mayHoldMembers(file.bytes)
        }
    }

    func ingest(fileName: String, options: ReadOptions) throws(IngestError) -> IngestResult {
        switch self {
        case .memory(let bytes): return try Ingest.read(bytes, fileName: fileName, options: options)
        case .mapped(let file): return try Ingest.read(mapped: file.bytes, fileName: fileName, options: options)
        }
    }

    static func describe(_ error: FileReader.Failure) -> String {
        switch error {
        case .tooLarge(let size, let limit): return IngestError.tooLarge(size: Int(size), limit: limit).description
        case .unreadable(let why): return "cannot read: \(why)"
        case .changedWhileReading: return "the file changed while it was being read; import it again when it is complete"
        }
    }
}
