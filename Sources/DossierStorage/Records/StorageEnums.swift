/// How a recorded file stands. Stored as its raw value in every backend.
public enum FileStatus: String, Sendable, Codable, CaseIterable {
    /// Read and stored: its documents are current.
    case ok
    /// Could not be read or stored; the reason is kept beside it.
    case failed
    /// Gone from disk at the last reindex, kept (with its documents) by `--keep-missing`.
    case missing
}

/// What a person did to a claim. Stored as its raw value in every backend.
public enum CorrectionAction: String, Sendable, Codable, CaseIterable {
    /// The claim is wrong: queries hide it unless asked for rejected claims.
    case reject
    /// Value, range, metric or subject replaced by the person's.
    case correct
}
