/// One number with what is written around it: currency, scale, and the
/// suffix that says what it counts (`%`, `months`, `x`, a noun).
struct Amount: Sendable {
    enum Suffix: Sendable, Equatable {
        case none
        case percent
        case basisPoints
        case duration(String)
        case multiple
        case counted(String)
    }

    var first: Int
    var last: Int
    /// The number as written, before scale and currency factor.
    var raw: Double
    var exponent: Int?
    var factor: Double = 1
    var currency: String?
    var suffix: Suffix = .none
    var spelled = false
    /// The number was the article "a"/"an" ("a decade", "a billion").
    var article = false
    var negative = false
    /// The token of the counted noun.
    var unitToken: Int?
    /// The first token of the number itself (after a currency prefix).
    var numberToken: Int

    var value: Double {
        var v = raw
        if let e = exponent { v *= PowersOfTen.value(e) }
        v *= factor
        if case .basisPoints = suffix { v /= 100 }
        return negative ? -v : v
    }

    var isMoney: Bool { currency != nil }

    /// Whether the suffix or currency fixes the kind.
    var hasKind: Bool {
        if currency != nil { return true }
        if case .none = suffix { return false }
        if case .counted = suffix { return false }
        return true
    }
}
