/// A MIME entity (RFC 5322 header fields and RFC 2045–2049 body): a whole
/// message or one part of a multipart body.
struct MIMEEntity {
    /// Header fields in order, names lowercased, values unfolded (not yet decoded).
    var fields: [(name: String, value: String)]
    /// The body as it stands in the message (still transfer-encoded).
    var rawBody: ArraySlice<UInt8>

    /// The first field with this (lowercase) name, RFC 2047 words decoded.
    func field(_ name: String) -> String? {
        fields.first { $0.name == name }.map { EncodedWords.decode($0.value).trimmingSpaces() }
    }

    /// Media type lowercased (`text/plain` when absent, as RFC 2045 says) and its parameters.
    var contentType: (type: String, parameters: [String: String]) {
        guard let raw = fields.first(where: { $0.name == "content-type" })?.value else { return ("text/plain", [:]) }
        let (value, parameters) = Self.parameterised(raw)
        return (value.isEmpty ? "text/plain" : value, parameters)
    }

    /// `attachment` or `inline`, and parameters such as `filename`.
    var disposition: (type: String, parameters: [String: String])? {
        fields.first(where: { $0.name == "content-disposition" }).map { Self.parameterised($0.value) }
    }

    /// The file name an attachment gives itself, if any.
    var fileName: String? {
        let name = disposition?.parameters["filename"] ?? contentType.parameters["name"]
        return name.map(EncodedWords.decode).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The body with its transfer encoding undone.
    var body: [UInt8] {
        let encoding = fields.first(where: { $0.name == "content-transfer-encoding" })?.value.trimmingSpaces().lowercased()
        switch encoding {
        case "base64": return TransferEncoding.base64(Array(rawBody)) ?? []
        case "quoted-printable": return TransferEncoding.quotedPrintable(Array(rawBody))
        default: return Array(rawBody)
        }
    }

    /// Splits a message or part at the blank line after its header fields.
    static func parse(_ bytes: ArraySlice<UInt8>) -> MIMEEntity {
        var fields: [(name: String, value: String)] = []
        var i = bytes.startIndex
        var bodyStart = bytes.endIndex
        while i < bytes.endIndex {
            var end = i
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > i, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let next = min(end + 1, bytes.endIndex)
            if contentEnd == i { bodyStart = next; break }
            let line = String(decoding: bytes[i..<contentEnd], as: UTF8.self)
            if (line.first == " " || line.first == "\t"), !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingSpaces()
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((line[..<colon].trimmingSpaces().lowercased(), line[line.index(after: colon)...].trimmingSpaces()))
            } else if fields.isEmpty, line.hasPrefix("From ") {
                // An mbox separator line left on the message.
            } else {
                // Not a header: the message has no blank line before its body.
                bodyStart = i
                break
            }
            i = next
        }
        return MIMEEntity(fields: fields, rawBody: bytes[min(bodyStart, bytes.endIndex)...])
    }

    /// The parts of a multipart body, split at its boundary lines.
    func parts() -> [MIMEEntity] {
        guard contentType.type.hasPrefix("multipart/"), let boundary = contentType.parameters["boundary"], !boundary.isEmpty else { return [] }
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [MIMEEntity] = []
        var partStart: Int?
        var i = rawBody.startIndex
        while i < rawBody.endIndex {
            var end = i
            while end < rawBody.endIndex, rawBody[end] != 0x0A { end += 1 }
            let line = rawBody[i..<end]
            if line.starts(with: delimiter) {
                if let start = partStart {
                    // The line break before the delimiter belongs to it.
                    var stop = i
                    if stop > start, rawBody[stop - 1] == 0x0A { stop -= 1 }
                    if stop > start, rawBody[stop - 1] == 0x0D { stop -= 1 }
                    parts.append(MIMEEntity.parse(rawBody[start..<stop]))
                }
                let after = line.dropFirst(delimiter.count)
                if after.starts(with: [0x2D, 0x2D]) { return parts }  // the closing delimiter
                partStart = min(end + 1, rawBody.endIndex)
            }
            i = end + 1
        }
        // No closing delimiter (a truncated message): keep the last part too.
        if let start = partStart, start < rawBody.endIndex { parts.append(MIMEEntity.parse(rawBody[start...])) }
        return parts
    }

    /// `type/subtype; a=1; b="two"` → (`type/subtype`, [a: 1, b: two]), with
    /// RFC 2231 extended parameters (`filename*=utf-8''r%C3%A9sum%C3%A9.pdf`,
    /// `filename*0=`, `filename*1=`) joined and decoded.
    static func parameterised(_ raw: String) -> (String, [String: String]) {
        var pieces = splitOutsideQuotes(raw)
        let value = pieces.isEmpty ? "" : pieces.removeFirst().trimmingSpaces().lowercased()
        var parameters: [String: String] = [:]
        var continued: [String: [(Int, String, Bool)]] = [:]
        for piece in pieces {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].trimmingSpaces().lowercased()
            var text = piece[piece.index(after: equals)...].trimmingSpaces()
            if text.count >= 2, text.first == "\"", text.last == "\"" {
                text = String(text.dropFirst().dropLast()).replacingBackslashEscapes()
            }
            var extended = false
            if name.hasSuffix("*") { extended = true; name.removeLast() }
            if let star = name.firstIndex(of: "*"), let index = Int(name[name.index(after: star)...]) {
                continued[String(name[..<star]), default: []].append((index, text, extended))
                continue
            }
            parameters[name] = extended ? decode2231(text, first: true) : text
        }
        for (name, sections) in continued {
            // The sections' bytes joined first, then decoded once in the first section's charset:
            // a character may be split across sections.
            var charset: String?
            var bytes: [UInt8] = []
            for (n, section) in sections.sorted(by: { $0.0 < $1.0 }).enumerated() {
                guard section.2 else { bytes += Array(section.1.utf8); continue }
                var encoded = Substring(section.1)
                if n == 0 {
                    let pieces = section.1.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if pieces.count == 3 { charset = String(pieces[0]); encoded = pieces[2] }
                }
                bytes += percentDecoded(encoded)
            }
            parameters[name] = TextEncoding.decode(bytes, charset: charset?.isEmpty == false ? charset : "utf-8")
        }
        return (value, parameters)
    }

    /// `charset'language'percent%20encoded` (RFC 2231).
    private static func decode2231(_ text: String, first: Bool) -> String {
        var charset: String?
        var encoded = Substring(text)
        if first {
            let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
            if pieces.count == 3 { charset = String(pieces[0]); encoded = pieces[2] }
        }
        return TextEncoding.decode(percentDecoded(encoded), charset: charset?.isEmpty == false ? charset : "utf-8")
    }

    private static func percentDecoded(_ encoded: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        var utf8 = Array(encoded.utf8)[...]
        while let b = utf8.popFirst() {
            if b == 0x25, utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return bytes
    }

    private static func splitOutsideQuotes(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for c in text {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" && quoted { current.append(c); escaped = true; continue }
            if c == "\"" { quoted.toggle() }
            if c == ";" && !quoted { pieces.append(current); current = ""; continue }
            current.append(c)
        }
        pieces.append(current)
        return pieces
    }
}

extension String {
    func replacingBackslashEscapes() -> String {
        var out = ""
        var escaped = false
        for c in self {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
