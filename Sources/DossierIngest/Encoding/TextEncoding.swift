/// Character-set decisions for untrusted bytes.
///
/// Pages lie about their encoding. The policy (measured on real pages, see
/// docs/notes): a byte-order mark wins; bytes that are valid UTF-8 are UTF-8
/// whatever the label says; otherwise a missing, Latin-1 or UTF-8 label means
/// windows-1252 (browsers do the same, and it is what such pages really are:
/// curly quotes and euro signs live in 0x80–0x9F); any other label is honoured.
public enum TextEncoding {
    public enum BOM: Equatable, Sendable { case utf8, utf16LE, utf16BE }

    /// The byte-order mark at the start of the bytes, if any.
    public static func bom(_ bytes: [UInt8]) -> BOM? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// UTF-16 with no BOM, recognised by the zero bytes that ASCII text has in
    /// every other position.
    public static func unmarkedUTF16(_ bytes: [UInt8]) -> BOM? {
        let n = min(bytes.count, 512) & ~1
        guard n >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { zeroEven += 1 }
            if bytes[i + 1] == 0 { zeroOdd += 1 }
        }
        let pairs = n / 2
        if zeroOdd * 10 >= pairs * 7, zeroEven * 10 <= pairs { return .utf16LE }
        if zeroEven * 10 >= pairs * 7, zeroOdd * 10 <= pairs { return .utf16BE }
        return nil
    }

    /// True when the bytes are entirely valid UTF-8 (no overlong forms, no
    /// surrogates).
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    public static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = buffer.count
        guard let base = UnsafeRawPointer(buffer.baseAddress) else { return true }
        while i < n {
            // Eight ASCII bytes at a time: pages are mostly ASCII markup.
            while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b = buffer[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return false }
            guard i + length <= n else { return false }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = buffer[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return false }
            i += length
        }
        return true
    }

    /// The charset a page declares in its first bytes: `<meta charset>`,
    /// `<meta http-equiv=Content-Type content="…; charset=…">` or an XML
    /// declaration's `encoding`. Lowercased.
    public static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        var lower = [UInt8]()
        lower.reserveCapacity(head.count)
        for b in head { lower.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
        for key in ["charset", "encoding"] {
            let needle = Array(key.utf8)
            var i = 0
            while i + needle.count < lower.count {
                if lower[i..<(i + needle.count)].elementsEqual(needle) {
                    var j = i + needle.count
                    while j < lower.count, lower[j] == 0x20 { j += 1 }
                    if j < lower.count, lower[j] == UInt8(ascii: "=") {
                        j += 1
                        while j < lower.count, lower[j] == 0x20 || lower[j] == 0x22 || lower[j] == 0x27 { j += 1 }
                        var value = ""
                        while j < lower.count {
                            let c = lower[j]
                            let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
                            if !ok { break }
                            value.append(Character(Unicode.Scalar(c)))
                            j += 1
                        }
                        if !value.isEmpty { return value }
                    }
                    i = j
                } else {
                    i += 1
                }
            }
        }
        return nil
    }

    /// The encoding to hand libxml2's HTML parser for these bytes.
    ///
    /// - Parameter declared: a charset known from outside the bytes (an HTTP
    ///   header, an EDGAR wrapper); it wins unless the bytes contradict a
    ///   UTF-8 label.
    public static func htmlEncoding(for bytes: [UInt8], declared: String? = nil) -> String {
        switch bom(bytes) {
        case .utf8: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case nil: break
        }
        if let utf16 = unmarkedUTF16(bytes) { return utf16 == .utf16LE ? "UTF-16LE" : "UTF-16BE" }
        if isValidUTF8(bytes) { return "UTF-8" }
        let label = (declared ?? declaredCharset(bytes))?.lowercased()
        switch label {
        case nil, "utf-8", "utf8", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252":
            return "windows-1252"
        case let utf16? where utf16.hasPrefix("utf-16") || utf16.hasPrefix("utf16") || utf16 == "unicode":
            // A page that could state its charset in ASCII is not UTF-16
            // (real UTF-16 was recognised above); browsers read it as 8-bit.
            return "windows-1252"
        case let other?:
            return other
        }
    }

    /// Decodes bytes as text for the plain-text readers: UTF-8 (or UTF-16 with
    /// a BOM), else windows-1252. Returns nil for bytes that are not text.
    public static func decodeText(_ bytes: [UInt8]) -> String? {
        var body = bytes[...]
        switch bom(bytes) {
        case .utf8: body = bytes.dropFirst(3)
        case .utf16LE: return decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: true)
        case .utf16BE: return decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: false)
        case nil:
            if let utf16 = unmarkedUTF16(bytes) { return decodeUTF16(bytes, littleEndian: utf16 == .utf16LE) }
        }
        let array = Array(body)
        if isValidUTF8(array) { return String(decoding: array, as: UTF8.self) }
        return windows1252(array)
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    public static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}

extension TextEncoding {
    /// The name libxml2 (through iconv) knows a web label by, following the
    /// browsers' mapping of legacy labels to their supersets; labels no
    /// browser knows become windows-1252, as browsers treat them.
    public static func libxml2Name(_ label: String) -> String {
        let l = label.lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "utf-16le", "utf-16be": return l.uppercased()
        case "gb2312", "gbk", "x-gbk", "csgb2312", "chinese", "iso-ir-58", "gb18030": return "GB18030"
        case "x-sjis", "sjis", "shift-jis", "shift_jis", "ms_kanji", "csshiftjis", "windows-31j", "ms932": return "SHIFT_JIS"
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "iso-2022-jp", "csiso2022jp": return "ISO-2022-JP"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean": return "CP949"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5": return "BIG5-HKSCS"
        case "koi8-r", "koi8", "cskoi8r", "koi": return "KOI8-R"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "ibm866", "866", "cp866", "csibm866": return "CP866"
        case "macintosh", "mac", "x-mac-roman", "csmacintosh": return "MACINTOSH"
        case "x-mac-cyrillic", "x-mac-ukrainian": return "MAC-CYRILLIC"
        case "iso-8859-9", "latin5", "iso8859-9", "l5", "iso_8859-9": return "windows-1254"
        case "tis-620", "iso-8859-11", "windows-874", "dos-874": return "windows-874"
        default: break
        }
        if l.hasPrefix("windows-125"), l.count == 12, let last = l.last, last.isNumber { return l }
        if l.hasPrefix("cp125"), l.count == 6, let last = l.last, last.isNumber { return "windows-125" + String(last) }
        for prefix in ["iso-8859-", "iso8859-", "iso_8859-"] where l.hasPrefix(prefix) {
            if let n = Int(l.dropFirst(prefix.count)), (2...16).contains(n), n != 9, n != 11, n != 12 { return "ISO-8859-\(n)" }
        }
        return "windows-1252"
    }
}
