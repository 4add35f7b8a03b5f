import Foundation
import DossierStorage

/// Runs the store's blocking calls off Swift's cooperative threads, so a web server's event loops
/// and tasks never wait on SQLite. The queue is concurrent: reads run side by side. With `slots`
/// (a server: one per read-only connection) at most that many are handed to the queue at once and
/// the rest wait as suspended tasks, not as blocked threads.
struct ReadQueue: Sendable {
    private let queue = DispatchQueue(label: "dossier.archive.reads", qos: .userInitiated, attributes: .concurrent)
    private let slots: ReadSlots?

    init(slots: Int? = nil) {
        self.slots = slots.map { ReadSlots(max(1, $0)) }
    }

    /// An error as the storage layer names them: a search that cannot be read, a busy writer and
    /// the store's own errors pass; anything else is the database failing to answer (gone,
    /// unreadable, corrupt), which a front end reports as unavailable.
    static func named(_ error: any Error) -> any Error {
        switch error {
        case is SearchError, is StorageError, is WriterBusy, is CancellationError: error
        default: StorageError("cannot use the archive: \(SQLiteStore.reason(error))")
        }
    }

    /// A write: never waits for a read slot.
    func write<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try Task.checkCancellation()
        return try await dispatch(work)
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try Task.checkCancellation()
        guard let slots else { return try await dispatch(work) }
        await slots.acquire()
        do {
            let value = try await dispatch(work)
            await slots.release()
            return value
        } catch {
            await slots.release()
            throw error
        }
    }

    private func dispatch<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { () throws -> T in
                    do { return try work() } catch { throw Self.named(error) }
                })
            }
        }
    }
}

/// A counting semaphore for tasks: `acquire` suspends (it does not block a thread) until a slot is free.
actor ReadSlots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the longest waiter, or frees it.
    func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
