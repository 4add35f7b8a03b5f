/// Small tables of words that make figures: scales, currencies, units.
enum Lexicon {
    /// A scale word and whether it must be glued to the number (`10m`, not `10 m`).
    struct Scale: Sendable { let exponent: Int; let gluedOnly: Bool }

    static let scales: WordTable<Scale> = WordKey.table([
        ("thousand", Scale(exponent: 3, gluedOnly: false)),
        ("million", Scale(exponent: 6, gluedOnly: false)),
        ("billion", Scale(exponent: 9, gluedOnly: false)),
        ("trillion", Scale(exponent: 12, gluedOnly: false)),
        ("k", Scale(exponent: 3, gluedOnly: true)),
        ("m", Scale(exponent: 6, gluedOnly: true)),
        ("mn", Scale(exponent: 6, gluedOnly: false)),
        ("mm", Scale(exponent: 6, gluedOnly: true)),
        ("mln", Scale(exponent: 6, gluedOnly: false)),
        ("mil", Scale(exponent: 6, gluedOnly: false)),
        ("b", Scale(exponent: 9, gluedOnly: true)),
        ("bn", Scale(exponent: 9, gluedOnly: false)),
        ("bln", Scale(exponent: 9, gluedOnly: false)),
        ("tn", Scale(exponent: 12, gluedOnly: false)),
        ("trn", Scale(exponent: 12, gluedOnly: false)),
        ("t", Scale(exponent: 12, gluedOnly: true)),
        ("lakh", Scale(exponent: 5, gluedOnly: false)),
        ("lakhs", Scale(exponent: 5, gluedOnly: false)),
        ("crore", Scale(exponent: 7, gluedOnly: false)),
        ("crores", Scale(exponent: 7, gluedOnly: false)),
    ])

    /// Scale words written out, which may stand after spelled numbers too.
    static let wordScales: WordSet = WordKey.set(["thousand", "million", "billion", "trillion"])

    /// Currency named after the number: (ISO code, factor, needs a scale or a large amount).
    struct CurrencyWord: Sendable { let code: String; let factor: Double; let strict: Bool }

    static let currencyWords: WordTable<CurrencyWord> = WordKey.table([
        ("dollar", CurrencyWord(code: "USD", factor: 1, strict: false)),
        ("dollars", CurrencyWord(code: "USD", factor: 1, strict: false)),
        ("euro", CurrencyWord(code: "EUR", factor: 1, strict: false)),
        ("euros", CurrencyWord(code: "EUR", factor: 1, strict: false)),
        ("pound", CurrencyWord(code: "GBP", factor: 1, strict: true)),
        ("pounds", CurrencyWord(code: "GBP", factor: 1, strict: true)),
        ("sterling", CurrencyWord(code: "GBP", factor: 1, strict: false)),
        ("yen", CurrencyWord(code: "JPY", factor: 1, strict: false)),
        ("yuan", CurrencyWord(code: "CNY", factor: 1, strict: false)),
        ("renminbi", CurrencyWord(code: "CNY", factor: 1, strict: false)),
        ("rupee", CurrencyWord(code: "INR", factor: 1, strict: false)),
        ("rupees", CurrencyWord(code: "INR", factor: 1, strict: false)),
        ("won", CurrencyWord(code: "KRW", factor: 1, strict: true)),
        ("franc", CurrencyWord(code: "CHF", factor: 1, strict: false)),
        ("francs", CurrencyWord(code: "CHF", factor: 1, strict: false)),
        ("cent", CurrencyWord(code: "USD", factor: 0.01, strict: false)),
        ("cents", CurrencyWord(code: "USD", factor: 0.01, strict: false)),
        ("pence", CurrencyWord(code: "GBP", factor: 0.01, strict: false)),
        ("rubles", CurrencyWord(code: "RUB", factor: 1, strict: false)),
        ("roubles", CurrencyWord(code: "RUB", factor: 1, strict: false)),
        ("pesos", CurrencyWord(code: "MXN", factor: 1, strict: false)),
        ("reais", CurrencyWord(code: "BRL", factor: 1, strict: false)),
        ("shilling", CurrencyWord(code: "KES", factor: 1, strict: true)),
        ("shillings", CurrencyWord(code: "KES", factor: 1, strict: true)),
        ("hryvnia", CurrencyWord(code: "UAH", factor: 1, strict: false)),
        ("hryvnias", CurrencyWord(code: "UAH", factor: 1, strict: false)),
        ("rand", CurrencyWord(code: "ZAR", factor: 1, strict: true)),
        ("lira", CurrencyWord(code: "TRY", factor: 1, strict: false)),
        ("liras", CurrencyWord(code: "TRY", factor: 1, strict: false)),
        ("baht", CurrencyWord(code: "THB", factor: 1, strict: false)),
        ("ringgit", CurrencyWord(code: "MYR", factor: 1, strict: false)),
        ("dirhams", CurrencyWord(code: "AED", factor: 1, strict: false)),
        ("riyals", CurrencyWord(code: "SAR", factor: 1, strict: false)),
        ("zlotys", CurrencyWord(code: "PLN", factor: 1, strict: false)),
        ("zloty", CurrencyWord(code: "PLN", factor: 1, strict: false)),
        ("kronor", CurrencyWord(code: "SEK", factor: 1, strict: false)),
        ("kroner", CurrencyWord(code: "NOK", factor: 1, strict: false)),
        ("naira", CurrencyWord(code: "NGN", factor: 1, strict: false)),
        ("shekels", CurrencyWord(code: "ILS", factor: 1, strict: false)),
        ("rupiah", CurrencyWord(code: "IDR", factor: 1, strict: false)),
        ("dong", CurrencyWord(code: "VND", factor: 1, strict: true)),
        ("euro", CurrencyWord(code: "EUR", factor: 1, strict: false)),
        ("satang", CurrencyWord(code: "THB", factor: 0.01, strict: false)),
        ("sen", CurrencyWord(code: "MYR", factor: 0.01, strict: false)),
        ("forints", CurrencyWord(code: "HUF", factor: 1, strict: false)),
    ])

    /// Currencies named by their country before the word, after the number ("52 billion Hong Kong dollars",
    /// "3.2 million Danish crowns"): the words in lower case, as written, and the ISO code.
    static let nationalCurrencies: [String: String] = [
        "u.s. dollars": "USD", "us dollars": "USD", "hong kong dollars": "HKD", "canadian dollars": "CAD",
        "australian dollars": "AUD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
        "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "swiss francs": "CHF", "chinese yuan": "CNY",
        "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK", "swedish kronor": "SEK",
        "norwegian crowns": "NOK", "norwegian kroner": "NOK", "czech crowns": "CZK", "mexican pesos": "MXN",
        "philippine pesos": "PHP", "argentine pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP",
        "brazilian reais": "BRL", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
        "japanese yen": "JPY", "turkish lira": "TRY", "russian roubles": "RUB", "russian rubles": "RUB",
        "south african rand": "ZAR", "south korean won": "KRW", "egyptian pounds": "EGP", "kenyan shillings": "KES",
        "nigerian naira": "NGN", "malaysian ringgit": "MYR", "thai baht": "THB", "polish zlotys": "PLN",
        "israeli shekels": "ILS", "saudi riyals": "SAR", "hungarian forints": "HUF", "indonesian rupiah": "IDR",
    ]

    /// The most words a ``nationalCurrencies`` name spans, counting "U.S." as its four pieces.
    static let nationalCurrencyTokens = 6

    /// ISO 4217 codes written as words (`USD 200`, `200 EUR`).
    static let currencyCodes: WordTable<String> = {
        var t: [UInt64: String] = [:]
        for c in ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "HKD", "SGD", "KRW",
                  "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "RUB", "NZD", "TWD", "AED", "SAR", "ILS",
                  "PLN", "TRY", "THB", "IDR", "MYR", "PHP", "VND", "NGN", "KES", "EGP", "CZK", "HUF"] {
            t[WordKey.of(c)] = c
        }
        t[WordKey.of("RMB")] = "CNY"
        return WordTable(t)
    }()

    /// Letters glued before `$` that name a dollar (`US$`, `HK$`, `A$`).
    static let dollarPrefixes: WordTable<String> = WordKey.table([
        ("us", "USD"), ("a", "AUD"), ("au", "AUD"), ("c", "CAD"), ("ca", "CAD"), ("can", "CAD"),
        ("hk", "HKD"), ("s", "SGD"), ("sg", "SGD"), ("nz", "NZD"), ("r", "BRL"), ("mx", "MXN"),
        ("nt", "TWD"),
    ])

    /// Currency symbols.
    static func currency(symbol s: UInt64) -> String? {
        switch s {
        case 36: return "USD"
        case 0x20AC: return "EUR"
        case 0xA3: return "GBP"
        case 0xA5: return "JPY"
        case 0x20B9: return "INR"
        case 0x20A9: return "KRW"
        case 0x20BD: return "RUB"
        case 0x20BA: return "TRY"
        case 0x20AA: return "ILS"
        case 0x20B1: return "PHP"
        case 0x20AB: return "VND"
        case 0x20A6: return "NGN"
        default: return nil
        }
    }

    /// Duration units, by the singular name used in `unit`.
    static let durationUnits: WordTable<String> = WordKey.table([
        ("second", "second"), ("seconds", "second"), ("sec", "second"), ("secs", "second"),
        ("minute", "minute"), ("minutes", "minute"), ("mins", "minute"),
        ("hour", "hour"), ("hours", "hour"), ("hr", "hour"), ("hrs", "hour"),
        ("day", "day"), ("days", "day"),
        ("week", "week"), ("weeks", "week"), ("wk", "week"), ("wks", "week"),
        ("month", "month"), ("months", "month"), ("mo", "month"), ("mos", "month"),
        ("quarter", "quarter"), ("quarters", "quarter"),
        ("year", "year"), ("years", "year"), ("yr", "year"), ("yrs", "year"),
        ("decade", "decade"), ("decades", "decade"),
        ("century", "century"), ("centuries", "century"),
    ])

    /// Words allowed between a number and its duration unit ("ten business days").
    static let durationModifiers: WordSet = WordKey.set([
        "business", "working", "calendar", "trading", "full", "straight", "consecutive", "more",
        "additional", "extra", "further", "fiscal",
    ])

    static let percentWords: WordSet = WordKey.set(["percent", "pct", "percentage", "pc"])
    static let pointWords: WordSet = WordKey.set(["point", "points"])
    static let percentagePointAbbreviations: WordSet = WordKey.set(["pp", "ppt", "ppts", "pts"])
    static let basisPointAbbreviations: WordSet = WordKey.set(["bp", "bps", "bpts"])

    static let months: WordTable<Int> = WordKey.table([
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ])
    /// Month names that are also ordinary words and need a day or year beside them.
    static let ambiguousMonths: WordSet = WordKey.set(["may", "march", "mar", "jan", "dec", "sep", "oct", "aug", "jun", "jul", "apr", "nov", "feb", "sept"])

    static let ordinalSuffixes: WordSet = WordKey.set(["st", "nd", "rd", "th"])
}
