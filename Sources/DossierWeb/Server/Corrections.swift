import DossierKit
import Foundation

/// Rejections and corrections through the server: the same records as `dossier claims reject` and
/// `correct`, written through the archive opened for writing, each under the writer lock.
struct Corrections {
    let server: WebServer

    func apply(to id: Int64, reject: Bool, fields: FormFields) async throws {
        guard let writer = server.writer else {
            throw WebError.forbidden("corrections are off: start the server with --allow-corrections to allow them")
        }
        let reason = fields.text("reason"), author = fields.text("author").map { String($0.prefix(200)) }
        var correction = CorrectionInput(metric: fields.text("metric"), subject: fields.text("subject"), reason: reason, author: author)
        if !reject {
            if let value = fields.text("value") {
                guard let parsed = CorrectedValue(value) else {
                    throw WebError.badRequest("cannot read the value “\(value)” as a figure or a range (try 25M, $1.5bn, 10%, 1M-10M)")
                }
                correction = parsed.applied(to: correction)
            }
            guard !correction.isEmpty else { throw WebError.badRequest("say what to correct: a value, a metric or a subject") }
        }
        let judged = correction
        let found: Bool = try await writer.whileLocked(.judging, wait: 5) {
            reject ? try await writer.rejectClaim(id, reason: reason, author: author) : try await writer.correctClaim(id, judged)
        }
        guard found else { throw WebError.notFound("no claim has the id \(id)") }
    }
}
