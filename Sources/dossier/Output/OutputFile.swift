import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a command's output to the path a person named, as what that path
/// is: a regular file (or a new one) is replaced whole, through a temporary
/// file renamed over it (never half-written, its mode kept); a symlink is
/// written through to its target; a device or a FIFO (`/dev/null`,
/// `/dev/stdout`, a named pipe) is written to in place, never replaced: a
/// rename over `/dev/null` run as root would turn the device into a file.
struct OutputFile {
    let path: String

    enum Kind: Equatable {
        /// Nothing there yet (or a symlink to nothing): created.
        case new
        /// A regular file (through any symlinks): replaced atomically.
        case regular(resolved: String, mode: mode_t)
        /// A device, FIFO or socket: written in place.
        case special
        case folder
    }

    /// What `path` is, following symlinks to the end. A name for one of this process's open
    /// descriptors (`/dev/stdout`, `/dev/fd/3`) is written through that descriptor, never replaced:
    /// `/dev/stdout` redirected to a file resolves to that file.
    static func kind(of path: String) -> Kind {
        if descriptor(named: path) != nil { return .special }
        var info = stat()
        guard stat(path, &info) == 0 else { return .new }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return .regular(resolved: resolved, mode: info.st_mode & 0o7777)
        case S_IFDIR: return .folder
        default: return .special
        }
    }

    /// Calls `produce` with a sink for the text and puts it at `path`.
    func write(_ produce: ((String) -> Void) -> Void) throws {
        switch Self.kind(of: path) {
        case .folder:
            throw DossierFailure(message: "cannot write \(path): it is a folder; give a file name (e.g. \(path)/sheet.md)")
        case .special:
            try writeInPlace(produce, flags: O_WRONLY)
        case .new:
            // A dangling symlink names where the file should go: write through it.
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                try writeInPlace(produce, flags: O_WRONLY | O_CREAT | O_TRUNC)
            } else {
                try replace(path, mode: nil, produce)
            }
        case .regular(let resolved, let mode):
            try replace(resolved, mode: mode, produce)
        }
    }

    /// The descriptor a path names when it is one of this process's own (`/dev/stdout`,
    /// `/dev/fd/N`, `/proc/self/fd/N`).
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    private func writeInPlace(_ produce: ((String) -> Void) -> Void, flags: Int32) throws {
        // Standard output stays where it is (a file appended to, a pipe): reopening it by name
        // would start writing at the file's beginning.
        let fd = Self.descriptor(named: path).map { fcntl($0, F_DUPFD_CLOEXEC, 0) } ?? open(path, flags | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw DossierFailure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        // A FIFO whose reader goes away: an error to report, not a silent death by SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        var out = ChunkedOutput(handle)
        produce { out.append($0) }
        try out.finish(path)
    }

    /// Into a file beside the target, renamed over it at the end.
    private func replace(_ target: String, mode: mode_t?, _ produce: ((String) -> Void) -> Void) throws {
        let url = URL(fileURLWithPath: target)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        let fd = open(partial.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw DossierFailure(message: "cannot write \(path): cannot create a file in its folder (\(String(cString: strerror(errno))))")
        }
        if let mode { fchmod(fd, mode) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var out = ChunkedOutput(handle)
        produce { out.append($0) }
        do { try out.finish(path) } catch {
            unlink(partial.path)  // never a half-written file left beside the target
            throw error
        }
        guard fsync(fd) == 0 || errno == EINVAL, rename(partial.path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial.path)
            throw DossierFailure(message: "cannot write \(path): \(reason)")
        }
    }
}
