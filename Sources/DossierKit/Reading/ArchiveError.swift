import DossierStorage

/// What went wrong with a request to the archive, in cases a front end can act on: the command
/// line maps them to exit statuses, the web front end to HTTP statuses (400, 404, 409, 503).
public enum ArchiveError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The request itself is wrong (a search query that cannot be read, a bad filter): fix and retry.
    case invalidRequest(String)
    /// Nothing has this id or reference.
    case notFound(String)
    /// The reference names several things (a file holding several documents, a short group id).
    case ambiguous(String)
    /// Another writer holds the archive (an import or reindex); retry later.
    case busy(String)
    /// The database is missing, unreadable or of a newer schema.
    case unavailable(String)

    public var description: String {
        switch self {
        case .invalidRequest(let why), .notFound(let why), .ambiguous(let why), .busy(let why), .unavailable(let why): why
        }
    }

    /// The archive's cases for the lower layers' errors; anything else passes through unchanged.
    static func wrapping(_ error: any Error) -> any Error {
        switch error {
        case let error as ArchiveError: error
        case let error as SearchError: ArchiveError.invalidRequest(error.description)
        case let error as StorageError: ArchiveError.unavailable(error.description)
        case let error as WriterBusy: ArchiveError.busy(error.description)
        default: error
        }
    }
}
