/// Converts byte offsets into Unicode scalar offsets, walking forward only,
/// so converting all offsets of a document (asked in increasing order) is
/// linear in its length.
struct ScalarOffsets {
    let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0
    private let ascii: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        ascii = bytes.withUnsafeBufferPointer { ScalarOffsets.isASCII($0) }
    }

    /// The scalar offset of byte offset `target`; restarts from the beginning
    /// if asked for an earlier offset than the last one.
    mutating func scalarOffset(ofByte target: Int) -> Int {
        if ascii { return target }
        if target < byte { byte = 0; scalar = 0 }
        let end = min(target, bytes.count)
        if byte < end {
            let from = byte
            scalar += bytes.withUnsafeBufferPointer { ScalarOffsets.count($0, from, end) }
            byte = end
        }
        return scalar
    }

    /// The number of Unicode scalars in bytes `a..<b` of UTF-8: every byte that is not a
    /// continuation byte (10xxxxxx). Eight bytes at a time: this runs over every byte of a text.
    static func count(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        guard let base = p.baseAddress, a < b else { return 0 }
        let raw = UnsafeRawPointer(base)
        var i = a
        var n = 0
        while i + 8 <= b {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 set and bit 6 clear in a byte: a continuation byte; one bit per byte, summed by a
            // multiply (x86-64's baseline has no popcount instruction, and the library's fallback is slow).
            let continuation = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
            n &+= 8 &- Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
            i &+= 8
        }
        while i < b {
            if p[i] & 0xC0 != 0x80 { n &+= 1 }
            i &+= 1
        }
        return n
    }

    /// True when no byte has its high bit set.
    static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var any: UInt64 = 0
        while i + 8 <= p.count {
            any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < p.count { any |= UInt64(p[i]); i += 1 }
        return any & 0x8080_8080_8080_8080 == 0
    }
}
