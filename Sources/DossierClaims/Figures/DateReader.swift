import DossierModel

/// Reads dates and periods as ISO 8601, possibly partial: `2025`,
/// `2025-03`, `2025-03-05`, `--03-05` (no year), `2025-Q3`, `2025-H1`, a
/// decade as `199` (the 1990s), and year spans as intervals (`2024/2025`).
///
/// Fiscal years are written as the year they are named for (`fiscal 2024`,
/// `FY24` → `2024`): the fiscal calendar differs by company, so the claim
/// keeps the year and the sentence keeps the word "fiscal".
enum DateReader {
    static let q: UInt64 = 0xaf63ec4c860207bc  // "q"
    static let h: UInt64 = 0xaf63e54c8601fbd7  // "h"
    static let fy: UInt64 = 0x08984307b541ade0  // "fy"
    static let fiscal: UInt64 = 0xa45db4d88e7b9563  // "fiscal"
    static let year: UInt64 = 0x7c64634977425edc  // "year"
    static let calendar: UInt64 = 0x0a7cf666efcba93f  // "calendar"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let quarter: UInt64 = 0xffbe2660a81c5667  // "quarter"
    static let half: UInt64 = 0x2e33a6cc74123124  // "half"
    static let s: UInt64 = 0xaf63ee4c86020b22  // "s"
    static let around: UInt64 = 0x5d4728070640f60c  // "around"
    static let june: UInt64 = 0xeb1a_51dd_f834_9bc5  // "june"
    static let july: UInt64 = 0xeb13_69dd_f82e_a5df  // "july"
    static let may: UInt64 = 0x080f_5019_176d_1e46  // "may"
    static let march: UInt64 = 0x9092_e9a4_e189_5990  // "march"
    static let ordinals: WordTable<Int> = WordKey.table([
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("final", 4), ("last", 0),
    ])
    /// Words before a bare year that make it a date even before a plural noun.
    static let yearPrepositions: WordSet = WordKey.set([
        "in", "since", "by", "until", "till", "through", "during", "from", "of", "for", "before", "after",
        "early", "late", "mid", "end", "fiscal", "calendar", "year", "around", "circa", "between", "and",
        "to", "spring", "summer", "fall", "autumn", "winter", "the", "its", "this", "that", "beyond", "throughout",
        "as", "into", "than",
    ])
    /// Nouns that follow a year as a period, not as a counted thing ("2024 sales").
    static let periodNouns: WordSet = WordKey.set([
        "sales", "earnings", "results", "revenues", "profits", "levels", "figures", "prices", "returns", "filings",
        "elections", "games", "olympics", "numbers", "guidance", "estimates", "forecasts", "losses", "shipments",
        "deliveries", "targets", "goals", "emissions", "models", "plans", "rates", "highs", "lows", "totals",
    ])

    static func read(_ t: ScannedText, at i: Int, sentenceStart: Int) -> Figure? {
        let tok = t[i]
        if tok.kind == .word {
            if let m = Lexicon.months[tok.key], tok.isCapitalized { return monthFirst(t, at: i, month: m) }
            if tok.key == q && tok.isCapitalized, let f = quarterOrHalf(t, at: i, half: false) { return f }
            if tok.key == h && tok.isCapitalized, let f = quarterOrHalf(t, at: i, half: true) { return f }
            if tok.key == fy, let (y, e) = yearAfter(t, i, allowGlued: true) { return Figure(kind: .date, first: i, last: e, date: y) }
            if tok.key == fiscal || tok.key == calendar {
                var j = i + 1
                if t.wordKey(j) == year { j += 1 }
                if let (y, e) = yearAt(t, j) { return Figure(kind: .date, first: i, last: e, date: y) }
                if let f = ordinalPeriod(t, at: j, start: i) { return f }
                return nil
            }
            if ordinals[tok.key] != nil { return ordinalPeriod(t, at: i, start: i) }
            return nil
        }
        guard tok.kind == .number, tok.decimals == 0, !tok.isGrouped else { return nil }
        // 1st quarter, 2nd half
        if let w = t.at(i + 1), w.kind == .word, w.gap == .none, Lexicon.ordinalSuffixes.contains(w.key) {
            if let f = ordinalPeriod(t, at: i, start: i) { return f }
            if let m = Lexicon.months[t.wordKey(i + 2) == of ? t.wordKey(i + 3) : t.wordKey(i + 2)] {
                return dayFirst(t, at: i, monthToken: t.wordKey(i + 2) == of ? i + 3 : i + 2, month: m)
            }
            return nil
        }
        // 3Q25, 1H 2025
        if let w = t.at(i + 1), w.kind == .word, w.gap == .none, w.isCapitalized, w.length == 1, tok.mantissa >= 1 {
            let isQ = w.key == q && tok.mantissa <= 4
            let isH = w.key == h && tok.mantissa <= 2
            if isQ || isH, let (y, e) = yearAfter(t, i + 1, allowGlued: true) {
                return Figure(kind: .date, first: i, last: e, date: "\(y)-\(isQ ? "Q" : "H")\(tok.mantissa)")
            }
        }
        // 5 March 2025
        if tok.integerDigits <= 2, tok.mantissa >= 1, tok.mantissa <= 31, let m = Lexicon.months[t.wordKey(i + 1)],
           t[i + 1].isCapitalized {
            return dayFirst(t, at: i, monthToken: i + 1, month: m)
        }
        if let f = numeric(t, at: i) { return f }
        return bareYear(t, at: i, sentenceStart: sentenceStart)
    }

    static func pad(_ n: UInt64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func isYear(_ tok: Token, lo: UInt64 = 1000, hi: UInt64 = 2999) -> Bool {
        tok.kind == .number && tok.decimals == 0 && !tok.isGrouped && tok.integerDigits == 4 && tok.mantissa >= lo && tok.mantissa <= hi
    }

    /// A four-digit year at `j`, or `'25` / `’25`.
    static func yearAt(_ t: ScannedText, _ j: Int) -> (String, Int)? {
        guard let tok = t.at(j) else { return nil }
        if isYear(tok) { return ("\(tok.mantissa)", j) }
        if t.isApostrophe(j), let n = t.at(j + 1), n.kind == .number, n.gap == .none, n.integerDigits == 2, n.decimals == 0 {
            return (expand(n.mantissa), j + 1)
        }
        return nil
    }

    static func expand(_ yy: UInt64) -> String { yy < 70 ? "\(2000 + yy)" : "\(1900 + yy)" }

    /// A year after token `i`: glued two or four digits (`FY24`, `Q3'25`) or spaced
    /// (`Q3 2025`, `Q3 FY25`, `Q3 fiscal 2025`).
    static func yearAfter(_ t: ScannedText, _ i: Int, allowGlued: Bool) -> (String, Int)? {
        var j = i + 1
        guard let n = t.at(j) else { return nil }
        if n.kind == .number && n.gap == .none && !allowGlued { return nil }
        if n.kind == .number, n.decimals == 0, !n.isGrouped, n.gap == .none || n.gap == .space {
            if n.integerDigits == 4, isYear(n) { return ("\(n.mantissa)", j) }
            if n.integerDigits == 2, n.gap == .none { return (expand(n.mantissa), j) }
            return nil
        }
        if t.isApostrophe(j) { return yearAt(t, j) }
        if t.isDash(j) && n.gap == .none, let y = yearAt(t, j + 1) { return y }
        if n.kind == .word && (n.key == fy || n.key == fiscal) {
            if let r = yearAfter(t, j, allowGlued: true) { return r }
        }
        if n.kind == .word && n.key == of { j += 1; if t.wordKey(j) == fiscal { j += 1 }; return yearAt(t, j) }
        return nil
    }

    static func quarterOrHalf(_ t: ScannedText, at i: Int, half: Bool) -> Figure? {
        guard let n = t.at(i + 1), n.kind == .number, n.gap == .none, n.decimals == 0, n.integerDigits == 1,
              n.mantissa >= 1, n.mantissa <= (half ? 2 : 4) else { return nil }
        guard let (y, e) = yearAfter(t, i + 1, allowGlued: false) else { return nil }
        return Figure(kind: .date, first: i, last: e, date: "\(y)-\(half ? "H" : "Q")\(n.mantissa)")
    }

    /// "third quarter of 2025", "first half of fiscal 2025", "Q3 2025" spelled out.
    static func ordinalPeriod(_ t: ScannedText, at i: Int, start: Int) -> Figure? {
        var j = i
        var n = 0
        if let o = ordinals[t.wordKey(j)] { n = o; j += 1 }
        else if let tok = t.at(j), tok.kind == .number, tok.integerDigits == 1, tok.mantissa >= 1, tok.mantissa <= 4 {
            n = Int(tok.mantissa); j += 2
        } else { return nil }
        guard n >= 1 else { return nil }
        if t.isDash(j) { j += 1 }
        if t.wordKey(j) == fiscal || t.wordKey(j) == calendar { j += 1 }
        let isQuarter = t.wordKey(j) == quarter
        let isHalf = t.wordKey(j) == half && n <= 2
        guard isQuarter || isHalf else { return nil }
        j += 1
        if t.wordKey(j) == of { j += 1 }
        if t.wordKey(j) == the { j += 1 }
        if t.wordKey(j) == fiscal || t.wordKey(j) == calendar { j += 1 }
        if t.wordKey(j) == year { j += 1 }
        if t.wordKey(j) == fy, let (y, e) = yearAfter(t, j, allowGlued: true) {
            return Figure(kind: .date, first: start, last: e, date: "\(y)-\(isHalf ? "H" : "Q")\(n)")
        }
        guard let (y, e) = yearAt(t, j) else {
            // "the third quarter": no year; the extractor dates it from the document's date. Not halves
            // without a year: "the second half" is as often a match's.
            guard isQuarter else { return nil }
            return Figure(kind: .date, first: start, last: quarterWord(t, from: start), date: "--Q\(n)")
        }
        return Figure(kind: .date, first: start, last: e, date: "\(y)-\(isHalf ? "H" : "Q")\(n)")
    }

    static func monthFirst(_ t: ScannedText, at i: Int, month: Int) -> Figure? {
        var j = i + 1
        let abbreviated = t[i].length <= 4 && t.wordKey(i) != june && t.wordKey(i) != july && t.wordKey(i) != may
        if t.isSymbol(j, 46) && t[j].gap == .none { j += 1 }
        let mm = pad(UInt64(month))
        if let d = t.at(j), d.kind == .number, d.decimals == 0, d.integerDigits <= 2, d.mantissa >= 1, d.mantissa <= 31,
           d.gap != .none {
            var e = j
            if let w = t.at(j + 1), w.kind == .word, w.gap == .none, Lexicon.ordinalSuffixes.contains(w.key) { e += 1 }
            var k = e + 1
            if t.isSymbol(k, 44) { k += 1 }
            if let (y, ye) = yearAt(t, k) {
                return Figure(kind: .date, first: i, last: ye, date: "\(y)-\(mm)-\(pad(d.mantissa))")
            }
            // "May 5" needs the capital and no following digits to be a date.
            if abbreviated && !t.isSymbol(i + 1, 46) && Lexicon.ambiguousMonths.contains(t.wordKey(i)) && t.wordKey(i) != may && t.wordKey(i) != march {
                return nil
            }
            return Figure(kind: .date, first: i, last: e, date: "--\(mm)-\(pad(d.mantissa))")
        }
        if t.isSymbol(j, 44) { j += 1 }
        if t.wordKey(j) == of { j += 1 }
        if let (y, e) = yearAt(t, j) { return Figure(kind: .date, first: i, last: e, date: "\(y)-\(mm)") }
        // "in September", "since April": a month alone, only after a word that makes it a time (a bare
        // "May" or "March" is as often a verb or a name).
        // A full stop after a short name is an abbreviation's ("Mar."), except after May, which has none.
        if i > 0, monthLeads.contains(t.wordKey(i - 1)), !t.isSymbol(i + 1, 46) || t[i].length > 3 || t.wordKey(i) == may {
            return Figure(kind: .date, first: i, last: i, date: "--\(mm)")
        }
        return nil
    }

    /// Words before a month name alone that make it a time: "in August", "since March", "late June".
    static let monthLeads: WordSet = WordKey.set([
        "in", "since", "until", "till", "by", "through", "during", "early", "late", "mid", "last", "next", "this",
        "from", "before", "after",
    ])

    /// The token of "quarter" in a year-less period starting at `start`.
    static func quarterWord(_ t: ScannedText, from start: Int) -> Int {
        var j = start
        while j < t.count, j - start < 4, t.wordKey(j) != quarter { j += 1 }
        return j < t.count && j - start < 4 ? j : start
    }

    static func dayFirst(_ t: ScannedText, at i: Int, monthToken m: Int, month: Int) -> Figure? {
        let d = t[i].mantissa
        guard d >= 1 && d <= 31 else { return nil }
        var j = m + 1
        if t.isSymbol(j, 46) && t[j].gap == .none { j += 1 }
        if t.isSymbol(j, 44) { j += 1 }
        if let (y, e) = yearAt(t, j) {
            return Figure(kind: .date, first: i, last: e, date: "\(y)-\(pad(UInt64(month)))-\(pad(d))")
        }
        return Figure(kind: .date, first: i, last: m, date: "--\(pad(UInt64(month)))-\(pad(d))")
    }

    /// 2025-03-05, 2025-03, 3/5/2025, 15/03/2025.
    static func numeric(_ t: ScannedText, at i: Int) -> Figure? {
        let a = t[i]
        if isYear(a), t.isDash(i + 1), t[i + 1].gap == .none, let b = t.at(i + 2), b.kind == .number, b.gap == .none,
           b.decimals == 0, b.integerDigits == 2 {
            let leadingZero = t.firstByte(i + 2) == 48
            if t.isDash(i + 3), t[i + 3].gap == .none, let c = t.at(i + 4), c.kind == .number, c.gap == .none,
               c.integerDigits == 2, b.mantissa >= 1, b.mantissa <= 12, c.mantissa >= 1, c.mantissa <= 31 {
                return Figure(kind: .date, first: i, last: i + 4, date: "\(a.mantissa)-\(pad(b.mantissa))-\(pad(c.mantissa))")
            }
            if leadingZero && b.mantissa >= 1 && b.mantissa <= 9 {
                return Figure(kind: .date, first: i, last: i + 2, date: "\(a.mantissa)-\(pad(b.mantissa))")
            }
            return nil
        }
        if a.integerDigits <= 2, a.decimals == 0, t.isSymbol(i + 1, 47), t[i + 1].gap == .none,
           let b = t.at(i + 2), b.kind == .number, b.gap == .none, b.integerDigits <= 2, b.decimals == 0,
           t.isSymbol(i + 3, 47), t[i + 3].gap == .none, let c = t.at(i + 4), c.kind == .number, c.gap == .none,
           c.decimals == 0, c.integerDigits == 4 || c.integerDigits == 2 {
            let year = c.integerDigits == 4 ? "\(c.mantissa)" : expand(c.mantissa)
            var (mo, d) = (a.mantissa, b.mantissa)
            if mo > 12 { swap(&mo, &d) }
            guard mo >= 1, mo <= 12, d >= 1, d <= 31 else { return nil }
            return Figure(kind: .date, first: i, last: i + 4, date: "\(year)-\(pad(mo))-\(pad(d))")
        }
        return nil
    }

    static func bareYear(_ t: ScannedText, at i: Int, sentenceStart: Int) -> Figure? {
        let tok = t[i]
        guard isYear(tok, lo: 1800, hi: 2199) else { return nil }
        // "Vision 2030", "Windows 2000": a year inside a name.
        if FigureTraps.isLabelled(t, number: i, sentenceStart: sentenceStart) { return nil }
        if let p = t.at(i - 1), i - 1 >= sentenceStart, p.kind == .symbol, p.gap == .none,
           Lexicon.currency(symbol: p.key) != nil { return nil }
        // Decades: the 1990s, the 2010s
        if let w = t.at(i + 1), w.kind == .word, w.gap == .none {
            if w.key == s, tok.mantissa % 10 == 0 { return Figure(kind: .date, first: i, last: i + 1, date: "\(tok.mantissa / 10)") }
            return nil
        }
        if t.isApostrophe(i + 1), t[i + 1].gap == .none, t.wordKey(i + 2) == s, t[i + 2].gap == .none, tok.mantissa % 10 == 0 {
            return Figure(kind: .date, first: i, last: i + 2, date: "\(tok.mantissa / 10)")
        }
        // 2024-25, 2024–2025, 2024/25
        if t.isDash(i + 1) || t.isSymbol(i + 1, 47), let n = t.at(i + 2), n.kind == .number, n.decimals == 0,
           t[i + 1].gap == .none || t.isDash(i + 1) {
            if n.integerDigits == 2, n.gap == .none, n.mantissa > tok.mantissa % 100 {
                let end = tok.mantissa / 100 * 100 + n.mantissa
                return Figure(kind: .date, first: i, last: i + 2, date: "\(tok.mantissa)/\(end)")
            }
            if isYear(n), n.mantissa > tok.mantissa, n.mantissa - tok.mantissa < 100 {
                return Figure(kind: .date, first: i, last: i + 2, date: "\(tok.mantissa)/\(n.mantissa)")
            }
        }
        // A year is not a count: "2,000 jobs" has a comma; "2000 jobs" after no date word is a count.
        if let n = t.at(i + 1) {
            if n.kind == .symbol && (n.key == 37) { return nil }
            if n.kind == .word {
                let k = n.key
                if Lexicon.scales[k] != nil && !(Lexicon.scales[k]!.gluedOnly) { return nil }
                if Lexicon.percentWords.contains(k) || Lexicon.currencyWords[k] != nil || Lexicon.durationUnits[k] != nil
                    || Lexicon.currencyCodes[k] != nil { return nil }
                let prevKey = t.wordKey(i - 1)
                let datePrep = i - 1 >= sentenceStart && yearPrepositions.contains(prevKey)
                if !datePrep && !n.isCapitalized && t.lastByte(i + 1) == 115 && !periodNouns.contains(k) { return nil }
                if !datePrep, Qualifiers.before[prevKey] != nil, prevKey != around { return nil }
            }
        }
        return Figure(kind: .date, first: i, last: i, date: "\(tok.mantissa)")
    }
}
