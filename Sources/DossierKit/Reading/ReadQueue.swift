import Foundation

/// Runs the store's blocking reads off Swift's cooperative threads, so a web server's event loops
/// and tasks never wait on SQLite. The queue is concurrent: reads run side by side, as many as the
/// store's connections allow (a pool of read-only connections for `serve`, one for a command).
struct ReadQueue: Sendable {
    private let queue = DispatchQueue(label: "dossier.archive.reads", qos: .userInitiated, attributes: .concurrent)

    /// A read's error as the archive's case: any error the layers below do not name is the database
    /// failing to answer (gone, unreadable, corrupt), which a front end reports as unavailable.
    static func reading(_ error: any Error) -> ArchiveError {
        if let known = ArchiveError.wrapping(error) as? ArchiveError { return known }
        return .unavailable("cannot read the archive: \(error)")
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try Task.checkCancellation()
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { () throws -> T in
                    do { return try work() } catch { throw Self.reading(error) }
                })
            }
        }
    }
}
