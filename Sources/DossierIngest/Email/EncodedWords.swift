/// RFC 2047 encoded words in header fields (`=?utf-8?Q?Caf=C3=A9?=`,
/// `=?iso-8859-1?B?...?=`): decoded, with the white space between two
/// adjacent encoded words dropped as the RFC says.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var out = ""
        var pendingSpace = ""
        var lastWasEncoded = false
        var rest = Substring(value)
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (decoded, after) = word(rest) {
                if !lastWasEncoded { out += pendingSpace }
                pendingSpace = ""
                out += decoded
                lastWasEncoded = true
                rest = after
                continue
            }
            let c = rest.removeFirst()
            if c == " " || c == "\t" || c == "\r" || c == "\n" {
                pendingSpace += " "
                continue
            }
            out += pendingSpace
            pendingSpace = ""
            out.append(c)
            lastWasEncoded = false
        }
        return out + (lastWasEncoded ? "" : pendingSpace)
    }

    /// RFC 2047 caps an encoded word at 75 characters; mailers overshoot (a long subject in one
    /// unfolded base64 word runs to hundreds). Looking no further than this keeps a hostile header
    /// of `=?` without an end linear in its length, not quadratic.
    static let maxWordLength = 4096

    /// One `=?charset?encoding?text?=` at the start of `text`.
    private static func word(_ text: Substring) -> (String, Substring)? {
        let window = text.prefix(maxWordLength)
        let body = window.dropFirst(2)
        guard let q1 = body.firstIndex(of: "?") else { return nil }
        var charset = String(body[..<q1])
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        let afterCharset = body[body.index(after: q1)...]
        guard let q2 = afterCharset.firstIndex(of: "?") else { return nil }
        let encoding = afterCharset[..<q2].lowercased()
        let payloadStart = afterCharset.index(after: q2)
        // Encoded text holds no `?` (neither base64 nor Q allows one): the word ends at the next `?`,
        // which must be followed by `=`. Each scan stops at a `?`, so a header is read in linear time.
        guard let q3 = afterCharset[payloadStart...].firstIndex(of: "?") else { return nil }
        let close = afterCharset.index(after: q3)
        guard close < afterCharset.endIndex, afterCharset[close] == "=" else { return nil }
        let end = q3..<afterCharset.index(after: close)
        let payload = afterCharset[payloadStart..<q3]
        guard !payload.contains(" ") else { return nil }
        let bytes: [UInt8]
        switch encoding {
        case "b": guard let decoded = TransferEncoding.base64(Array(payload.utf8)) else { return nil }; bytes = decoded
        case "q": bytes = TransferEncoding.quotedPrintable(Array(payload.utf8), underscoreIsSpace: true)
        default: return nil
        }
        return (TextEncoding.decode(bytes, charset: charset), text[end.upperBound...])
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}

/// `Content-Transfer-Encoding`s undone.
enum TransferEncoding {
    /// Base64, ignoring line breaks and anything outside the alphabet; nil when nothing decodes.
    static func base64(_ input: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        var seen = 0
        for b in input {
            let value: UInt32
            switch b {
            case 0x41...0x5A: value = UInt32(b - 0x41)
            case 0x61...0x7A: value = UInt32(b - 0x61 + 26)
            case 0x30...0x39: value = UInt32(b - 0x30 + 52)
            case 0x2B, 0x2D: value = 62
            case 0x2F, 0x5F: value = 63
            case 0x3D:
                // Padding ends a group; a second group may follow (`QQ==QQ==`).
                bits = 0
                buffer = 0
                continue
            default: continue
            }
            seen += 1
            buffer = (buffer << 6) | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return seen == 0 && !input.isEmpty ? nil : out
    }

    /// Quoted-printable (RFC 2045): `=XX` escapes and `=` soft line breaks.
    static func quotedPrintable(_ input: [UInt8], underscoreIsSpace: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let b = input[i]
            if b == 0x3D {
                // A soft line break: `=` then optional trailing white space, then the line end.
                var j = i + 1
                while j < input.count, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
                if j < input.count, input[j] == 0x0A { i = j + 1; continue }
                if j + 1 < input.count, input[j] == 0x0D, input[j + 1] == 0x0A { i = j + 2; continue }
                if i + 2 < input.count, let high = hex(input[i + 1]), let low = hex(input[i + 2]) {
                    out.append(high << 4 | low)
                    i += 3
                    continue
                }
            }
            out.append(underscoreIsSpace && b == 0x5F ? 0x20 : b)
            i += 1
        }
        return out
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
