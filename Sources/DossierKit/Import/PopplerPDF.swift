import Foundation
import DossierIngest

/// Reads PDFs with poppler's `pdftotext` and `pdfinfo`, each run as a
/// separate process with a time and a memory limit: a hostile or broken PDF
/// can hang or crash only that child, never the import. Poppler is GPL; as a
/// separate program it is used, not linked.
struct PopplerPDF: PDFTextExtractor {
    /// Seconds one PDF may take before its process is killed.
    var timeLimit: Double
    /// Bytes of address space the process may use (`ulimit -v`).
    var memoryLimit: Int
    /// The most bytes of text taken from one PDF.
    var outputLimit: Int
    let pdftotext: String
    let pdfinfo: String?

    static let defaultTimeLimit = 120.0
    static let defaultMemoryLimit = 2 * 1024 * 1024 * 1024

    /// The tools found once per process (every `ImportOptions` and `dossier parse` file asks).
    static let onPath = installed()

    /// The poppler tools on `PATH`, or nil when `pdftotext` is not installed.
    static func installed(outputLimit: Int = Ingest.defaultMaxSize) -> PopplerPDF? {
        guard let pdftotext = ExecutableSearch.find("pdftotext") else { return nil }
        return PopplerPDF(timeLimit: defaultTimeLimit, memoryLimit: defaultMemoryLimit, outputLimit: outputLimit,
                          pdftotext: pdftotext, pdfinfo: ExecutableSearch.find("pdfinfo"))
    }

    func extract(_ bytes: [UInt8]) throws(IngestError) -> PDFContent {
        let file: TemporaryFile
        do { file = try TemporaryFile(bytes, suffix: ".pdf") } catch {
            throw .unreadable("cannot write a temporary copy of the PDF for pdftotext: \(error.localizedDescription)")
        }
        defer { file.remove() }
        let text = run(pdftotext, ["-enc", "UTF-8", "-eol", "unix", file.path, "-"])
        switch text.status {
        case .finished(0): break
        case .finished:
            throw .invalidText(Self.explain(text.stderr))
        case .timedOut:
            throw .invalidText("pdftotext took more than \(Int(timeLimit)) s on this PDF and was stopped (a damaged or hostile file?)")
        case .tooMuchOutput:
            throw .tooLarge(size: outputLimit + 1, limit: outputLimit)
        case .crashed(let signal):
            throw .invalidText("pdftotext crashed on this PDF (signal \(signal)): the file is damaged or uses something poppler cannot read")
        case .failedToStart(let why):
            throw .unreadable("cannot run pdftotext: \(why)")
        }
        var pages = String(decoding: text.stdout, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        // pdftotext ends the last page with a form feed too.
        if pages.count > 1, pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        var info: [String: String] = [:]
        if let pdfinfo {
            let result = run(pdfinfo, ["-isodates", "-enc", "UTF-8", file.path])
            if case .finished(0) = result.status { info = Self.parseInfo(String(decoding: result.stdout, as: UTF8.self)) }
        }
        return PDFContent(pages: pages, info: info)
    }

    /// `Title:           Annual report` lines → [title: Annual report].
    static func parseInfo(_ text: String) -> [String: String] {
        var info: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased().replacingOccurrences(of: " ", with: "")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { info[key] = value }
        }
        return info
    }

    /// poppler's complaint, in the reader's terms.
    static func explain(_ stderr: [UInt8]) -> String {
        let message = String(decoding: stderr, as: UTF8.self)
        let lower = message.lowercased()
        if lower.contains("incorrect password") || lower.contains("encrypted") {
            return "the PDF is encrypted and needs a password: Dossier does not open protected PDFs (decrypt it first, e.g. qpdf --decrypt --password=… in.pdf out.pdf)"
        }
        if lower.contains("couldn't find trailer") || lower.contains("may not be a pdf") || lower.contains("couldn't read xref")
            || lower.contains("syntax error") {
            return "the PDF is damaged: pdftotext could not read it (\(Self.firstLine(message)))"
        }
        return "pdftotext could not read the PDF (\(Self.firstLine(message)))"
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? "no reason given"
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }

    enum Status: Equatable {
        case finished(Int32)
        case crashed(Int32)
        case timedOut
        case tooMuchOutput
        case failedToStart(String)
    }

    struct Run {
        var status: Status
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    /// Runs a tool under `sh -c 'ulimit -v …; exec "$0" "$@"'`, reading its
    /// output as it comes, killing it past the time or output limit.
    func run(_ tool: String, _ arguments: [String]) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The kernel holds the child to a memory and a CPU-time limit itself, even if Dossier dies.
        let cpuSeconds = Int(timeLimit.rounded(.up)) + 5
        process.arguments = ["-c", "ulimit -v \(memoryLimit / 1024) 2>/dev/null; ulimit -t \(cpuSeconds) 2>/dev/null; exec \"$0\" \"$@\"",
                             tool] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return Run(status: .failedToStart(error.localizedDescription), stdout: [], stderr: []) }
        let killed = KillSwitch()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + timeLimit)
        timer.setEventHandler {
            killed.fire(.timedOut)
            process.terminate()
            // A child that ignores SIGTERM gets SIGKILL a moment later.
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        timer.resume()
        let errors = ErrorCollector(err.fileHandleForReading)
        var stdout: [UInt8] = []
        let reader = out.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            stdout.append(contentsOf: chunk)
            if stdout.count > outputLimit {
                killed.fire(.tooMuchOutput)
                process.terminate()
                break
            }
        }
        process.waitUntilExit()
        timer.cancel()
        let stderr = errors.finish()
        // The timer may fire just as the child ends by itself: only a child that was stopped by a signal timed out.
        if let reason = killed.reason, reason != .timedOut || process.terminationReason == .uncaughtSignal {
            return Run(status: reason, stdout: [], stderr: stderr)
        }
        let status: Status = process.terminationReason == .uncaughtSignal
            ? .crashed(process.terminationStatus) : .finished(process.terminationStatus)
        return Run(status: status, stdout: stdout, stderr: stderr)
    }

    /// Why the child was stopped, set once from the timer or the reader.
    final class KillSwitch: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Status?
        func fire(_ status: Status) { lock.withLock { if stored == nil { stored = status } } }
        var reason: Status? { lock.withLock { stored } }
    }

    /// Reads a pipe to its end on another thread, so a chatty child never blocks on a full pipe;
    /// keeps the first 64 KiB (a broken PDF can make poppler print hundreds of megabytes of complaints).
    final class ErrorCollector: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var bytes: [UInt8] = []
        init(_ handle: FileHandle) {
            DispatchQueue.global().async {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    if self.bytes.count < 64 * 1024 { self.bytes.append(contentsOf: chunk.prefix(64 * 1024 - self.bytes.count)) }
                }
                self.done.signal()
            }
        }
        func finish() -> [UInt8] {
            done.wait()
            return bytes
        }
    }
}

/// A private copy of bytes on disk for a tool that reads files, removed after use.
struct TemporaryFile {
    let path: String

    init(_ bytes: [UInt8], suffix: String) throws {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/dossier-XXXXXX" + suffix).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 { if errno == EINTR { continue }; unlink(path); throw CocoaError(.fileWriteOutOfSpace) }
            written += n
        }
    }

    func remove() { unlink(path) }
}

/// Finds a program on `PATH`, as a shell would.
enum ExecutableSearch {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
