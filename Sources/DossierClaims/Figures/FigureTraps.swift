/// Numbers that are not figures: model and product names (GPT-4, H100,
/// iPhone 15, Boeing 737), section and rule numbers, form names (10-K),
/// times of day, phone numbers, versions, ordinals, ages, addresses, list
/// markers and footnote markers.
enum FigureTraps {
    /// Capitalized words that may stand right before a figure (sentence
    /// starts, prepositions, qualifiers, seasons): not part of a name.
    static let openers: WordSet = WordKey.set([
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "more", "less",
        "fewer", "up", "just", "only", "at", "by", "in", "on", "from", "since", "until", "between", "of", "for",
        "to", "with", "the", "a", "an", "and", "or", "but", "than", "estimated", "all", "another", "its", "their",
        "his", "her", "our", "those", "these", "each", "every", "per", "total", "during", "after", "before",
        "through", "within", "beyond", "above", "below", "still", "yet", "exactly", "precisely", "plus", "minus",
        "as", "like", "then", "now", "today", "last", "next", "this", "that", "while", "when", "where", "because",
        "if", "although", "though", "so", "also", "even", "across", "among", "spring", "summer", "fall", "autumn",
        "winter", "fiscal", "calendar", "year", "circa", "nearly", "least", "most", "upwards", "north", "south",
        "some", "another", "of", "we", "they", "it", "he", "she", "i", "you", "there", "here", "what", "how",
        "why", "which", "who", "whose", "once", "roughly", "close", "approx", "est", "ca", "c", "mid", "early",
        "late", "end", "beginning", "start", "is", "was", "are", "were", "be", "will", "would", "has", "have",
        "had", "cost", "costs", "raised", "paid", "pay", "spent", "spend", "sold", "hired", "cut", "employs",
        "employed", "reached", "hit", "rose", "fell", "grew", "jumped", "lost", "earned", "made", "make", "nearly",
        "ended", "starting", "beginning", "ending", "ago", "usd", "eur", "gbp", "us", "u", "s",
        "no", "not", "never", "both", "nearly", "ceo", "cfo", "yes", "only", "top",
    ])

    /// Lowercase words that turn the next number into a label.
    static let labels: WordSet = WordKey.set([
        "section", "sections", "sec", "rule", "rules", "form", "forms", "item", "items", "chapter", "article",
        "articles", "part", "page", "pages", "p", "pp", "exhibit", "note", "notes", "figure", "fig", "table",
        "no", "nos", "number", "version", "ver", "v", "route", "highway", "interstate", "suite",
        "room", "floor", "flight", "gate", "level", "tier", "phase", "platform", "channel", "episode", "season",
        "verse", "title", "clause", "paragraph", "para", "schedule", "appendix", "annex", "step", "stage",
        "model", "type", "class", "grade", "apt", "apartment", "row", "column", "track",
        "volume", "vol", "footnote", "footnotes", "junction", "junctions", "exit", "gate", "pier", "berth", "bus", "tranche", "iso", "category", "cat", "series", "generation", "gen", "bill",
        "docket", "case", "resolution", "regulation", "directive", "amendment", "paragraphs", "top", 
        "line", "pier", "terminal", "bay", "zone", "district", "ward", "precinct", "lane", 
        "code", "id", "ref", "ticket", "patent", "proposition", "prop",
        "week", "day", "round",
    ])
    static let round: UInt64 = 0x311418469f09741b  // "round"
    static let week: UInt64 = 0x3d80fff619edbfbd  // "week"
    static let day: UInt64 = 0xca8d3918f4578f1d  // "day"
    static let top: UInt64 = 0x56f9bc194465a83c  // "top"

    /// Units and suffixes that may be glued to a number; any other letters
    /// glued to digits make a name (5G, 3D, A380s is caught earlier).
    static let gluedSuffixes: WordSet = WordKey.set([
        "k", "m", "mm", "mn", "b", "bn", "t", "tn", "trn", "bln", "mln", "x", "st", "nd", "rd", "th", "s",
        "kg", "km", "cm", "mg", "mw", "gw", "gwh", "kwh", "mwh", "twh", "kw", "w", "tb", "gb", "mb", "kb",
        "pb", "mph", "kph", "ghz", "mhz", "hz", "lb", "lbs", "oz", "ft", "mi", "sq", "h", "hr", "hrs", "min",
        "mins", "ms", "yr", "yrs", "mo", "mos", "pc", "pct", "bps", "bp", "pp", "ppt", "am", "pm", "p", "c",
        "l", "ml", "tonnes", "t", "wk", "wks", "y", "bbl", "mmbtu", "tcf", "bcf", "pts",
    ])

    static let streetWords: WordSet = WordKey.set([
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
        "place", "pl", "plaza", "court", "ct", "parkway", "pkwy", "highway", "hwy", "square", "sq", "terrace",
        "circle", "broadway", "alley", "row", "embarcadero", "strasse", "straße", "rue", "loop", "pike", "crescent",
        "close", "gardens", "walk", "mews", "quay", "wharf", "trail", "expressway", "turnpike", "via", "calle",
        "avenida", "rua", "platz", "weg", "gasse", "allee",
    ])
    /// Street words that follow the number in lowercase in many languages: "12 rue de Rivoli", "8 via Roma".
    static let lowercaseStreetWords: WordSet = WordKey.set(["rue", "via", "calle", "avenida", "rua", "avenue", "boulevard", "chemin", "place"])
    /// US state and territory codes, before a ZIP code: "Cupertino, CA 95014".
    static let stateCodes: WordSet = WordKey.set([
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
        "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
        "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr",
    ])

    static let sUnit: UInt64 = 0xaf63ee4c86020b22  // "s"
    static let am: UInt64 = 0x089c3707b5458253  // "am"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let pm: UInt64 = 0x08d53b07b5754e66  // "pm"
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let p: UInt64 = 0xaf63ed4c8602096f  // "p"
    static let m: UInt64 = 0xaf63e04c8601f358  // "m"
    static let year: UInt64 = 0x7c64634977425edc  // "year"
    static let years: UInt64 = 0xa0f364d5a5c6e35d  // "years"
    static let old: UInt64 = 0x1a0fad1921d08076  // "old"
    static let age: UInt64 = 0xe715b4190539215c  // "age"
    static let aged: UInt64 = 0xe3023e83e0137228  // "aged"
    static let oclock: UInt64 = 0x9e8c579513934bbd  // "clock"
    static let o: UInt64 = 0xaf63_e24c_8601_f6be  // "o"

    /// True when a word glued to a number is a label or name part, not a unit.
    static func isNameSuffix(_ s: ScannedText, _ i: Int) -> Bool {
        guard let t = s.at(i), t.kind == .word, t.gap == .none else { return false }
        return !gluedSuffixes.contains(t.key)
    }

    /// True when the number at `i` is part of a name or a label: the word
    /// before it is a capitalized name (GPT-4, Llama 3, Section 230 in a
    /// title) or a label word (section, rule, version, No.).
    static func isLabelled(_ s: ScannedText, number i: Int, sentenceStart: Int) -> Bool {
        var j = i - 1
        guard j >= sentenceStart, let prev = s.at(j) else { return false }
        // "#1", "No. 3"
        if prev.kind == .symbol {
            if prev.key == 35 || prev.key == 0x2116 { return true }
            if prev.key == 46, s.at(j - 1).map({ $0.kind == .word && (labels.contains($0.key) || ($0.length == 1 && $0.isCapitalized && s.isSymbol(j - 2, 46))) }) == true,
               s[j].gap == .none { return true }
            // "GPT-4", "COVID-19", "F-35", "737-800": a dash glued on both sides.
            if (s.isDash(j) || prev.key == 47) && prev.gap == .none && s[i].gap == .none, let w = s.at(j - 1) {
                if w.kind == .word && (w.isCapitalized || w.flags & Token.innerUpper != 0) && !openers.contains(w.key) { return true }
                // "omega-3", "covid-19": a lowercase word glued to a number by a dash names something.
                if w.kind == .word && w.gap != .none && !openers.contains(w.key) && w.length >= 3 && Lexicon.currencyCodes[w.key] == nil
                    && s.at(i + 1).map({ !($0.kind == .symbol && $0.key == 37) && !($0.kind == .word && (Lexicon.durationUnits[$0.key] != nil || Lexicon.scales[$0.key] != nil)) }) ?? true {
                    return true
                }
                if w.kind == .number, w.gap == .none || isLabelled(s, number: j - 1, sentenceStart: sentenceStart) {
                    return isLabelled(s, number: j - 1, sentenceStart: sentenceStart)
                }
            }
            return false
        }
        if prev.kind == .number { return false }
        // Letters glued to digits: H100, A380, GPT4, COP28, FY is handled by dates.
        if s[i].gap == .none { return true }
        if labels.contains(prev.key) {
            if prev.isCapitalized || !s.isLowerWord(j) { return true }
            // "round" and "day" are labels only for small numbers without a unit ("day 3").
            return true
        }
        if prev.isCapitalized || prev.flags & Token.innerUpper != 0 {
            if openers.contains(prev.key) { return false }
            if Lexicon.months[prev.key] != nil || Lexicon.currencyCodes[prev.key] != nil { return false }
            j -= 1
            return true
        }
        return false
    }

    /// If a non-figure construct starts at number token `i`, the last token it covers.
    static func skip(_ s: ScannedText, number i: Int, inTable: Bool) -> Int? {
        let t = s[i]
        let n = s.count
        // Codes with leading zeros: 020 7946, 0930 GMT, 007.
        if t.integerDigits >= 2, t.decimals == 0, s.firstByte(i) == 48, !t.isGrouped { return chainEnd(s, from: i) }
        // p-values and test statistics: p<0.001, p = 0.03.
        if let w = s.at(i - 1), w.kind == .symbol, w.key == 60 || w.key == 61 || w.key == 0x2264,
           s.wordKey(i - 2) == p || s.wordKey(i - 3) == p { return i }
        // "+1 (415) 555-0142"
        if s.isSymbol(i - 1, 43), s[i].gap == .none, t.integerDigits <= 3, s.isSymbol(i + 1, 40), s.at(i + 2)?.kind == .number {
            var k = i + 2
            while k + 1 < n, s[k + 1].kind == .number || s.isDash(k + 1) || s.isSymbol(k + 1, 41) { k += 1 }
            return k
        }
        // Times of day: 10:30, 9am, 3 p.m.
        if s.isSymbol(i + 1, 58), s[i + 1].gap == .none, let nx = s.at(i + 2), nx.kind == .number, nx.gap == .none,
           nx.integerDigits == 2 {
            var e = i + 2
            if s.isSymbol(e + 1, 58), s.at(e + 2)?.kind == .number { e += 2 }
            return meridiem(s, after: e) ?? e
        }
        if t.decimals == 0 && t.mantissa <= 12, let e = meridiem(s, after: i) { return e }
        // Phone numbers and dotted versions: 555-123-4567, 1.2.3, 192.168.0.1
        var e = i
        var links = 0
        while e + 2 < n, s[e + 1].gap == .none, s[e + 2].gap == .none, s[e + 2].kind == .number,
              s.isDash(e + 1) || s.isSymbol(e + 1, 46) {
            e += 2
            links += 1
        }
        if links >= 2 { return e }
        if links == 1 && s.isSymbol(i + 1, 46) && t.decimals > 0 { return e }
        if links == 1, s.isDash(i + 1), t.integerDigits == 3, s[i + 2].integerDigits == 4 { return e }
        if s.isSymbol(i - 1, 40), t.integerDigits == 3, s.isSymbol(i + 1, 41), s.at(i + 2)?.kind == .number,
           s.at(i + 2)?.integerDigits == 3 {
            return i + 4 < n ? i + 4 : i + 2
        }
        // International phone: +44 20 7946 0958
        if s.isSymbol(i - 1, 43), s[i].gap == .none, s.at(i + 1)?.kind == .number, s[i + 1].isGrouped == false {
            var k = i
            while k + 1 < n, s[k + 1].kind == .number, s[k + 1].gap == .space { k += 1 }
            if k >= i + 2 { return k }
        }
        // Ordinals: 1st, 22nd, 4th (dates read them first).
        if let w = s.at(i + 1), w.kind == .word, w.gap == .none, Lexicon.ordinalSuffixes.contains(w.key) { return i + 1 }
        // Form names: 10-K, 8-K, 20-F, 10-Q; and letters glued to digits that are no unit: 5G, 3D.
        if s.isDash(i + 1), s[i + 1].gap == .none, let w = s.at(i + 2), w.kind == .word, w.gap == .none,
           w.length <= 2, w.isAllUpper || (w.isCapitalized && w.length == 1) {
            return chainEnd(s, from: i + 2)
        }
        if isNameSuffix(s, i + 1) { return chainEnd(s, from: i + 1) }
        // Ages: 42-year-old, 42 years old, aged 42
        if s.wordKey(i - 1) == aged || (s.wordKey(i - 1) == age && s.isWord(i - 2, at)) { return i }
        // List markers at the start of a line: "1." "2)"
        if t.gap.rawValue >= Token.Gap.newline.rawValue || i == 0, t.decimals == 0, t.mantissa < 100, let nx = s.at(i + 1), nx.gap == .none,
           nx.key == 46 || nx.key == 41, nx.kind == .symbol, s.at(i + 2).map({ $0.gap != .none }) ?? true {
            return i + 1
        }
        // Footnotes and list numbers in brackets: [3], (2) in prose.
        if s.isSymbol(i - 1, 91), s.isSymbol(i + 1, 93) { return i + 1 }
        if !inTable, s.isSymbol(i - 1, 40), s.isSymbol(i + 1, 41), t.decimals == 0, t.mantissa < 100,
           !t.isGrouped { return i + 1 }
        // Ratios and fractions: 24/7, 9/11, 3/4 (numeric dates are read first).
        if s.isSymbol(i + 1, 47), s[i + 1].gap == .none, s.at(i + 2)?.kind == .number, s[i + 2].gap == .none {
            return i + 2
        }
        // Addresses: 1600 Pennsylvania Avenue, 350 Fifth Ave., 4500 N. Michigan Ave., 1 Infinite Loop.
        if t.decimals == 0 && !t.isGrouped {
            var k = i + 1
            var caps = 0
            while let w = s.at(k), w.kind == .word, w.isCapitalized, caps < 4 {
                if caps > 0 && streetWords.contains(w.key) { return k }
                caps += 1
                k += 1
                // "N." "St." inside the street name
                if w.length <= 2, s.isSymbol(k, 46), s[k].gap == .none { k += 1 }
            }
            if let w = s.at(i + 1), w.kind == .word, !w.isCapitalized, lowercaseStreetWords.contains(w.key),
               let n = s.at(i + 2), n.kind == .word, t.integerDigits <= 5 {
                return i + 1
            }
        }
        // Postcodes: "CA 95014", "MA 02110-1301", ", 75004 Paris".
        if t.decimals == 0, !t.isGrouped, t.integerDigits == 5 {
            if let w = s.at(i - 1), w.kind == .word, w.isAllUpper, w.length == 2, stateCodes.contains(w.key) {
                return s.isDash(i + 1) && s.at(i + 2)?.kind == .number && s[i + 2].gap == .none ? i + 2 : i
            }
            if s.isSymbol(i - 1, 44), let w = s.at(i + 1), w.kind == .word, w.isCapitalized,
               s.at(i + 2).map({ $0.kind == .symbol }) ?? true {
                return i
            }
        }
        return nil
    }

    /// "am", "pm", "a.m.", "p.m." right after token `i`.
    static func meridiem(_ s: ScannedText, after i: Int) -> Int? {
        guard let w = s.at(i + 1), w.kind == .word else {
            return nil
        }
        if w.key == am || w.key == pm { return i + 1 }
        if (w.key == a || w.key == p), s.isSymbol(i + 2, 46), s.wordKey(i + 3) == m {
            return s.isSymbol(i + 4, 46) ? i + 4 : i + 3
        }
        if w.key == o, s.isApostrophe(i + 2), s.wordKey(i + 3) == oclock {
            return i + 3
        }
        return nil
    }

    /// The last token of an alphanumeric chain glued together (GPT-4o-mini, 737-800).
    static func chainEnd(_ s: ScannedText, from i: Int) -> Int {
        var e = i
        while let nx = s.at(e + 1), nx.gap == .none {
            if nx.kind == .word || nx.kind == .number { e += 1; continue }
            if s.isDash(e + 1) || nx.key == 46 || nx.key == 47,
               let after = s.at(e + 2), after.gap == .none, after.kind != .symbol {
                e += 2
                continue
            }
            break
        }
        return e
    }
}
