import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long-running child process (`dossier serve`, `chromedriver`) whose standard output is read as
/// it comes, so a test can wait for the line that says it is ready. Killed when released.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""

    init(_ executable: URL, _ arguments: [String], folder: URL) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.output += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
    }

    deinit { stop() }

    /// Ends the process and waits for it (a test's defer calls this; the test runner exiting would
    /// leave it running otherwise). SIGKILL: the test runner's children inherit a signal mask that
    /// blocks SIGTERM, and chromedriver then never ends.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// Waits until the output has a line containing `marker` and returns that line. The limit only
    /// guards against a hang (a process that never starts); it is not a measure of speed.
    func line(containing marker: String, within seconds: Double = 120) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = text.split(separator: "\n").first(where: { $0.contains(marker) }) { return String(line) }
            guard process.isRunning else { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw WebDriverError("\(process.executableURL?.lastPathComponent ?? "process") never printed “\(marker)”; it printed: \(text)")
    }
}

struct WebDriverError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Just enough of the W3C WebDriver protocol to drive headless Chromium through chromedriver:
/// navigate, find, type, click, read, accept a dialog, take a screenshot.
struct WebDriver: Sendable {
    let base: URL
    let session: String

    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Starts a headless browser session; downloads go to `downloads`.
    static func start(driver port: Int, downloads: URL) async throws -> WebDriver {
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ] as [String: Any],
        ] as [String: Any]]]
        let value = try await call(base.appendingPathComponent("session"), "POST", capabilities)
        guard let session = (value as? [String: Any])?["sessionId"] as? String else { throw WebDriverError("no session: \(String(describing: value))") }
        return WebDriver(base: base, session: session)
    }

    private static func call(_ url: URL, _ method: String, _ body: Any?) async throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let data = try await LoopbackHTTP.send(port: url.port ?? 80, method: method, path: url.path, body: payload)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let value = object?["value"]
        if let error = (value as? [String: Any])?["error"] as? String {
            throw WebDriverError("\(method) \(url.path): \(error): \((value as? [String: Any])?["message"] as? String ?? "")")
        }
        return value
    }

    @discardableResult
    func command(_ path: String, _ method: String = "POST", _ body: Any? = [String: Any]()) async throws -> Any? {
        try await Self.call(base.appendingPathComponent("session/\(session)/\(path)"), method, method == "GET" ? nil : body)
    }

    func open(_ url: String) async throws { try await command("url", "POST", ["url": url]) }

    func currentURL() async throws -> String { try await command("url", "GET") as? String ?? "" }

    func elements(_ css: String) async throws -> [String] {
        let value = try await command("elements", "POST", ["using": "css selector", "value": css]) as? [[String: Any]] ?? []
        return value.compactMap { $0[Self.elementKey] as? String }
    }

    /// The first element matching `css`, waiting for it to appear (pages load after a click).
    func element(_ css: String) async throws -> String {
        for _ in 0..<200 {
            if let first = try await elements(css).first { return first }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw WebDriverError("no element matches \(css) on \(try await currentURL())")
    }

    func type(_ text: String, into element: String) async throws { try await command("element/\(element)/value", "POST", ["text": text]) }

    func click(_ element: String) async throws { try await command("element/\(element)/click") }

    func text(_ element: String) async throws -> String { try await command("element/\(element)/text", "GET") as? String ?? "" }

    func attribute(_ name: String, of element: String) async throws -> String? {
        try await command("element/\(element)/attribute/\(name)", "GET") as? String
    }

    /// Accepts a `confirm()` dialog, waiting for it to open.
    func acceptDialog() async throws {
        for _ in 0..<100 {
            if (try? await command("alert/accept")) != nil { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw WebDriverError("no dialog opened")
    }

    func screenshot(to file: URL) async throws {
        guard let base64 = try await command("screenshot", "GET") as? String, let data = Data(base64Encoded: base64) else {
            throw WebDriverError("no screenshot")
        }
        try data.write(to: file)
    }

    func quit() async { _ = try? await Self.call(base.appendingPathComponent("session/\(session)"), "DELETE", nil) }
}

/// HTTP/1.1 to a loopback port over a plain socket, one request per connection. chromedriver writes
/// header lines without a space after the colon, which swift-corelibs-foundation's URLSession
/// rejects ("Failed writing header"); this reads the body after the blank line and nothing more.
enum LoopbackHTTP {
    static func send(port: Int, method: String, path: String, body: Data?) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(port: port, method: method, path: path, body: body) })
            }
        }
    }

    static func exchange(port: Int, method: String, path: String, body: Data?) throws -> Data {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw WebDriverError("socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriverError("cannot connect to 127.0.0.1:\(port)") }
        var request = Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n".utf8)
        if let body { request += Data("Content-Type: application/json\r\nContent-Length: \(body.count)\r\n".utf8) }
        request += Data("\r\n".utf8)
        if let body { request += body }
        try request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = Glibc.send(descriptor, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw WebDriverError("send failed") }
                sent += n
            }
        }
        // chromedriver keeps the connection open: read the head, then Content-Length bytes.
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var expected: Int?
        var bodyStart: Data.Index?
        while true {
            if let start = bodyStart, let expected, response.count - start >= expected { break }
            let n = recv(descriptor, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response.append(contentsOf: buffer[0..<n])
            if bodyStart == nil, let split = response.range(of: Data("\r\n\r\n".utf8)) {
                bodyStart = split.upperBound
                let head = String(decoding: response[..<split.lowerBound], as: UTF8.self).lowercased()
                expected = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
                if expected == nil { expected = 0 }
            }
        }
        guard let start = bodyStart else { throw WebDriverError("no HTTP response from 127.0.0.1:\(port)") }
        return response[start...]
    }
}
