/// One lexical unit of the input: a word, a number or a single symbol, with
/// its byte range and what separates it from the token before.
struct Token: Sendable {
    // Kind and Gap are byte-sized structs, not enums: comparing enums with raw
    // values went through generic `Equatable` witnesses in the hot loops.
    struct Kind: Equatable, Sendable {
        let rawValue: UInt8
        static let word = Kind(rawValue: 0)
        static let number = Kind(rawValue: 1)
        static let symbol = Kind(rawValue: 2)
        @inline(__always) static func == (a: Kind, b: Kind) -> Bool { a.rawValue == b.rawValue }
    }

    /// What lies between the previous token and this one.
    struct Gap: Equatable, Sendable {
        let rawValue: UInt8
        static let none = Gap(rawValue: 0)
        static let space = Gap(rawValue: 1)
        static let newline = Gap(rawValue: 2)
        static let paragraph = Gap(rawValue: 3)
        @inline(__always) static func == (a: Gap, b: Gap) -> Bool { a.rawValue == b.rawValue }
    }

    var kind: Kind
    var gap: Gap
    /// Shape flags (see the static masks).
    var flags: UInt8
    /// For numbers: digits before the decimal point.
    var integerDigits: UInt8
    /// For numbers: digits after the decimal point.
    var decimals: UInt8
    var start: Int
    var end: Int
    /// Words: FNV-1a of the lowercased bytes. Symbols: the Unicode scalar.
    var key: UInt64
    /// Numbers: all digits as an integer (1,234.5 → 12345).
    var mantissa: UInt64

    static let capitalized: UInt8 = 1      // word starts with an uppercase letter
    static let allUpper: UInt8 = 2         // word has only uppercase letters (≥ 2)
    static let innerUpper: UInt8 = 4       // an uppercase letter after the first (iPhone, OpenAI)
    static let grouped: UInt8 = 8          // number written with thousands separators
    static let nonASCII: UInt8 = 16        // word contains non-ASCII letters

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isCapitalized: Bool { flags & Token.capitalized != 0 }
    var isAllUpper: Bool { flags & Token.allUpper != 0 }
    var isGrouped: Bool { flags & Token.grouped != 0 }
    var length: Int { end - start }

    /// The number's value (exact for integers and short decimals).
    var numberValue: Double { scaled(byPowerOfTen: 0) }

    /// The value times 10^exponent, computed so that `4.2` × 10^9 stays an
    /// integer instead of `4200000000.0000005`.
    func scaled(byPowerOfTen exponent: Int) -> Double {
        let shift = exponent - Int(decimals)
        let m = Double(mantissa)
        if shift >= 0 { return m * PowersOfTen.value(shift) }
        return m / PowersOfTen.value(-shift)
    }

    func isSymbol(_ scalar: UInt32) -> Bool { kind == .symbol && key == UInt64(scalar) }
    func isWord(_ hash: UInt64) -> Bool { kind == .word && key == hash }
}

/// Exact powers of ten up to 10^22 (the largest exactly representable).
enum PowersOfTen {
    static let table: [Double] = (0...22).map { n in
        var v = 1.0
        for _ in 0..<n { v *= 10 }
        return v
    }
    static func value(_ n: Int) -> Double {
        if n >= 0 && n <= 22 { return table[n] }
        var v = 1.0
        for _ in 0..<max(0, n) { v *= 10 }
        return v
    }
}
