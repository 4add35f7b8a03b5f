/// What the store knows about files, read in one go: the import and reindex
/// compare the file system against this in memory, so an unchanged file
/// costs a `stat` and a dictionary lookup, never a query.
public struct KnownFiles: Sendable {
    /// Recorded files by path.
    public var files: [String: FileState]
    /// Content hashes whose documents are all from the running parser and
    /// extractor (nothing to redo for them).
    public var currentHashes: Set<String>

    public init(files: [String: FileState] = [:], currentHashes: Set<String> = []) {
        self.files = files
        self.currentHashes = currentHashes
    }

    /// True when a file with this size and mtime is recorded as imported and
    /// its documents are current: it need not be read.
    public func isUnchanged(path: String, size: Int64, mtimeNanoseconds: Int64) -> Bool {
        guard let state = files[path], state.status == .ok, let hash = state.contentHash else { return false }
        return state.size == size && state.mtimeNanoseconds == mtimeNanoseconds && currentHashes.contains(hash)
    }
}
