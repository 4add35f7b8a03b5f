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
        var allASCII = true
        for b in bytes where b >= 0x80 { allASCII = false; break }
        ascii = allASCII
    }

    /// The scalar offset of byte offset `target`; restarts from the beginning
    /// if asked for an earlier offset than the last one.
    mutating func scalarOffset(ofByte target: Int) -> Int {
        if ascii { return target }
        if target < byte { byte = 0; scalar = 0 }
        while byte < target && byte < bytes.count {
            // Count every byte that is not a UTF-8 continuation byte.
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }
}
