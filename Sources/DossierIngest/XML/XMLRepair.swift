/// Fixes the sloppiness of real-world XML that a strict parser rejects, before
/// libxml2 sees the bytes.
///
/// Real feeds and filings put a BOM or white space before the XML declaration,
/// use HTML's named entities (`&nbsp;`, `&mdash;`), write a bare `&` ("AT&T"),
/// label windows-1252 bytes as ISO-8859-1 (or not at all) and carry stray
/// control characters such as form feeds. Each of these would otherwise make
/// the whole file fail or fall to a lossy recovering parse. A single linear
/// byte pass; CDATA sections, comments and the DOCTYPE are left untouched.
enum XMLRepair {
    static func prepare(_ input: [UInt8]) -> [UInt8] {
        var bytes = normalizeEncoding(input)
        bytes = stripLeadingJunk(bytes)
        return fixReferences(bytes)
    }

    // MARK: - Encoding

    /// Brings the bytes to UTF-8 when the label is one of the Western ones that
    /// pages mislabel; other labels (Shift_JIS, KOI8-R…) are left to libxml2.
    static func normalizeEncoding(_ bytes: [UInt8]) -> [UInt8] {
        switch TextEncoding.bom(bytes) {
        case .utf16LE: return dropDeclaration(Array(TextEncoding.decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: true).utf8))
        case .utf16BE: return dropDeclaration(Array(TextEncoding.decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: false).utf8))
        case .utf8: return bytes
        case nil: break
        }
        if let utf16 = TextEncoding.unmarkedUTF16(bytes) {
            return dropDeclaration(Array(TextEncoding.decodeUTF16(bytes, littleEndian: utf16 == .utf16LE).utf8))
        }
        let label = declaredEncoding(bytes)
        let western: Set<String> = ["utf-8", "utf8", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
                                    "windows-1252", "cp1252", "iso-8859-15"]
        if let label, !western.contains(label) { return bytes }
        if TextEncoding.isValidUTF8(bytes) {
            // Valid UTF-8 is UTF-8 whatever the label says (the same policy as HTML).
            return label == nil || label == "utf-8" || label == "utf8" ? bytes : dropDeclaration(bytes)
        }
        return dropDeclaration(Array(TextEncoding.windows1252(bytes).utf8))
    }

    /// The `encoding` of an XML declaration at the start, lowercased.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let range = declarationRange(bytes) else { return nil }
        let decl = String(decoding: bytes[range], as: UTF8.self).lowercased()
        guard let rest = UTF8Search.after("encoding", in: decl) else { return nil }
        var value = ""
        var started = false
        for ch in rest {
            if !started {
                if ch == "\"" || ch == "'" { started = true }
                continue
            }
            if ch == "\"" || ch == "'" { break }
            value.append(ch)
        }
        return value.isEmpty ? nil : value
    }

    /// The range of `<?xml … ?>` when it is the first markup in the file.
    private static func declarationRange(_ bytes: [UInt8]) -> Range<Int>? {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard starts(bytes, at: i, with: "<?xml") else { return nil }
        var j = i + 5
        while j + 1 < bytes.count {
            if bytes[j] == UInt8(ascii: "?"), bytes[j + 1] == UInt8(ascii: ">") { return i..<(j + 2) }
            if bytes[j] == UInt8(ascii: "<") { return nil }
            j += 1
        }
        return nil
    }

    /// Removes the XML declaration, so libxml2 reads the (now UTF-8) bytes as UTF-8.
    private static func dropDeclaration(_ bytes: [UInt8]) -> [UInt8] {
        guard let range = declarationRange(bytes) else { return bytes }
        var copy = bytes
        copy.removeSubrange(range)
        return copy
    }

    /// Removes a BOM and any white space before the first `<`.
    private static func stripLeadingJunk(_ bytes: [UInt8]) -> [UInt8] {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i > 0, i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return bytes }
        return Array(bytes[i...])
    }

    // MARK: - References and control characters

    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// Rewrites HTML named entities as numeric references, escapes bare `&`,
    /// maps C1 numeric references to windows-1252 and drops characters XML 1.0
    /// forbids.
    static func fixReferences(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 64)
        let n = bytes.count
        var i = 0
        var run = 0 // start of bytes not yet copied
        bytes.withUnsafeBufferPointer { buffer in
            while i < n {
                let b = buffer[i]
                // Most bytes need nothing: copy them later as one run.
                if b > 0x26 || (b >= 0x20 && b != 0x26) || b == 0x09 || b == 0x0A || b == 0x0D {
                    if b == 0x3C, i + 1 < n, buffer[i + 1] == 0x21 || buffer[i + 1] == 0x3F, let end = skipUnparsed(bytes, at: i) {
                        out.append(contentsOf: buffer[run..<i])
                        out.append(contentsOf: buffer[i..<end].map { isForbiddenControl($0) ? 0x20 : $0 })
                        i = end
                        run = i
                        continue
                    }
                    i += 1
                    continue
                }
                out.append(contentsOf: buffer[run..<i])
                if b == 0x26 {
                    let (replacement, consumed) = reference(bytes, at: i)
                    out.append(contentsOf: replacement)
                    i += consumed
                } else {
                    out.append(0x20) // a control character XML forbids
                    i += 1
                }
                run = i
            }
            out.append(contentsOf: buffer[run..<n])
        }
        return out
    }

    /// The end of a CDATA section, comment, processing instruction or DOCTYPE
    /// starting at `i`, or nil when `i` starts ordinary markup.
    private static func skipUnparsed(_ bytes: [UInt8], at i: Int) -> Int? {
        func find(_ terminator: String, from: Int) -> Int {
            let t = Array(terminator.utf8)
            var j = from
            while j + t.count <= bytes.count {
                if bytes[j] == t[0], bytes[j..<(j + t.count)].elementsEqual(t) { return j + t.count }
                j += 1
            }
            return bytes.count
        }
        if starts(bytes, at: i, with: "<![CDATA[") { return find("]]>", from: i + 9) }
        if starts(bytes, at: i, with: "<!--") { return find("-->", from: i + 4) }
        if starts(bytes, at: i, with: "<?") { return find("?>", from: i + 2) }
        if starts(bytes, at: i, with: "<!DOCTYPE") || starts(bytes, at: i, with: "<!doctype") {
            // An internal subset ends with `]>`; otherwise the first `>`.
            var j = i + 9
            var quote: UInt8 = 0
            while j < bytes.count {
                let c = bytes[j]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == 0x22 || c == 0x27 { quote = c }
                else if c == UInt8(ascii: "[") { return find("]>", from: j) }
                else if c == UInt8(ascii: ">") { return j + 1 }
                j += 1
            }
            return bytes.count
        }
        return nil
    }

    /// What to write for the `&` at `i`, and how many input bytes it covers.
    private static func reference(_ bytes: [UInt8], at i: Int) -> ([UInt8], Int) {
        let escaped = Array("&amp;".utf8)
        var j = i + 1
        let limit = min(bytes.count, i + 40)
        if j < limit, bytes[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < limit && (bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X"))
            if hex { j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < limit, let d = digit(bytes[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x110000)
                j += 1
            }
            guard j > digitsStart, j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return (escaped, 1) }
            return (numeric(windows1252Fix(value)), j + 1 - i)
        }
        while j < limit, isNameByte(bytes[j]) { j += 1 }
        guard j > i + 1, j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return (escaped, 1) }
        let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
        if xmlEntities.contains(name) { return (Array(bytes[i...j]), j + 1 - i) }
        if let code = XMLCharacterReferences.codePoint(name) { return (numeric(code), j + 1 - i) }
        // An unknown name: keep it visible as text rather than fail the file.
        return (escaped, 1)
    }

    /// Numeric references in 0x80–0x9F mean windows-1252 characters in
    /// practice (`&#151;` is an em dash); forbidden code points become a space.
    private static func windows1252Fix(_ value: UInt32) -> UInt32 {
        if (0x80...0x9F).contains(value) {
            let mapped = TextEncoding.windows1252([UInt8(value)]).unicodeScalars.first?.value ?? 0x20
            return mapped
        }
        if value == 0x9 || value == 0xA || value == 0xD { return value }
        if value < 0x20 || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF || value > 0x10FFFF {
            return 0x20
        }
        return value
    }

    private static func numeric(_ value: UInt32) -> [UInt8] { Array("&#\(value);".utf8) }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        if b >= 0x30, b <= 0x39 { return UInt32(b - 0x30) }
        if hex, b >= 0x61, b <= 0x66 { return UInt32(b - 0x61 + 10) }
        if hex, b >= 0x41, b <= 0x46 { return UInt32(b - 0x41 + 10) }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func isForbiddenControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func starts(_ bytes: [UInt8], at i: Int, with prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard i + p.count <= bytes.count else { return false }
        return bytes[i..<(i + p.count)].elementsEqual(p)
    }
}
