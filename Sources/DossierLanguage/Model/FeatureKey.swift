/// Feature keys: 64-bit hashes of a template number and the values it reads.
///
/// The tagger and parser never build feature strings. Each word's strings
/// are hashed once (``WordCodes``) and a feature is the hash of its
/// template and those codes, so scoring does no `String` work at all and the
/// same key is computed at training time and at run time.
///
/// A key's top bit says whether its template is *hot*: one that reads only
/// values of small range (tags, labels, distances, counts, word shapes), so
/// its few thousand keys are looked up over and over. The weight table keeps
/// those rows in a region of their own, small enough to stay in the caches,
/// instead of scattered one per cache line among the millions of word keys,
/// where each lookup would wait on main memory.
enum FeatureKey {
    /// The bit that marks a hot key (see above); every other key has it clear.
    static let hotBit: UInt64 = 1 << 63

    /// `key` marked hot.
    @inline(__always)
    static func hot(_ key: UInt64) -> UInt64 { key | hotBit }

    /// Mixes one more value into a running hash (a multiply-xorshift step).
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        var x = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    /// The key of template `template` over one value.
    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finish(mix(mix(template &+ 0x51_7CC1_B727_220A, a), 0))
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(mix(mix(mix(template &+ 0x51_7CC1_B727_220A, a), b), 1))
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finish(mix(mix(mix(mix(template &+ 0x51_7CC1_B727_220A, a), b), c), 2))
    }

    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        finish(mix(mix(mix(mix(mix(template &+ 0x51_7CC1_B727_220A, a), b), c), d), 3))
    }

    /// The final avalanche (splitmix64's), so low bits are good bucket indexes; the hot bit clear;
    /// never 0, which marks an empty slot.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var z = hash
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        z &= ~hotBit
        return z == 0 ? 1 : z
    }

    /// FNV-1a over bytes: how a word's strings become codes.
    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var h = seed
        for i in range {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3
        }
        return h
    }
}
