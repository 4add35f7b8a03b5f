/// Converts byte offsets into Unicode scalar offsets, walking forward only,
/// so converting all offsets of a document (asked in increasing order) is
/// linear in its length.
struct ScalarOffsets {
    let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    // No separate all-ASCII pass: counting eight bytes at a time costs about what that test does,
    // and news text is rarely pure ASCII (curly quotes, dashes).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The scalar offset of byte offset `target`; restarts from the beginning
    /// if asked for an earlier offset than the last one.
    mutating func scalarOffset(ofByte target: Int) -> Int {
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
}
