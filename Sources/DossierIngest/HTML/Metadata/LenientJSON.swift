/// A JSON value as read by ``LenientJSON``.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member with this key, when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The value as text: strings as they are, numbers printed (integers without a fraction).
    public var string: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return nil
        }
    }

    /// The elements of an array, or the value itself as a one-element list.
    public var list: [JSONValue] {
        if case .array(let items) = self { return items }
        return [self]
    }
}

/// Reads JSON the way pages actually write it in `<script type="application/ld+json">`.
///
/// Foundation's `JSONSerialization` rejects a large share of real JSON-LD:
/// comments, trailing commas, raw newlines inside strings, `<!-- -->` or
/// CDATA wrappers, single quotes, several objects back to back. This reader
/// accepts all of those, never throws, and bounds nesting so hostile input
/// cannot exhaust the stack. It returns nil only when nothing usable is found.
public enum LenientJSON {
    static let maxDepth = 64

    /// Parses the text; several top-level values become one array.
    public static func parse(_ text: String) -> JSONValue? {
        var reader = Reader(bytes: Array(text.utf8))
        var values: [JSONValue] = []
        while true {
            reader.skipNoise()
            guard reader.index < reader.bytes.count else { break }
            let before = reader.index
            if let value = reader.value(depth: 0) {
                values.append(value)
            } else if reader.index == before {
                reader.index += 1  // skip a stray byte rather than stop
            }
        }
        if values.isEmpty { return nil }
        return values.count == 1 ? values[0] : .array(values)
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Skips white space, comments, and the HTML comment and CDATA
        /// markers some CMSs wrap around the script.
        mutating func skipNoise() {
            while index < bytes.count {
                let b = bytes[index]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xEF || b == 0xBB || b == 0xBF || b == 0x3B {
                    index += 1
                } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                    index += 2
                    while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                    index = min(bytes.count, index + 2)
                } else if hasPrefix("<!--") {
                    index += 4
                } else if hasPrefix("-->") {
                    index += 3
                } else if hasPrefix("<![CDATA[") {
                    index += 9
                } else if hasPrefix("]]>") {
                    index += 3
                } else {
                    return
                }
            }
        }

        func hasPrefix(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard index + n <= bytes.count else { return false }
            return s.withUTF8Buffer { buf in
                for k in 0..<n where bytes[index + k] != buf[k] { return false }
                return true
            }
        }

        mutating func value(depth: Int) -> JSONValue? {
            skipNoise()
            guard let b = peek else { return nil }
            switch b {
            case UInt8(ascii: "{"):
                return depth < LenientJSON.maxDepth ? object(depth: depth) : skipNested()
            case UInt8(ascii: "["):
                return depth < LenientJSON.maxDepth ? array(depth: depth) : skipNested()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return .string(string())
            default:
                return bare()
            }
        }

        /// Past the nesting limit: skip the structure, keep nothing.
        mutating func skipNested() -> JSONValue? {
            var level = 0
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { _ = string(); continue }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { level += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    level -= 1
                    if level == 0 { index += 1; return .null }
                }
                index += 1
            }
            return .null
        }

        mutating func object(depth: Int) -> JSONValue {
            index += 1
            var members: [String: JSONValue] = [:]
            while true {
                skipNoise()
                guard let b = peek else { break }
                if b == UInt8(ascii: "}") { index += 1; break }
                if b == UInt8(ascii: ",") { index += 1; continue }
                if b == UInt8(ascii: "]") { index += 1; break }  // mismatched close: give up on this object
                let key: String
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    key = string()
                } else {
                    let start = index
                    while let c = peek, c != UInt8(ascii: ":"), c != UInt8(ascii: "}"), c != UInt8(ascii: ","), c > 0x20 { index += 1 }
                    if index == start { index += 1; continue }
                    key = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                skipNoise()
                guard peek == UInt8(ascii: ":") else { continue }
                index += 1
                if let v = value(depth: depth + 1) {
                    if members[key] == nil { members[key] = v }
                }
            }
            return .object(members)
        }

        mutating func array(depth: Int) -> JSONValue {
            index += 1
            var items: [JSONValue] = []
            while true {
                skipNoise()
                guard let b = peek else { break }
                if b == UInt8(ascii: "]") { index += 1; break }
                if b == UInt8(ascii: ",") { index += 1; continue }
                if b == UInt8(ascii: "}") { index += 1; break }
                let before = index
                if let v = value(depth: depth + 1) { items.append(v) }
                if index == before { index += 1 }
            }
            return .array(items)
        }

        /// A quoted string; raw control characters are kept, unknown escapes
        /// keep the escaped character.
        mutating func string() -> String {
            let quote = bytes[index]
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let b = bytes[index]
                if b == quote { index += 1; break }
                if b == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    let e = bytes[index + 1]
                    index += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
                    case UInt8(ascii: "u"):
                        var scalar = hex4()
                        if let high = scalar, (0xD800...0xDBFF).contains(high), hasPrefix("\\u") {
                            index += 2
                            if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                                scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            }
                        }
                        if let s = scalar, let u = Unicode.Scalar(s) { out.append(contentsOf: Array(String(u).utf8)) }
                    default: out.append(e)
                    }
                    continue
                }
                out.append(b)
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 {
                let c = bytes[index + k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            index += 4
            return v
        }

        /// Numbers, true/false/null and other unquoted words (`NaN`, `undefined`).
        mutating func bare() -> JSONValue? {
            let start = index
            while let c = peek, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"), c != UInt8(ascii: ":"), c > 0x20 {
                index += 1
            }
            guard index > start else { return nil }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "undefined", "NaN": return .null
            default:
                if let n = Double(word) { return .number(n) }
                return .string(word)
            }
        }
    }
}
