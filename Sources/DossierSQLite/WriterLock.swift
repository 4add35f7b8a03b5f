import Foundation
import DossierStorage
#if canImport(Glibc)
import Glibc
#endif

/// One writer per database, across processes: `import` and `reindex` take an
/// exclusive `flock` on `DATABASE.lock`. The kernel drops the lock when the
/// process ends, however it ends (`kill -9` included), so a crash never
/// leaves a stale lock behind.
final class WriterLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock, waiting up to `wait` seconds for another writer to finish.
    static func acquire(databasePath: String, wait: Double) throws -> WriterLock {
        let path = databasePath + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriterBusy("cannot create the lock file \(path): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                close(fd)
                let who = holder.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
                let waited = wait > 0 ? "after waiting \(Int(wait)) s" : "now"
                throw WriterBusy("another import or reindex is writing to \(databasePath)\(who); stopped \(waited). Wait for it, or use --wait SECONDS")
            }
            usleep(50_000)
        }
        let note = "pid \(getpid()) since \(ISO8601DateFormatter().string(from: Date()))\n"
        ftruncate(fd, 0)
        _ = note.withCString { write(fd, $0, strlen($0)) }
        return WriterLock(descriptor: fd)
    }
}
