/// Reads one amount at a token: `$1.5bn`, `USD 200`, `200 EUR`, `two
/// billion dollars`, `12%`, `25 basis points`, `18 months`, `10x`,
/// `1,200 employees`.
enum AmountReader {
    static let per: UInt64 = 0x77bc7219566a8ee4  // "per"
    static let cent: UInt64 = 0xd9920290fd6b234f  // "cent"
    static let basis: UInt64 = 0xd6e86e826dfb3bed  // "basis"
    static let times: UInt64 = 0x29338c6c39286cb5  // "times"
    static let fold: UInt64 = 0xdd15fa790c28d98a  // "fold"
    static let x: UInt64 = 0xaf63f54c86021707  // "x"
    static let rs: UInt64 = 0x08dc4507b57b7e12  // "rs"
    static let old: UInt64 = 0x1a0fad1921d08076  // "old"
    static let us: UInt64 = 0x08c43d07b566de99  // "us"
    static let long: UInt64 = 0xcde8c9ad70d16733  // "long"
    static let percentage: UInt64 = 0x1a7d46f113023055  // "percentage"
    static let t: UInt64 = 0xaf63e94c860202a3  // "t"
    static let rm: UInt64 = WordKey.of("rm")

    static func read(_ s: ScannedText, at i: Int, end: Int) -> Amount? {
        var j = i
        var currency: String?
        var negative = false
        guard let first = s.at(i) else { return nil }
        // A minus sign before a number or currency: "-5%", "−$3m".
        if (s.isDash(j) || first.key == 0x2212) && first.kind == .symbol, let nx = s.at(j + 1), nx.gap == .none,
           nx.kind == .number || (nx.kind == .symbol && Lexicon.currency(symbol: nx.key) != nil),
           first.gap != .none || i == 0 {
            negative = true
            j += 1
        }
        if let t = s.at(j), t.kind == .symbol, let c = Lexicon.currency(symbol: t.key) {
            currency = c
            j += 1
            // "$US1.2 billion", as Australian papers write US dollars.
            if c == "USD", let w = s.at(j), w.kind == .word, w.key == us, w.gap == .none, w.isAllUpper,
               let n = s.at(j + 1), n.kind == .number, n.gap == .none {
                j += 1
            }
            if s.isDash(j) && s[j].gap == .none, s.at(j + 1)?.kind == .number { negative = true; j += 1 }
        } else if let t = s.at(j), t.kind == .word {
            if let c = Lexicon.dollarPrefixes[t.key], s.isSymbol(j + 1, 36), s[j + 1].gap == .none,
               t.isCapitalized {
                currency = c
                j += 2
            } else if t.isAllUpper, let c = Lexicon.currencyCodes[t.key], let n = s.at(j + 1), n.kind == .number || (n.kind == .symbol && Lexicon.currency(symbol: n.key) != nil) {
                currency = c
                j += 1
                if let sym = s.at(j), sym.kind == .symbol, Lexicon.currency(symbol: sym.key) != nil { j += 1 }
            } else if t.key == rm, t.isAllUpper, let n = s.at(j + 1), n.kind == .number, n.gap == .none {
                // "RM2.5 billion": Malaysian ringgit.
                currency = "MYR"
                j += 1
            } else if t.key == rs, t.isCapitalized {
                var k = j + 1
                if s.isSymbol(k, 46) { k += 1 }
                if s.at(k)?.kind == .number { currency = "INR"; j = k }
            }
        }
        guard j < end else { return nil }
        // "$(38.2) million": an accounting negative written in prose.
        var parenthesized = false
        if currency != nil, s.isSymbol(j, 40), s[j].gap == .none, s.at(j + 1)?.kind == .number, s.isSymbol(j + 2, 41) {
            parenthesized = true
            j += 1
        }
        var a: Amount
        if let num = s.at(j), num.kind == .number {
            guard num.integerDigits < 19 else { return nil }
            if currency != nil && num.gap == .paragraph { return nil }
            a = Amount(first: i, last: j, raw: num.numberValue, currency: currency, negative: negative, numberToken: j)
            if parenthesized { a.last = j + 1 }
            // European decimals: "€3,5 billion", "EUR 1.234,5 million".
            if s.isSymbol(j + 1, 44), s[j + 1].gap == .none, let frac = s.at(j + 2), frac.kind == .number, frac.gap == .none,
               frac.integerDigits <= 2, frac.decimals == 0, !num.isGrouped,
               let w = s.at(j + 3), w.kind == .word, Lexicon.wordScales.contains(w.key) || Lexicon.scales[w.key] != nil {
                let whole = num.decimals == 3 ? Double(num.mantissa) : num.numberValue
                a.raw = whole + Double(frac.mantissa) / PowersOfTen.value(Int(frac.integerDigits))
                a.last = j + 2
            }
            // Keep 4.2 × 10^9 exact by scaling the mantissa.
            if let sc = scale(s, after: a.last, hasCurrency: currency != nil, end: end) {
                a.exponent = sc.exponent
                a.last = sc.last
            }
        } else if currency == nil, let w = s.at(j), w.kind == .word, w.key == NumberWords.a || w.key == NumberWords.an,
                  j + 1 < end, Lexicon.durationUnits[s.wordKey(j + 1)] != nil {
            // "a decade", "an hour": one of the unit.
            a = Amount(first: i, last: j, raw: 1, spelled: true, numberToken: j)
            a.article = true
        } else if let w = s.at(j), w.kind == .word, NumberWords.startsNumber(w.key), let r = NumberWords.read(s, at: j), r.last < end {
            a = Amount(first: i, last: r.last, raw: r.value, currency: currency, spelled: true, negative: negative, numberToken: j)
            a.article = (w.key == NumberWords.a || w.key == NumberWords.an) && r.value == 1
            if r.scaled {
                // "two billion": keep the exponent so a range can share it.
                a.raw = r.value / PowersOfTen.value(r.exponent ?? 0)
                a.exponent = r.exponent
            } else if let sc = scale(s, after: r.last, hasCurrency: currency != nil, end: end), !Lexicon.scales[s.wordKey(sc.last)]!.gluedOnly {
                a.exponent = sc.exponent
                a.last = sc.last
            }
            // "ninety (90) days", "one hundred twenty (120) days": a contract's number in words and in figures is one.
            if s.isSymbol(a.last + 1, 40), let n = s.at(a.last + 2), n.kind == .number, n.numberValue == r.value,
               s.isSymbol(a.last + 3, 41), a.last + 3 < end {
                a.last += 3
            }
        } else {
            return nil
        }
        readSuffix(s, &a, end: end)
        if a.currency == nil && currency != nil { a.currency = currency }
        // "$2,000,000 (two million dollars)": the same amount in words, in brackets, is part of it.
        if a.currency != nil, !a.spelled, s.isSymbol(a.last + 1, 40), let w = s.at(a.last + 2), w.kind == .word,
           NumberWords.startsNumber(w.key), let r = NumberWords.read(s, at: a.last + 2), r.value == a.value {
            var k = r.last + 1
            if let c = s.at(k), c.kind == .word, Lexicon.currencyWords[c.key] != nil { k += 1 }
            if k < end, s.isSymbol(k, 41) { a.last = k }
        }
        return a
    }

    struct ScaleReading { var exponent: Int; var last: Int }

    /// A scale word after the number at `j`: glued (`10bn`, `$5m`) or spaced (`5 million`, `1.5-billion`).
    static func scale(_ s: ScannedText, after j: Int, hasCurrency: Bool, end: Int) -> ScaleReading? {
        var k = j + 1
        if s.isDash(k), s[k].gap == .none, let w = s.at(k + 1), w.kind == .word, w.gap == .none,
           Lexicon.wordScales.contains(w.key) {
            k += 1
        }
        guard k < end, let w = s.at(k), w.kind == .word, let sc = Lexicon.scales[w.key] else { return nil }
        if sc.gluedOnly && w.gap != .none { return nil }
        // "10t" is tonnes without a currency; "5M" glued to more letters was never split off.
        if w.key == t && !hasCurrency { return nil }
        return ScaleReading(exponent: sc.exponent, last: k)
    }

    static func readSuffix(_ s: ScannedText, _ a: inout Amount, end: Int) {
        var k = a.last + 1
        guard k < end, let t = s.at(k) else { return }
        // Currency after the number: "200 USD", "5 million dollars", "50 cents".
        if a.currency == nil, t.kind == .word {
            if t.isAllUpper, let c = Lexicon.currencyCodes[t.key] {
                a.currency = c; a.last = k; return
            }
            if t.isCapitalized, let (code, last) = nationalCurrency(s, at: k, end: end) {
                a.currency = code; a.last = last; return
            }
            var w = t
            var wk = k
            if t.key == us, t.isCapitalized, let nx = s.at(k + 1), nx.kind == .word, Lexicon.currencyWords[nx.key] != nil {
                w = nx; wk = k + 1
            }
            if let c = Lexicon.currencyWords[w.key] {
                if !c.strict || a.exponent != nil || a.raw >= 1000 {
                    a.currency = c.code; a.factor = c.factor; a.last = wk; return
                }
            }
        }
        if a.currency != nil {
            // "$5 million USD": swallow a repeated code.
            if t.kind == .word, t.isAllUpper, Lexicon.currencyCodes[t.key] != nil { a.last = k }
            return
        }
        // Percent: "12%", "12 percent", "12 per cent", "0.5 percentage points", "25 basis points", "2pp".
        if t.kind == .symbol && (t.key == 37 || t.key == 0xFF05) && t.gap != .paragraph {
            a.suffix = .percent; a.last = k
            if Lexicon.pointWords.contains(s.wordKey(k + 1)) { a.last = k + 1 }
            return
        }
        if t.kind == .word {
            let key = t.key
            if key == percentage && Lexicon.pointWords.contains(s.wordKey(k + 1)) { a.suffix = .percent; a.last = k + 1; return }
            if key == percentage && s.isDash(k + 1) && Lexicon.pointWords.contains(s.wordKey(k + 2)) { a.suffix = .percent; a.last = k + 2; return }
            if Lexicon.percentWords.contains(key) && key != percentage {
                a.suffix = .percent; a.last = k
                if Lexicon.pointWords.contains(s.wordKey(k + 1)) { a.last = k + 1 }
                return
            }
            if key == per && s.wordKey(k + 1) == cent { a.suffix = .percent; a.last = k + 1; return }
            if Lexicon.percentagePointAbbreviations.contains(key) { a.suffix = .percent; a.last = k; return }
            if key == basis, Lexicon.pointWords.contains(s.wordKey(k + 1)) || (s.isDash(k + 1) && Lexicon.pointWords.contains(s.wordKey(k + 2))) {
                a.suffix = .basisPoints; a.last = Lexicon.pointWords.contains(s.wordKey(k + 1)) ? k + 1 : k + 2; return
            }
            if Lexicon.basisPointAbbreviations.contains(key) { a.suffix = .basisPoints; a.last = k; return }
            // Multiples: "10x", "3 times", "tenfold".
            if key == x && t.gap == .none {
                a.suffix = .multiple; a.last = k; return
            }
            if key == times { a.suffix = .multiple; a.last = k; return }
            if key == fold && (t.gap == .none) { a.suffix = .multiple; a.last = k; return }
        }
        if t.kind == .symbol && t.key == 0xD7 {
            a.suffix = .multiple; a.last = k; return
        }
        if s.isDash(k), t.gap == .none, s.wordKey(k + 1) == fold { a.suffix = .multiple; a.last = k + 1; return }
        // Durations: "18 months", "18-month", "ten business days", "a decade".
        if s.isDash(k) && t.gap == .none { k += 1 }
        if Lexicon.durationModifiers.contains(s.wordKey(k)), Lexicon.durationUnits[s.wordKey(k + 1)] != nil { k += 1 }
        if k < end, let u = Lexicon.durationUnits[s.wordKey(k)], !(s[k].isCapitalized && s[k].length <= 3) {
            a.suffix = .duration(u); a.last = k
            return
        }
        if s.isDash(a.last + 1) { return }
        // Counted nouns.
        if let (noun, token) = CountedNoun.find(s, after: a.last, end: end) {
            a.suffix = .counted(noun)
            a.unitToken = token
        }
    }

    /// A currency named by its country after the number ("Hong Kong dollars", "U.S. dollars", "Danish
    /// crowns"): its code and last token. Only read where a capitalised word follows the number.
    static func nationalCurrency(_ s: ScannedText, at k: Int, end: Int) -> (String, Int)? {
        var last = k
        while last + 1 < min(end, k + Lexicon.nationalCurrencyTokens) {
            last += 1
            guard let t = s.at(last), t.gap != .paragraph else { return nil }
            // The currency word ends the name: look it up once it is reached.
            if t.kind == .word, Lexicon.currencyWords[t.key] != nil || t.key == crowns {
                let name = s.string(s[k].start, s[last].end).lowercased()
                return Lexicon.nationalCurrencies[name].map { ($0, last) }
            }
        }
        return nil
    }

    static let crowns: UInt64 = WordKey.of("crowns")

    /// True for ages and "years-long" compounds after a duration: "42-year-old", "five years old".
    static func isAge(_ s: ScannedText, after last: Int) -> Bool {
        var k = last + 1
        if s.isDash(k) { k += 1 }
        return s.wordKey(k) == old
    }
}
