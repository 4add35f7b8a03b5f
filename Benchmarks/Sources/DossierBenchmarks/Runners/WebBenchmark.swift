import Foundation
import DossierSQLite
import DossierStorage
#if canImport(Glibc)
import Glibc
#endif

/// `dossier serve` under the search page: the server's own time per page (its `Server-Timing`
/// header) over the fixed query set, against what the page needs from the store in process
/// (`SQLiteStore.search` and `SQLiteStore.facets` for the same query) as the limit; then `wrk` at 16
/// connections for 30 s cycling through the same pages.
struct WebBenchmark {
    let dossier: String
    let database: String
    let queries: [SearchQueries.Named]
    let rounds: Int
    let wrk: String
    let seconds: Int
    let connections: Int
    let work: String

    struct Result: Sendable, Codable {
        var queries = 0
        /// Per-query medians over the rounds, milliseconds.
        var serverMs: [Double] = []
        var wallMs: [Double] = []
        var storeMs: [Double] = []
        var wrkAvailable = false
        var requestsPerSecond = 0.0
        var latencyP50Ms = 0.0
        var latencyP99Ms = 0.0
        var errors = 0
        var non2xx = 0
        var wrkCommand = ""
        var serveCommand = ""

        var serverP50: Double { Sample.percentile(serverMs, 0.5) }
        var serverP95: Double { Sample.percentile(serverMs, 0.95) }
        var storeP50: Double { Sample.percentile(storeMs, 0.5) }
        var storeP95: Double { Sample.percentile(storeMs, 0.95) }
        var wallP50: Double { Sample.percentile(wallMs, 0.5) }
    }

    /// The search page's path for a query, as the page's own links write it.
    static func path(_ query: SearchQuery) -> String {
        var parameters = [("q", query.text)]
        if let kind = query.kind { parameters.append(("kind", kind.rawValue)) }
        if let since = query.since { parameters.append(("since", since)) }
        if let until = query.until { parameters.append(("until", until)) }
        if let publisher = query.publisher { parameters.append(("publisher", publisher)) }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return "/?" + parameters.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    func run() throws -> Result {
        var result = Result()
        result.queries = queries.count
        let paths = queries.map { Self.path($0.query) }

        // The limit: what the page asks of the store, in process.
        let store = try SQLiteStore.openReadPool(path: database, readers: 1)
        var storeTimes = Array(repeating: [Double](), count: queries.count)
        for named in queries { _ = try? store.search(named.query); _ = try? store.facets(named.query) }
        for _ in 0..<rounds {
            for (i, named) in queries.enumerated() {
                storeTimes[i].append(timed { _ = try? store.search(named.query); _ = try? store.facets(named.query) } * 1000)
            }
        }
        result.storeMs = storeTimes.map { Sample($0).median }
        try store.close()

        let server = try ServeProcess(dossier: dossier, database: database)
        defer { server.stop() }
        result.serveCommand = "\(dossier) serve --db \(database) --port 0"
        var serverTimes = Array(repeating: [Double](), count: queries.count)
        var wallTimes = Array(repeating: [Double](), count: queries.count)
        for path in paths { _ = try HTTPGet.fetch(port: server.port, path: path) }
        for _ in 0..<rounds {
            for (i, path) in paths.enumerated() {
                var response = HTTPGet.Response()
                let wall = try timed { response = try HTTPGet.fetch(port: server.port, path: path) }
                serverTimes[i].append(response.serverMilliseconds ?? .nan)
                wallTimes[i].append(wall * 1000)
            }
        }
        result.serverMs = serverTimes.map { Sample($0).median }
        result.wallMs = wallTimes.map { Sample($0).median }

        guard FileManager.default.isExecutableFile(atPath: wrk) else { return result }
        result.wrkAvailable = true
        let script = work + "/web-pages.lua"
        let list = paths.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        try """
            -- Each request takes the next search page of the benchmark's query set.
            local paths = {\(list.joined(separator: ","))}
            local i = 0
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let output = work + "/wrk.txt"
        let arguments = [wrk, "-t2", "-c\(connections)", "-d\(seconds)s", "--latency", "-s", script, "http://127.0.0.1:\(server.port)"]
        result.wrkCommand = arguments.map { $0 == script ? "web-pages.lua" : $0 }.joined(separator: " ")
        _ = try ChildProcess.check(arguments, stdoutPath: output)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        WrkOutput.read(text, into: &result)
        return result
    }
}

/// The numbers of `wrk --latency` output.
enum WrkOutput {
    static func read(_ text: String, into result: inout WebBenchmark.Result) {
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), let value = Double(fields.last ?? "") { result.requestsPerSecond = value }
            if line.hasPrefix("50%"), let value = milliseconds(fields.last) { result.latencyP50Ms = value }
            if line.hasPrefix("99%"), let value = milliseconds(fields.last) { result.latencyP99Ms = value }
            if line.hasPrefix("Non-2xx or 3xx responses:"), let value = Int(fields.last ?? "") { result.non2xx = value }
            if line.hasPrefix("Socket errors:") {
                // Socket errors: connect 0, read 0, write 0, timeout 0
                result.errors = fields.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }.reduce(0, +)
            }
        }
    }

    /// `812.00us`, `3.21ms`, `1.02s` in milliseconds.
    static func milliseconds(_ text: String?) -> Double? {
        guard let text else { return nil }
        for (suffix, scale) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(suffix) {
            return Double(text.dropLast(suffix.count)).map { $0 * scale }
        }
        return nil
    }
}

/// `dossier serve --port 0` as a child process, with the port it printed.
final class ServeProcess {
    let process = Process()
    let port: Int

    init(dossier: String, database: String) throws {
        process.executableURL = URL(fileURLWithPath: dossier)
        process.arguments = ["serve", "--db", database, "--port", "0"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = ""
        let handle = pipe.fileHandleForReading
        while !line.contains("\n") {
            let data = handle.availableData
            guard !data.isEmpty else { throw ChildProcess.Failure(description: "dossier serve ended before printing its URL") }
            line += String(decoding: data, as: UTF8.self)
        }
        guard let range = line.range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression),
              let port = Int(line[range].split(separator: ":").last ?? "") else {
            throw ChildProcess.Failure(description: "dossier serve printed no URL: \(line)")
        }
        self.port = port
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// One GET to a loopback port over a plain socket (no client library between the benchmark and the
/// server), with the body read to its Content-Length and the `Server-Timing` duration.
enum HTTPGet {
    struct Response {
        var status = 0
        var serverMilliseconds: Double?
        var bytes = 0
    }

    static func fetch(port: Int, path: String) throws -> Response {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ChildProcess.Failure(description: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ChildProcess.Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headEnd: Int?
        var length: Int?
        while true {
            if let headEnd, let length, data.count - headEnd >= length { break }
            let n = recv(descriptor, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if headEnd == nil, let end = find(data, [13, 10, 13, 10]) {
                headEnd = end + 4
                let head = String(decoding: data[..<end], as: UTF8.self)
                length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
            }
        }
        guard let headEnd else { throw ChildProcess.Failure(description: "no response for \(path)") }
        let head = String(decoding: data[..<(headEnd - 4)], as: UTF8.self)
        var response = Response(bytes: data.count - headEnd)
        for line in head.split(separator: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("http/1.1 ") { response.status = Int(line.split(separator: " ")[1]) ?? 0 }
            if lower.hasPrefix("server-timing:"), let range = line.range(of: "dur=") {
                response.serverMilliseconds = Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
            }
        }
        guard response.status == 200 else { throw ChildProcess.Failure(description: "GET \(path): status \(response.status)") }
        return response
    }

    static func find(_ data: [UInt8], _ needle: [UInt8]) -> Int? {
        guard data.count >= needle.count else { return nil }
        for i in 0...(data.count - needle.count) where data[i] == needle[0] && Array(data[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}
