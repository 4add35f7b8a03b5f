/// The hashed strings of one word that features read: computed once per
/// word, so templates combine integers only.
struct WordCodes: Sendable {
    /// The lowercased form, with digits folded (`2,400` and `7,150` share `0,000`; years share one code).
    var word: UInt64
    /// The form exactly as written (case kept), for the tagger's proper-noun cues.
    var exact: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var prefix1: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    /// The shape with runs collapsed: `Xx` for "Apple", `d,d` for "2,400", `X.X.` for "U.S.".
    var shape: UInt64
    /// Capitalisation, digits and hyphen bits.
    var flags: UInt64

    static let hasDigit: UInt64 = 1
    static let hasHyphen: UInt64 = 2
    static let hasUpper: UInt64 = 4
    static let allUpper: UInt64 = 8
    static let hasLetter: UInt64 = 16

    /// Codes of the pseudo-words before the first and after the last word, and of the parser's root.
    static let start = WordCodes(special: 1)
    static let end = WordCodes(special: 2)
    static let root = WordCodes(special: 3)
    static let none = WordCodes(special: 4)

    private init(special: UInt64) {
        let c = FeatureKey.finish(special &* 0x1234_5678_9ABC_DEF1)
        word = c; exact = c; suffix1 = c; suffix2 = c; suffix3 = c; suffix4 = c
        prefix1 = c; prefix2 = c; prefix3 = c; shape = c; flags = 1 << 40 | special
    }

    init(_ form: String) {
        var form = form
        self = form.withUTF8 { WordCodes(utf8: $0) }
    }

    init(utf8 raw: UnsafeBufferPointer<UInt8>) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * WordCodes.maxBytes) { scratch in
            WordCodes(utf8: raw, scratch: scratch)
        }
    }

    /// Bytes of a word that shape and affix codes read; longer words still hash whole for ``exact``.
    static let maxBytes = 64

    private init(utf8 raw: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) {
        // Lowercase ASCII into scratch; other scalars keep their bytes (case folding beyond ASCII is
        // rare in English news and not worth a String). The second half holds the digit-folded form.
        let count = min(raw.count, WordCodes.maxBytes)
        let lower = UnsafeBufferPointer(rebasing: scratch[0..<count])
        let folded = UnsafeBufferPointer(rebasing: scratch[WordCodes.maxBytes..<(WordCodes.maxBytes + count)])
        var shapeHash: UInt64 = 0xCBF2_9CE4_8422_2325
        var lastShape: UInt8 = 0
        var flags: UInt64 = 0
        var digits = 0, letters = 0, uppers = 0
        for i in 0..<count {
            let b = raw[i]
            var l = b
            let s: UInt8
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                l = b + 32; s = UInt8(ascii: "X"); uppers += 1; letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                s = UInt8(ascii: "x"); letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                s = UInt8(ascii: "d"); digits += 1
            case UInt8(ascii: "-"):
                s = b; flags |= WordCodes.hasHyphen
            case 0x80...:
                s = UInt8(ascii: "u"); letters += 1
            default:
                s = b
            }
            scratch[i] = l
            scratch[WordCodes.maxBytes + i] = s == UInt8(ascii: "d") ? UInt8(ascii: "0") : l
            if s != lastShape { shapeHash = (shapeHash ^ UInt64(s)) &* 0x100_0000_01B3 }
            lastShape = s
        }
        if digits > 0 { flags |= WordCodes.hasDigit }
        if uppers > 0 { flags |= WordCodes.hasUpper }
        if letters > 0 { flags |= WordCodes.hasLetter }
        if uppers > 0 && uppers == letters { flags |= WordCodes.allUpper }
        self.flags = flags
        shape = FeatureKey.finish(shapeHash)
        exact = FeatureKey.fnv(raw, 0..<raw.count, seed: 0x8422_2325_CBF2_9CE4)
        // Years share one code: "in 2019" and "in 1998" are read alike.
        let isYear = digits == 4 && count == 4 && (raw[0] == UInt8(ascii: "1") || raw[0] == UInt8(ascii: "2"))
        word = isYear ? 0x5945_4152 : FeatureKey.fnv(folded, 0..<count)
        func suffix(_ k: Int) -> UInt64 { FeatureKey.fnv(lower, max(0, count - k)..<count, seed: 0x5355_4646 &+ UInt64(k)) }
        func prefix(_ k: Int) -> UInt64 { FeatureKey.fnv(lower, 0..<min(count, k), seed: 0x5052_4546 &+ UInt64(k)) }
        suffix1 = suffix(1); suffix2 = suffix(2); suffix3 = suffix(3); suffix4 = suffix(4)
        prefix1 = prefix(1); prefix2 = prefix(2); prefix3 = prefix(3)
    }
}
