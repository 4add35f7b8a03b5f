/// Splits tokens into sentences: at `.`, `!`, `?` before a capital, a digit
/// or a quote; at blank lines; at line breaks that do not continue a
/// sentence — but not after abbreviations (Mr., U.S., Inc., Jan., No.),
/// initials, or inside decimals (which the tokenizer keeps whole).
enum SentenceSplitter {
    /// A sentence as a half-open range of token indices.
    typealias Span = Range<Int>

    static let abbreviations: WordSet = WordKey.set([
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
        "cmdr", "adm", "hon", "rev", "inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "v", "etc", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "dept", "univ", "assn", "fig", "figs", "vol", "p", "pp", "ch", "sec", "art", "para", "e", "i", "g",
        "cf", "ca", "c", "ft", "mt", "ave", "blvd", "rd", "ph", "mgmt", "intl", "natl", "plc", "llc", "op",
        "ed", "eds", "govt", "corp", "mfg", "av", "am", "pm", "u", "s", "n", "k", "a", "m",
    ])
    /// Abbreviations that often end a sentence too ("in the U.S. The …").
    static let closers: WordSet = WordKey.set(["inc", "corp", "co", "ltd", "etc", "s", "k", "m", "plc", "llc", "al", "am", "pm"])
    /// Words that start sentences; after a closing abbreviation they mark a boundary.
    static let starters: WordSet = WordKey.set([
        "the", "a", "an", "it", "its", "in", "but", "he", "she", "they", "we", "i", "this", "that", "these",
        "those", "there", "analysts", "shares", "revenue", "sales", "investors", "meanwhile", "however", "for",
        "on", "at", "as", "after", "while", "last", "some", "many", "most", "and", "if", "when", "according",
        "our", "his", "her", "their", "what", "why", "how", "still", "yet", "also", "so", "by", "under",
    ])

    static func split(_ s: ScannedText) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(s.count / 12 + 1)
        let n = s.count
        var start = 0
        var i = 0
        while i < n {
            let t = s[i]
            // Paragraph and line breaks.
            if i > start, t.gap.rawValue >= Token.Gap.newline.rawValue {
                if t.gap == .paragraph || !continuesLine(s, i) {
                    spans.append(start..<i)
                    start = i
                }
            }
            if t.kind == .symbol, t.key == 46 || t.key == 33 || t.key == 63 || t.key == 0x2026 {
                var e = i
                // Runs of terminal punctuation and closing quotes/brackets: `?!`, `."`, `.)`.
                while let nx = s.at(e + 1), nx.kind == .symbol, nx.gap == .none,
                      nx.key == 46 || nx.key == 33 || nx.key == 63 || nx.key == 34 || nx.key == 0x201D || nx.key == 0x2019
                        || nx.key == 39 || nx.key == 41 || nx.key == 93 || nx.key == 0x2026 {
                    e += 1
                }
                if let nx = s.at(e + 1), nx.gap != .none, isBoundary(s, period: i, next: e + 1) {
                    spans.append(start..<(e + 1))
                    start = e + 1
                }
                i = e + 1
                continue
            }
            i += 1
        }
        if start < n { spans.append(start..<n) }
        return spans
    }

    /// A single line break continues the sentence when the line before ends
    /// mid-sentence (a lowercase word, comma, hyphen) and the next line starts
    /// in lowercase or with a number: hard-wrapped prose in plain-text filings.
    static func continuesLine(_ s: ScannedText, _ i: Int) -> Bool {
        guard let prev = s.at(i - 1) else { return false }
        let prevOpen = (prev.kind == .word && !prev.isCapitalized) || prev.key == 44 && prev.kind == .symbol
            || s.isDash(i - 1) || prev.kind == .number || (prev.kind == .word && prev.isCapitalized)
        let nextLower = s[i].kind == .number || (s[i].kind == .word && !s[i].isCapitalized)
            || (s[i].kind == .word && prev.kind == .word && !prev.isCapitalized)
        return prevOpen && nextLower
    }

    static func isBoundary(_ s: ScannedText, period i: Int, next j: Int) -> Bool {
        let nx = s[j]
        let startsSentence: Bool = {
            if nx.kind == .word { return nx.isCapitalized || nx.flags & Token.innerUpper != 0 }
            if nx.kind == .number { return true }
            // Opening quotes, brackets and currency symbols.
            return nx.key == 34 || nx.key == 0x201C || nx.key == 0x2018 || nx.key == 39 || nx.key == 40 || nx.key == 91
                || Lexicon.currency(symbol: nx.key) != nil || nx.key == 0x2014 || nx.key == 45
        }()
        guard startsSentence else { return false }
        guard s[i].key == 46, let w = s.at(i - 1), w.kind == .word, s[i].gap == .none else { return true }
        // Initials: "J. P. Morgan", "U.S."
        let singleLetter = w.length == 1
        if abbreviations.contains(w.key) || singleLetter {
            if closers.contains(w.key) || (singleLetter && s.isSymbol(i - 2, 46)) {
                return nx.kind == .word && starters.contains(nx.key)
            }
            return false
        }
        return true
    }
}
