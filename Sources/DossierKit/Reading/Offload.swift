import Foundation

/// CPU-bound work (grouping and judging every claim of an archive) run on a dispatch queue, so a
/// long cross-reference does not hold one of the few cooperative threads a server's requests share.
enum Offload {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try Task.checkCancellation()
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try work() }) }
        }
    }
}
