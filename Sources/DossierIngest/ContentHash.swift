/// SHA-256 of a file's bytes, as lowercase hex: the identity of imported
/// content. The same bytes found at two paths are one stored document.
///
/// Written here rather than pulling in a crypto package: it is short, and
/// Foundation on Linux has no CryptoKit. It runs on every imported file and
/// every document's text, so the rounds work on raw buffers: with bounds-
/// checked arrays it was 8 % of an import's CPU.
public enum ContentHash {
    public static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { hex(digest($0)) }
    }

    /// The hash of bytes held elsewhere (a mapped file).
    public static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(digest(bytes.assumingMemoryBound(to: UInt8.self)))
    }

    public static func sha256(_ string: String) -> String {
        var string = string
        return string.withUTF8 { hex(digest($0)) }
    }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight state words after hashing `input`.
    static func digest(_ input: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        let fullBlocks = input.count / 64
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                if let base = input.baseAddress {
                    for block in 0..<fullBlocks {
                        compress(UnsafeRawPointer(base + block * 64), &state, w, k)
                    }
                }
                // The tail: remaining bytes, 0x80, zero padding, the 64-bit
                // big-endian bit length; one block or two.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    tail.initialize(repeating: 0)
                    let rest = input.count - fullBlocks * 64
                    for i in 0..<rest { tail[i] = input[fullBlocks * 64 + i] }
                    tail[rest] = 0x80
                    let length = rest < 56 ? 64 : 128
                    let bits = UInt64(input.count) &* 8
                    for i in 0..<8 { tail[length - 1 - i] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * i)) }
                    let tailBase = UnsafeRawPointer(tail.baseAddress!)
                    compress(tailBase, &state, w, k)
                    if length == 128 { compress(tailBase + 64, &state, w, k) }
                }
            }
        }
        return [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    }

    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>
    ) {
        let w = w.baseAddress!, k = k.baseAddress!
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
        }
        for t in 16..<64 {
            let a = w[t - 15], b = w[t - 2]
            let s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >> 3)
            let s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = h
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }

    private static func hex(_ words: [UInt32]) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 64) { out in
            var i = 0
            for word in words {
                for shift in stride(from: 28, through: 0, by: -4) {
                    out[i] = digits.utf8Start[Int((word >> UInt32(shift)) & 0xF)]
                    i += 1
                }
            }
            return 64
        }
    }
}
