#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Case- and space-insensitive search for ASCII phrases in raw bytes: a
/// letter matches either case, a space in the phrase matches any run of
/// ASCII white space. No String is built, so it is cheap enough to run on
/// every page.
enum FoldedBytes {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ phrase: StaticString) -> Bool {
        phrase.withUTF8Buffer { contains(haystack, needle: $0) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { contains(haystack, needle: $0) }
    }

    private static func contains(_ h: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        if let anchor = anchor(needle) { return contains(h, needle: needle, anchor: anchor) }
        let n = h.count
        var i = 0
        while i < n {
            if lower(h[i]) == first, matches(h, at: i, needle) { return true }
            i += 1
        }
        return false
    }

    /// The offset of the needle's first byte that is neither a letter nor a
    /// space, when no space comes before it: that byte must match exactly and
    /// sits at a fixed distance from the start of a match, so candidates can
    /// be found with `memchr`.
    private static func anchor(_ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        for (k, b) in needle.enumerated() {
            if b == 0x20 { return nil }
            if !(b >= 0x61 && b <= 0x7A) && !(b >= 0x41 && b <= 0x5A) { return k }
        }
        return nil
    }

    private static func contains(_ h: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>, anchor k: Int) -> Bool {
        guard let base = h.baseAddress else { return false }
        let target = Int32(needle[k])
        var from = k
        while from < h.count {
            guard let hit = memchr(base + from, target, h.count - from) else { return false }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if matches(h, at: at - k, needle) { return true }
            from = at + 1
        }
        return false
    }

    @inline(__always) private static func matches(_ h: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = start
        for b in needle {
            if b == 0x20 {
                guard k < h.count, isSpace(h[k]) else { return false }
                while k < h.count, isSpace(h[k]) { k += 1 }
            } else {
                guard k < h.count, lower(h[k]) == b else { return false }
                k += 1
            }
        }
        return true
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
}
