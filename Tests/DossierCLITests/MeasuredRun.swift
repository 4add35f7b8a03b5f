import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A run of the `dossier` binary with its own peak memory and wall time, and
/// the bytes it read and wrote through system calls.
///
/// Tests assert on the byte counts, which a busy machine cannot change; peak
/// memory and time are for reports (a loaded machine moves both).
///
/// Spawned with `posix_spawn`; its peak memory is read from its own
/// `/proc/PID/status` (VmHWM) while it runs. `wait4`'s `ru_maxrss` is only a
/// fallback: Linux carries the parent's high-water mark into a child across
/// `exec`, so a test runner that once held 100 MB would make every child
/// look 100 MB large.
struct MeasuredRun {
    var result: CLIRunner.Result
    /// Peak resident memory of the child (VmHWM), in KiB.
    var peakKiB: Int
    var seconds: Double
    /// `rchar` and `wchar` of `/proc/PID/io`, read once the child has exited (before it is reaped).
    var bytesRead: Int
    var bytesWritten: Int

    var peakMiB: Int { peakKiB / 1024 }
}

extension CLIRunner {
    /// Runs `dossier` on this runner's database and measures it. Paths in
    /// `arguments` should be absolute: the child keeps the test's folder.
    func measuredRun(_ arguments: [String], environment: [String: String] = [:]) throws -> MeasuredRun {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["DOSSIER_DB"] = database
        for (key, value) in environment { env[key] = value }
        let executable = Self.executable.path

        var out: [Int32] = [0, 0], err: [Int32] = [0, 0]
        guard pipe(&out) == 0, pipe(&err) == 0 else { throw MeasuredRunError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in out + err { posix_spawn_file_actions_addclose(&actions, fd) }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            close(out[0]); close(err[0])
            throw MeasuredRunError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        let peak = PeakWatcher(pid: pid)
        // Drain both pipes while the child runs, so a chatty child never blocks.
        nonisolated(unsafe) var outData = Data()
        let group = DispatchGroup()
        group.enter()
        let outFD = out[0]
        DispatchQueue.global().async {
            outData = FileHandle(fileDescriptor: outFD, closeOnDealloc: true).readDataToEndOfFile()
            group.leave()
        }
        let errData = FileHandle(fileDescriptor: err[0], closeOnDealloc: true).readDataToEndOfFile()
        group.wait()

        let polledKiB = peak.stop()
        // Wait for the exit without reaping, so /proc/PID/io still holds the final totals.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 {
            guard errno == EINTR else { throw MeasuredRunError("waitid failed: \(String(cString: strerror(errno)))") }
        }
        let io = Self.ioCounters(pid)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw MeasuredRunError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = (clock.now - start).components
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let exited = status & 0x7F == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return MeasuredRun(
            result: CLIRunner.Result(status: code,
                                     stdout: String(decoding: outData, as: UTF8.self),
                                     stderr: String(decoding: errData, as: UTF8.self)),
            peakKiB: polledKiB > 0 ? polledKiB : Int(usage.ru_maxrss),
            seconds: Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18,
            bytesRead: io.read,
            bytesWritten: io.written
        )
    }

    /// `rchar` and `wchar` from `/proc/PID/io` (-1 when unreadable).
    static func ioCounters(_ pid: pid_t) -> (read: Int, written: Int) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return (-1, -1) }
        func value(_ key: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return -1 }
            return Int(line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)) ?? -1
        }
        return (value("rchar"), value("wchar"))
    }
}

struct MeasuredRunError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Polls a running child's VmHWM (its own peak resident memory) every few
/// milliseconds; VmHWM only grows, so the last reading is the peak so far.
final class PeakWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var peakKiB = 0
    private let done = DispatchSemaphore(value: 0)

    init(pid: pid_t) {
        let path = "/proc/\(pid)/status"
        DispatchQueue.global().async { [self] in
            while lock.withLock({ running }) {
                if let status = try? String(contentsOfFile: path, encoding: .utf8),
                   let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                   let kib = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") {
                    lock.withLock { peakKiB = max(peakKiB, kib) }
                }
                usleep(5_000)
            }
            done.signal()
        }
    }

    /// Stops polling and returns the highest VmHWM seen, or 0 if none was read.
    func stop() -> Int {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { peakKiB }
    }
}
