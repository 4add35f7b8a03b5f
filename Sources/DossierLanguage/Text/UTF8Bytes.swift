/// Byte-level views of UTF-8 text that the tokeniser and splitter share.
///
/// Everything here works on raw bytes so the hot loops never build a `Character`;
/// non-ASCII scalars are decoded only where a decision depends on them.
extension UInt8 {
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isASCIIUpper: Bool { self &- 0x41 < 26 }
    @inline(__always) var isASCIILower: Bool { self &- 0x61 < 26 }
    @inline(__always) var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    @inline(__always) var asciiLowercased: UInt8 { isASCIIUpper ? self | 0x20 : self }
    @inline(__always) var isASCIIWhitespace: Bool { self == 0x20 || (self &- 0x09 < 5) }
}

/// Scalars the tokeniser treats specially, by value.
enum Scalar {
    static let rightSingleQuote: UInt32 = 0x2019
    static let leftSingleQuote: UInt32 = 0x2018
    static let leftDoubleQuote: UInt32 = 0x201C
    static let rightDoubleQuote: UInt32 = 0x201D
    static let ellipsis: UInt32 = 0x2026
    static let hyphen: UInt32 = 0x2010
    static let nonBreakingHyphen: UInt32 = 0x2011

    /// Unicode spaces that separate tokens like ASCII whitespace (NBSP, thin and em spaces, BOM, …).
    @inline(__always) static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// Scalars that belong inside words: letters, combining marks and non-ASCII digits.
    static func isWordCharacter(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber: return true
        default: return false
        }
    }

    /// Scalars that modify the one before them (variation selectors, skin tones, joiners) and so stay with it.
    @inline(__always) static func isModifier(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) || value == 0x200D
            || (0xE0020...0xE007F).contains(value)
    }
}

/// A read-only window on UTF-8 bytes with the few scans the tokeniser needs.
struct UTF8Window {
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// The scalar starting at `index` and its length in bytes; malformed bytes read as U+FFFD of length 1.
    @inline(__always) func scalar(at index: Int, end: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= end else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (value, length)
    }

    /// The length of the whitespace (ASCII or Unicode space) at `index`, or 0.
    @inline(__always) func spaceLength(at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte.isASCIIWhitespace ? 1 : 0 }
        if byte < 0xC2 { return 0 }
        let (value, length) = scalar(at: index, end: end)
        return Scalar.isSpace(value) ? length : 0
    }

    /// The text of `start..<end` as a String (the form of a token).
    @inline(__always) func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The text of `start..<end` with ASCII letters lowercased, for case-free lookups.
    func lowercasedString(_ start: Int, _ end: Int) -> String {
        if end - start <= 32 {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { buffer in
                for offset in 0..<(end - start) { buffer[offset] = bytes[start + offset].asciiLowercased }
                return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
            }
        }
        return String(decoding: bytes[start..<end].map(\.asciiLowercased), as: UTF8.self)
    }

    /// True when `start..<end` spells `word` ignoring ASCII case (`word` is lowercase ASCII).
    func equalsLowercase(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for offset in 0..<(end - start) where bytes[start + offset].asciiLowercased != pointer[offset] {
            return false
        }
        return true
    }
}
