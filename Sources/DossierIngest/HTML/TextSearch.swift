#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes.
///
/// The standard library's `String.contains(_:)`/`firstRange(of:)` build a
/// search table on every call; the extractor asks such questions of every
/// element on a page, where a plain byte scan is many times faster.
extension String {
    /// The non-empty lines, as `split(separator: "\n")` gives them. Split
    /// on the newline byte, which is a character of its own unless it
    /// follows a carriage return; text with those is split by characters.
    func nonEmptyLines() -> [String] {
        let split: [String]? = utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(0x0D) else { return nil }
            var lines: [String] = []
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                if i > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if start < bytes.count { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return lines
        } ?? nil
        return split ?? self.split(separator: "\n").map(String.init)
    }
}

extension StringProtocol {
    /// True when the string has at most `limit` characters, found without
    /// counting past the limit (`count` walks every character).
    func hasAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var i = startIndex
        for _ in 0..<limit {
            if i == endIndex { return true }
            formIndex(after: &i)
        }
        return i == endIndex
    }

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
        // Searched in place: copying the haystack into an array per call
        // cost more than the search.
        if let found = utf8.withContiguousStorageIfAvailable({ haystack in
            Self.offsets(of: needle, in: haystack, firstOnly: firstOnly)
        }) {
            return found
        }
        return Array(utf8).withUnsafeBufferPointer { Self.offsets(of: needle, in: $0, firstOnly: firstOnly) }
    }

    private static func offsets(of needle: String, in haystack: UnsafeBufferPointer<UInt8>, firstOnly: Bool) -> [Int] {
        var needle = needle
        return needle.withUTF8 { pattern in
            let n = pattern.count
            guard n > 0, haystack.count >= n else { return [] }
            guard let base = haystack.baseAddress else { return [] }
            var found: [Int] = []
            var i = 0
            let last = haystack.count - n
            let first = pattern[0]
            while i <= last {
                // memchr finds the next candidate; most bytes are not it.
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var j = 1
                while j < n, haystack[i + j] == pattern[j] { j += 1 }
                if j == n {
                    found.append(i)
                    if firstOnly { return found }
                    i += n
                    continue
                }
                i += 1
            }
            return found
        }
    }
}
