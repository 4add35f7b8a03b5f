/// Substring search over UTF-8 bytes.
///
/// The standard library's `String.contains(_:)`/`firstRange(of:)` build a
/// search table on every call; the extractor asks such questions of every
/// element on a page, where a plain byte scan is many times faster.
extension StringProtocol {
    /// True when `needle` occurs in the string (exact bytes).
    func has(_ needle: String) -> Bool {
        byteOffsets(of: needle, firstOnly: true).first != nil
    }

    /// The range of the first occurrence of `needle`.
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        byteOffsets(of: needle, firstOnly: true).first.map(range(at: needle))
    }

    /// The range of the last occurrence of `needle`.
    func lastByteRange(of needle: String) -> Range<String.Index>? {
        byteOffsets(of: needle, firstOnly: false).last.map(range(at: needle))
    }

    private func range(at needle: String) -> (Int) -> Range<String.Index> {
        { offset in
            let start = self.utf8.index(self.utf8.startIndex, offsetBy: offset)
            return start..<self.utf8.index(start, offsetBy: needle.utf8.count)
        }
    }

    private func byteOffsets(of needle: String, firstOnly: Bool) -> [Int] {
        let pattern = Array(needle.utf8)
        let haystack = Array(utf8)
        let n = pattern.count
        guard n > 0, haystack.count >= n else { return [] }
        var found: [Int] = []
        var i = 0
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == pattern[0] {
                var j = 1
                while j < n, haystack[i + j] == pattern[j] { j += 1 }
                if j == n {
                    found.append(i)
                    if firstOnly { return found }
                    i += n
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
