/// Case-insensitive byte searches over an EDGAR file, which may be large and
/// hold binary sections that must not be decoded.
struct SGMLScanner {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The first occurrence of an ASCII needle (case-insensitive) at or after `from`.
    func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.uppercased().utf8)
        guard !n.isEmpty, from >= 0, bytes.count >= n.count else { return nil }
        var i = from
        let last = bytes.count - n.count
        while i <= last {
            if Self.upper(bytes[i]) == n[0] {
                var j = 1
                while j < n.count, Self.upper(bytes[i + j]) == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The last occurrence inside a range.
    func findLast(_ needle: String, in range: Range<Int>) -> Int? {
        let n = Array(needle.uppercased().utf8)
        guard range.count >= n.count else { return nil }
        var i = range.upperBound - n.count
        while i >= range.lowerBound {
            var j = 0
            while j < n.count, Self.upper(bytes[i + j]) == n[j] { j += 1 }
            if j == n.count { return i }
            i -= 1
        }
        return nil
    }

    func text(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        let slice = Array(bytes[clamped])
        return TextEncoding.isValidUTF8(slice) ? String(decoding: slice, as: UTF8.self) : TextEncoding.windows1252(slice)
    }

    /// The first 512 bytes after leading white space, lowercased.
    static func lowerHead(_ bytes: [UInt8], skipping start: Int) -> String {
        var i = start
        if bytes.count >= i + 3, bytes[i] == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { i += 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        let slice = bytes[i..<min(bytes.count, i + 512)]
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func upper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 0x20 : b }
}
