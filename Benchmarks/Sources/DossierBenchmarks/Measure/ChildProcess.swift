import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and measures it: wall time and the
/// child's own peak resident set size (from `wait4`'s rusage, i.e. the
/// kernel's VmHWM of that process, not of the benchmark).
public enum ChildProcess {
    public struct Measurement: Sendable {
        public var seconds: Double
        public var peakRSSBytes: Int
        public var status: Int32
        public var cpuSeconds: Double
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments[0]` (a path, or a name looked up on PATH) with stdout to
    /// `stdoutPath` (default /dev/null), stdin from `stdinPath`.
    public static func run(_ arguments: [String], stdinPath: String? = nil, stdoutPath: String = "/dev/null",
                           stderrPath: String = "/dev/null") throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let start = monotonicSeconds()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = monotonicSeconds() - start
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return Measurement(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024, status: exit, cpuSeconds: cpu)
    }

    /// Like ``run(_:stdinPath:stdoutPath:stderrPath:)`` but fails on a
    /// non-zero exit status, showing the program's standard error.
    public static func check(_ arguments: [String], stdinPath: String? = nil, stdoutPath: String = "/dev/null",
                             allowedStatuses: Set<Int32> = [0]) throws -> Measurement {
        let errors = NSTemporaryDirectory() + "/dossier-bench-stderr-\(getpid())"
        defer { unlink(errors) }
        let m = try run(arguments, stdinPath: stdinPath, stdoutPath: stdoutPath, stderrPath: errors)
        guard allowedStatuses.contains(m.status) else {
            let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "\(arguments.joined(separator: " ")) exited with \(m.status): \(text.suffix(2000))")
        }
        return m
    }
}
