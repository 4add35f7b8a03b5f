import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A run of the `dossier` binary with its own peak memory and wall time.
///
/// Spawned with `posix_spawn` and reaped with `wait4`, which reports the
/// resource usage of that one child, so parallel tests cannot blur it (as
/// `getrusage(RUSAGE_CHILDREN)` would).
struct MeasuredRun {
    var result: CLIRunner.Result
    /// Peak resident memory of the child (VmHWM), in KiB.
    var peakKiB: Int
    var seconds: Double

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
            peakKiB: Int(usage.ru_maxrss),
            seconds: Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
        )
    }
}

struct MeasuredRunError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
