import DossierKit
import Hummingbird

/// A request the server refuses or cannot answer, with the HTTP status it means and a sentence for
/// the person who sent it. Never a stack trace.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    /// What went wrong in detail, for the server's log only.
    var detail: String?
    /// Seconds a client should wait before retrying (a 503).
    var retryAfter: Int?

    init(status: HTTPResponse.Status, message: String, detail: String? = nil, retryAfter: Int? = nil) {
        self.status = status
        self.message = message
        self.detail = detail
        self.retryAfter = retryAfter
    }

    static func badRequest(_ message: String) -> WebError { WebError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> WebError { WebError(status: .notFound, message: message) }
    static func forbidden(_ message: String) -> WebError { WebError(status: .forbidden, message: message) }

    /// The archive's errors as statuses: a request to fix is 400, a missing thing 404, a busy or
    /// unreadable database 503 (retry later; the reason goes to the log, not to the page).
    init(_ error: any Error) {
        switch error {
        case let error as WebError: self = error
        case let error as ArchiveError:
            switch error {
            case .invalidRequest(let why), .ambiguous(let why): self = .badRequest(why)
            case .notFound(let why): self = .notFound(why)
            case .busy(let why):
                self = WebError(status: .serviceUnavailable, message: "another import or reindex is writing to the archive; try again in a moment",
                                detail: why, retryAfter: 5)
            case .unavailable(let why):
                self = WebError(status: .serviceUnavailable, message: "the archive cannot be read right now; try again in a moment",
                                detail: why, retryAfter: 5)
            }
        case let error as HTTPError:
            self = WebError(status: error.status, message: error.body ?? error.status.reasonPhrase)
        default:
            // The details go to the log, not to the page.
            self = WebError(status: .internalServerError, message: "the archive could not answer this request; see the server's log",
                            detail: String(reflecting: error))
        }
    }
}
