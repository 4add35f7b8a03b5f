import Foundation

/// What the numbers were measured on: cores, CPU, memory, tool versions and
/// the load average around the run (other work on a shared machine skews
/// every figure, so the note says how busy it was).
public struct MachineNote: Sendable, Codable {
    public var cores: Int
    public var cpu: String
    public var memoryGB: Double
    public var swift: String
    public var sqlite: String
    public var libxml2: String
    public var loadBefore: String
    public var loadAfter: String = ""
    public var date: String

    public static func current(sqlite3: String) -> MachineNote {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
        let memory = ((try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? "").split(separator: "\n")
            .first { $0.hasPrefix("MemTotal") }.flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Double($0) } } ?? 0
        return MachineNote(
            cores: ProcessInfo.processInfo.activeProcessorCount,
            cpu: model,
            memoryGB: (memory / 1024 / 1024 * 10).rounded() / 10,
            swift: firstLine(of: ["swift", "--version"]),
            sqlite: firstLine(of: [sqlite3, "--version"]).split(separator: " ").first.map(String.init) ?? "",
            libxml2: firstLine(of: ["xml2-config", "--version"]),
            loadBefore: loadAverage(),
            date: ISO8601DateFormatter().string(from: Date())
        )
    }

    /// The 1-, 5- and 15-minute load averages.
    public static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func firstLine(of arguments: [String]) -> String {
        let out = NSTemporaryDirectory() + "/dossier-bench-version-\(getpid())"
        defer { unlink(out) }
        guard (try? ChildProcess.run(arguments, stdoutPath: out, stderrPath: out)) != nil,
              let text = try? String(contentsOfFile: out, encoding: .utf8) else { return "unknown" }
        return text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }
}
