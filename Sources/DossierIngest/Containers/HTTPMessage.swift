/// An HTTP response as a web archive stores it: status, headers and the body
/// with its transfer and content encodings undone.
struct HTTPMessage {
    var status: Int
    /// Header names lowercased; a repeated header keeps its last value.
    var headers: [String: String]
    var body: [UInt8]

    /// The media type without parameters, lowercased (`text/html`).
    var mediaType: String? { headers["content-type"].map(Self.mediaType(of:)) }
    /// The `charset` parameter of `Content-Type`, if any.
    var charset: String? { headers["content-type"].flatMap(Self.charset(of:)) }

    enum Failure: Error, Equatable, CustomStringConvertible {
        case notHTTP
        case encoding(String, DecompressionFailure)
        case unknownEncoding(String)

        var description: String {
            switch self {
            case .notHTTP: return "the record's block is not an HTTP response"
            case .encoding(let name, let failure): return "cannot undo Content-Encoding \(name): \(failure)"
            case .unknownEncoding(let name): return "unknown Content-Encoding \(name)"
            }
        }
    }

    /// Parses a response; `limits` bound the decoded body.
    static func parse(_ block: [UInt8], limits: ExpansionLimits) throws(Failure) -> HTTPMessage {
        guard block.starts(with: Array("HTTP/".utf8)) else { throw .notHTTP }
        guard let (headerEnd, bodyStart) = headerBoundary(block) else { throw .notHTTP }
        let head = String(decoding: block[0..<headerEnd], as: UTF8.self)
        var lines = head.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        let statusLine = lines.removeFirst()
        let statusParts = statusLine.split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw .notHTTP }
        var headers: [String: String] = [:]
        var lastName: String?
        for line in lines where !line.isEmpty {
            if line.first == " " || line.first == "\t", let name = lastName {
                headers[name, default: ""] += " " + line.trimmingSpaces()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces().lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingSpaces()
            lastName = name
        }
        var body = Array(block[bodyStart...])
        // Crawlers often store the body already de-chunked and decoded while
        // keeping the original headers: an encoding that does not parse is
        // taken as already undone when what remains looks like text.
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let joined = dechunk(body) {
            body = joined
        }
        if let encodings = headers["content-encoding"]?.lowercased() {
            for name in encodings.split(separator: ",").map({ $0.trimmingSpaces() }).reversed() where !name.isEmpty {
                body = try decode(body, encoding: name, limits: limits)
            }
        }
        return HTTPMessage(status: status, headers: headers, body: body)
    }

    private static func decode(_ body: [UInt8], encoding: String, limits: ExpansionLimits) throws(Failure) -> [UInt8] {
        do throws(DecompressionFailure) {
            return try Ingest.withBytes(body) { (raw) throws(DecompressionFailure) -> [UInt8] in
                switch encoding {
                case "identity": return body
                case "gzip", "x-gzip":
                    guard Inflate.isGzip(raw) else { throw .corrupt("no gzip header") }
                    return try Inflate.gunzip(raw, limits: limits)
                case "deflate":
                    // RFC 9110 says zlib framing; some servers send bare deflate.
                    if let zlib = try? Inflate.stream(raw, wrapper: .zlib, limits: limits) { return zlib.bytes }
                    return try Inflate.stream(raw, wrapper: .raw, limits: limits).bytes
                case "br": return try Brotli.decode(raw, limits: limits)
                default: throw .unsupportedMethod(encoding)
                }
            }
        } catch {
            if case .unsupportedMethod = error { throw .unknownEncoding(encoding) }
            if case .corrupt = error, looksDecoded(body) { return body }
            if case .truncated = error, looksDecoded(body) { return body }
            throw .encoding(encoding, error)
        }
    }

    /// Text or markup already: its first bytes are printable.
    private static func looksDecoded(_ body: [UInt8]) -> Bool {
        let head = body.prefix(512)
        guard !head.isEmpty else { return true }
        let printable = head.filter { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.count
        return printable * 100 >= head.count * 97
    }

    /// Joins `Transfer-Encoding: chunked` data; nil when it is not chunked after all.
    static func dechunk(_ body: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            var size = 0
            var digits = 0
            while i < body.count, let digit = hexValue(body[i]) {
                size = size &* 16 &+ digit
                digits += 1
                i += 1
                if digits > 12 { return nil }
            }
            guard digits > 0 else { return nil }
            while i < body.count, body[i] != 0x0A { i += 1 }  // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            guard i + size <= body.count else { return nil }
            out.append(contentsOf: body[i..<(i + size)])
            i += size
            if i < body.count, body[i] == 0x0D { i += 1 }
            if i < body.count, body[i] == 0x0A { i += 1 }
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }

    /// Where the header block ends (before the blank line) and the body starts.
    static func headerBoundary(_ bytes: [UInt8]) -> (Int, Int)? {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A {
                if bytes[i + 1] == 0x0A { return (i, i + 2) }
                if bytes[i + 1] == 0x0D, i + 2 < bytes.count, bytes[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    static func mediaType(of contentType: String) -> String {
        String(contentType.split(separator: ";").first ?? "").trimmingSpaces().lowercased()
    }

    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "charset" else { continue }
            let value = Substring(pair[1].trimmingSpaces()).trimmingCharacters(in: "\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
