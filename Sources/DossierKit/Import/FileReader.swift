import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory, refusing files over a size limit before
/// reading them, and noticing a file that changes while it is read.
enum FileReader {
    enum Failure: Error, Equatable {
        case tooLarge(size: Int64, limit: Int)
        case unreadable(String)
        case changedWhileReading
    }

    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(FileWalker.errnoReason(errno)) }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0 else { throw .unreadable(FileWalker.errnoReason(errno)) }
        guard FileWalker.isRegular(before) else { throw .unreadable("not a regular file") }
        let size = Int64(before.st_size)
        if size > Int64(limit) { throw .tooLarge(size: size, limit: limit) }
        // Read up to one byte past the limit, so a file that grew is caught.
        var bytes = [UInt8](repeating: 0, count: Int(size) + 1)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(FileWalker.errnoReason(errno))
            }
            if n == 0 { break }
            filled += n
            if filled == bytes.count {
                if filled > limit { throw .tooLarge(size: Int64(filled), limit: limit) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: 64 * 1024))
            }
        }
        bytes.removeSubrange(filled...)
        var after = stat()
        if fstat(fd, &after) == 0,
           after.st_size != before.st_size || FileWalker.mtime(after) != FileWalker.mtime(before) {
            throw .changedWhileReading
        }
        return bytes
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// A file mapped read-only into memory: how a web archive or mailbox larger
/// than `--max-size` is read (its members are each held to the limit; the
/// file itself stays in the page cache, not on the heap).
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let base: UnsafeMutableRawPointer?

    init(path: String) throws(FileReader.Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(FileWalker.errnoReason(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(FileWalker.errnoReason(errno)) }
        guard FileWalker.isRegular(info) else { throw .unreadable("not a regular file") }
        let size = Int(info.st_size)
        guard size > 0 else {
            base = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw .unreadable(FileWalker.errnoReason(errno))
        }
        base = mapped
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    }

    deinit {
        if let base { munmap(base, bytes.count) }
    }
}
