import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file found under an import root.
public struct FoundFile: Sendable, Equatable {
    /// Absolute, normalised path (symlinks not resolved, so a document is
    /// remembered where the person put it).
    public var path: String
    public var size: Int64
    public var mtimeNanoseconds: Int64
    /// The root it was found under, as an absolute path.
    public var root: String
}

/// A path that could not be walked or read, with the reason.
public struct PathProblem: Sendable, Equatable, Error {
    public var path: String
    public var reason: String
}

/// Walks import roots: files and folders, recursively, skipping hidden
/// entries inside folders, following symlinks but never into a loop.
public enum FileWalker {
    /// Every file under `roots`. Inside a folder root, what `excludes` gives
    /// for that root is left out; a file given as a root is always taken.
    public static func walk(_ roots: [String], excludes: (String) -> ExcludeRules? = { _ in nil }) -> (files: [FoundFile], problems: [PathProblem]) {
        var files: [FoundFile] = []
        var problems: [PathProblem] = []
        var visitedDirectories = Set<DirectoryID>()
        // A path found inside a folder is unique (each folder is walked once);
        // only a file given as a root can be met again, so only those are kept
        // to compare against.
        var fileRoots = Set<String>()
        for root in roots {
            let absolute = absolutePath(root)
            var info = stat()
            guard stat(absolute, &info) == 0 else {
                problems.append(PathProblem(path: root, reason: errnoReason(errno)))
                continue
            }
            if isDirectory(info) {
                walkDirectory(absolute, root: absolute, excludes: excludes(absolute), files: &files, problems: &problems,
                              visited: &visitedDirectories)
            } else if isRegular(info) {
                if fileRoots.insert(absolute).inserted {
                    files.append(FoundFile(path: absolute, size: Int64(info.st_size), mtimeNanoseconds: mtime(info), root: absolute))
                }
            } else {
                problems.append(PathProblem(path: root, reason: "not a regular file or folder"))
            }
        }
        if !fileRoots.isEmpty && files.count > fileRoots.count {
            // A file given as a root and also found in a folder given as a root: keep it once.
            var seen = Set<String>()
            files = files.filter { seen.insert($0.path).inserted }
        }
        return (files, problems)
    }

    struct DirectoryID: Hashable { let device: UInt64; let inode: UInt64 }

    private static func walkDirectory(
        _ directory: String, root: String, excludes: ExcludeRules?, files: inout [FoundFile], problems: inout [PathProblem],
        visited: inout Set<DirectoryID>
    ) {
        let excludes = excludes?.isEmpty == false ? excludes : nil
        // Iterative, with the (device, inode) of every folder entered, so a
        // symlink loop or a deep tree cannot recurse forever.
        var pending = [directory]
        while let current = pending.popLast() {
            var info = stat()
            guard stat(current, &info) == 0 else {
                problems.append(PathProblem(path: current, reason: errnoReason(errno)))
                continue
            }
            guard visited.insert(DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
                continue  // already walked: a symlink loop or a second link to the same folder
            }
            guard let handle = opendir(current) else {
                problems.append(PathProblem(path: current, reason: errnoReason(errno)))
                continue
            }
            var names: [String] = []
            while let entry = readdir(handle) {
                // Read the name in place, up to its NUL. Copying `d_name` as a
                // Swift value loads all 256 bytes of the C array, but the
                // kernel packs entries tightly: the last one of a buffer can
                // end just before an unmapped page (a crash seen on a
                // 10,000-file folder).
                let namePointer = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
                let length = strnlen(namePointer.assumingMemoryBound(to: CChar.self), 256)
                let rawName = Array(UnsafeRawBufferPointer(start: namePointer, count: length))
                if rawName.first == UInt8(ascii: ".") { continue }  // ".", "..", and hidden files and folders
                guard let name = String(validating: rawName, as: UTF8.self) else {
                    let shown = (current.hasSuffix("/") ? current : current + "/") + escapedName(rawName)
                    problems.append(PathProblem(path: shown, reason: "the file name is not valid UTF-8 (shown with \\x escapes); rename it to import it"))
                    continue
                }
                names.append(name)
            }
            names.sort()
            if let excludes {
                // Left out before they are stat-ed; an excluded folder is not entered.
                let folder = current.hasSuffix("/") ? current : current + "/"
                names.removeAll { excludes.excludes(name: $0, path: folder + $0) }
            }
            let stats = statEntries(names, in: dirfd(handle))
            var subdirectories: [String] = []
            for (name, entry) in zip(names, stats) {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                guard entry.error == 0 else {
                    problems.append(PathProblem(path: path, reason: errnoReason(entry.error)))
                    continue
                }
                let child = entry.info
                if isDirectory(child) {
                    subdirectories.append(path)
                } else if isRegular(child) {
                    files.append(FoundFile(path: path, size: Int64(child.st_size), mtimeNanoseconds: mtime(child), root: root))
                }
            }
            closedir(handle)
            pending.append(contentsOf: subdirectories.reversed())
        }
    }

    struct EntryStat {
        var info: stat
        var error: Int32
    }

    /// `stat` of each name in an open folder, with the `errno` of a failure.
    /// Relative to the folder, as `find` does: the kernel resolves one name,
    /// not the whole path again. A large folder is split between threads:
    /// on a no-op reindex these calls are most of the time.
    static func statEntries(_ names: [String], in folder: Int32) -> [EntryStat] {
        var results = [EntryStat](repeating: EntryStat(info: stat(), error: 0), count: names.count)
        let workers = names.count >= 256 ? min(4, ProcessInfo.processInfo.activeProcessorCount) : 1
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Each worker fills its own slice of the buffer.
                var i = worker
                while i < names.count {
                    var info = stat()
                    let failed = fstatat(folder, names[i], &info, 0) != 0
                    out[i] = EntryStat(info: info, error: failed ? errno : 0)
                    i += workers
                }
            }
        }
        return results
    }

    /// The path made absolute against the current folder, with `.`, `..` and
    /// repeated slashes removed.
    public static func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A file name that is not UTF-8, readable: valid sequences as they are,
    /// every other byte as `\\xHH`, so the person can find the file.
    static func escapedName(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if i + length <= bytes.count, let scalar = String(validating: bytes[i..<(i + length)], as: UTF8.self),
               !scalar.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                out += scalar
                i += length
            } else {
                out += String(format: "\\x%02X", lead)
                i += 1
            }
        }
        return out
    }

    static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }

    static func mtime(_ info: stat) -> Int64 {
        #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    static func errnoReason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or folder"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links (a symlink loop)"
        default: return String(cString: strerror(code))
        }
    }
}
