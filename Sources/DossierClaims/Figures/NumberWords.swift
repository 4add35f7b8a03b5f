/// Reads numbers written out in words: "two billion", "a hundred million",
/// "half a billion", "three-quarters of a", "twenty-five", "a dozen".
enum NumberWords {
    static let units: WordTable<Double> = WordKey.table([
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
        ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40),
        ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ])
    static let hundred: UInt64 = 0x6ca4772e23f50ae3  // "hundred"
    static let dozen: UInt64 = 0xf40c43ab46208b49  // "dozen"
    static let half: UInt64 = 0x2e33a6cc74123124  // "half"
    static let quarter: UInt64 = 0xffbe2660a81c5667  // "quarter"
    static let quarters: UInt64 = 0xac714a3da82643fc  // "quarters"
    static let thirds: UInt64 = 0xa6e02278673fcfb7  // "thirds"
    static let third: UInt64 = 0x0edb417272684f9e  // "third"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let couple: UInt64 = 0x28163abe030112ed  // "couple"
    static let scaleWords: WordTable<Double> = WordKey.table([
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ])

    /// A number read from words: its value, the last token used, and whether
    /// it ended on a scale word (million, billion…).
    struct Reading { var value: Double; var last: Int; var scaled: Bool; var exponent: Int? }

    /// Reads a spelled-out number starting at token `i`, or nil.
    static func read(_ s: ScannedText, at i: Int) -> Reading? {
        guard let t = s.at(i), t.kind == .word else { return nil }
        let k = t.key
        // "a/an" + hundred/thousand/million/dozen/couple of
        if k == a || k == an {
            let n = s.wordKey(i + 1)
            if let sc = scaleWords[n] { return Reading(value: sc, last: i + 1, scaled: true, exponent: exponent(sc)) }
            if n == hundred {
                if let sc = scaleWords[s.wordKey(i + 2)] {
                    return Reading(value: 100 * sc, last: i + 2, scaled: true, exponent: exponent(sc) + 2)
                }
                return Reading(value: 100, last: i + 1, scaled: false, exponent: nil)
            }
            if n == dozen { return Reading(value: 12, last: i + 1, scaled: false, exponent: nil) }
            if n == couple && s.wordKey(i + 2) == of { return Reading(value: 2, last: i + 2, scaled: false, exponent: nil) }
            if n == half || n == quarter { return fraction(s, at: i + 1, value: n == half ? 0.5 : 0.25) }
            return nil
        }
        if k == half { return fraction(s, at: i, value: 0.5) }
        var total = 0.0
        var current = 0.0
        var last = -1
        var j = i
        var scaled = false
        var lastScale: Double = 0
        var sawAny = false
        while let w = s.at(j), w.kind == .word {
            let key = w.key
            if let u = units[key] {
                // "twenty-five", "twenty five"; but not "five five".
                if sawAny && current.truncatingRemainder(dividingBy: 100) != 0 && !(current >= 20 && u < 10 && current.truncatingRemainder(dividingBy: 10) == 0) { break }
                current += u
                last = j
                sawAny = true
            } else if key == hundred && sawAny {
                current = max(current, 1) * 100
                last = j
            } else if key == dozen && sawAny {
                current *= 12
                last = j
            } else if let sc = scaleWords[key], sawAny {
                // "three-quarters of a billion" is handled by fraction(); here "two billion".
                if lastScale != 0 && sc >= lastScale { break }
                total += current * sc
                current = 0
                scaled = true
                lastScale = sc
                last = j
            } else if key == and && sawAny && total == 0 && s.wordKey(j + 1) == a && s.wordKey(j + 2) == half,
                      let sc = scaleWords[s.wordKey(j + 3)] {
                // "one and a half billion"
                return Reading(value: (current + 0.5) * sc, last: j + 3, scaled: true, exponent: exponent(sc))
            } else if key == and && sawAny && s.at(j + 1).map({ $0.kind == .word && units[$0.key] != nil }) == true
                        && s.at(j - 1).map({ $0.key == hundred || scaleWords[$0.key] != nil }) == true {
                // "two hundred and fifty"
            } else if (key == quarters || key == thirds || key == quarter || key == third) && sawAny && total == 0
                        && s.isDash(j - 1) {
                // "three-quarters", "two-thirds"
                let denom: Double = (key == quarters || key == quarter) ? 4 : 3
                return fraction(s, at: j, value: current / denom)
            } else {
                break
            }
            // Continue over hyphens inside the number ("twenty-five").
            if s.isDash(j + 1), let nx = s.at(j + 2), nx.kind == .word, s.at(j + 1)?.gap == Token.Gap.none, nx.gap == .none,
               units[nx.key] != nil || nx.key == quarters || nx.key == thirds {
                j += 2
            } else {
                j += 1
            }
        }
        guard sawAny, last >= 0 else { return nil }
        // "eight and a half", "three-and-a-half" (years, hours): a half more.
        if !scaled, let end = andAHalf(s, after: last) {
            return Reading(value: total + current + 0.5, last: end, scaled: false, exponent: nil)
        }
        let value = total + current
        return Reading(value: value, last: last, scaled: scaled, exponent: scaled ? exponent(lastScale) : nil)
    }

    /// The last token of "and a half" right after `last`, spaced or hyphenated ("-and-a-half"), or nil.
    static func andAHalf(_ s: ScannedText, after last: Int) -> Int? {
        var k = last + 1
        let hyphenated = s.isDash(k)
        if hyphenated { k += 1 }
        guard s.wordKey(k) == and else { return nil }
        k += 1
        if hyphenated { guard s.isDash(k) else { return nil }; k += 1 }
        guard s.wordKey(k) == a else { return nil }
        k += 1
        if hyphenated { guard s.isDash(k) else { return nil }; k += 1 }
        return s.wordKey(k) == half ? k : nil
    }

    /// "half a billion", "a quarter of a million", "three-quarters of a billion".
    static func fraction(_ s: ScannedText, at i: Int, value: Double) -> Reading? {
        var j = i + 1
        if s.wordKey(j) == of { j += 1 }
        let article = s.wordKey(j) == a || s.wordKey(j) == an
        if article { j += 1 }
        if let sc = scaleWords[s.wordKey(j)] {
            return Reading(value: value * sc, last: j, scaled: true, exponent: exponent(sc))
        }
        // "half a percentage point", "half a year": the caller reads the unit.
        // "two-thirds of employees" is a share, not a count of 0.67.
        if article && j == i + 2 { return Reading(value: value, last: j - 1, scaled: false, exponent: nil) }
        return nil
    }

    static func exponent(_ scale: Double) -> Int {
        switch scale {
        case 1e3: return 3
        case 1e6: return 6
        case 1e9: return 9
        case 1e12: return 12
        default: return 0
        }
    }

    /// True when the word at `i` can begin a spelled-out number.
    static func startsNumber(_ key: UInt64) -> Bool {
        units[key] != nil || key == a || key == an || key == half
    }
}
