/// Finds names in a sentence: runs of capitalized words ("Bank of America",
/// "OpenAI", "GPT-4", "Johnson & Johnson"), without sentence-initial common
/// words, months, titles or the tokens of figures.
enum EntityFinder {
    struct Entity: Sendable { var first: Int; var last: Int }

    /// Capitalized words that are not names on their own.
    static let common: WordSet = {
        var s = FigureTraps.openers.union(SentenceSplitter.starters).union(CountedNoun.stops)
        s = s.union(WordKey.set([
            "revenue", "sales", "shares", "profit", "investors", "analysts", "prices", "costs", "spending", "funding",
            "earnings", "officials", "executives", "employees", "users", "customers", "regulators", "experts",
            "economists", "companies", "researchers", "most", "many", "few", "both", "total", "net", "operating",
            "global", "overall", "stock", "stocks", "according", "despite", "although", "meanwhile", "however",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tomorrow", "ceo", "cfo", "cto", "coo", "chief", "executive", "president", "chairman", "chairwoman",
            "founder", "cofounder", "director", "officer", "mr", "mrs", "ms", "dr", "sen", "senator", "rep",
            "gov", "governor", "judge", "secretary", "minister", "prime", "vice", "chair", "managing", "partner",
            "analyst", "spokesperson", "spokesman", "spokeswoman", "inc", "corp", "ltd", "plc", "llc", "co",
            "ai", "estimates", "estimated", "sources", "people", "training", "building", "extracting", "running",
            "developing", "making", "using", "data", "prior", "including", "under", "over", "following", "q", "h",
            "fy", "fiscal", "first", "second", "third", "fourth", "half", "quarter", "year", "years", "month",
            "company", "firm", "startup", "group", "market", "markets", "industry", "government", "report",
            "reports", "study", "survey", "figures", "results", "growth", "inflation", "one", "two", "three",
            "nobody", "everyone", "someone", "nothing", "something", "every", "such", "once", "twice", "why",
            "here", "there", "yes", "no", "not", "please", "note", "notes", "total", "revenues", "expenses",
            "item", "part", "section", "call", "visit", "contact", "click", "email", "write", "join", "buy", "sign", "series", "round", "table", "figure", "exhibit", "page", "see", "read", "related", "other",
        ]))
        return s.union(Lexicon.months.allKeys)
    }()
    /// Titles dropped from the start of a name.
    static let titles: WordSet = WordKey.set([
        "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "judge", "ceo", "cfo", "cto", "coo",
        "chief", "executive", "president", "chairman", "chairwoman", "founder", "cofounder", "director", "officer",
        "secretary", "minister", "prime", "vice", "chair", "managing", "partner", "analyst", "the", "general",
        "counsel", "treasurer", "head", "lead", "senior", "principal", "economist", "professor", "prof",
    ])
    static let connectors: WordSet = WordKey.set(["of", "de", "du", "van", "von", "der", "la", "le", "for", "and"])
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let ing = Array("ing".utf8)

    /// Names in `span`, skipping tokens covered by figures.
    static func find(_ s: ScannedText, in span: Range<Int>, figures: [Figure]) -> [Entity] {
        var out: [Entity] = []
        find(s, in: span, figures: figures, into: &out)
        return out
    }

    /// Names in `span` into `out`, which is emptied first (its storage is reused across sentences).
    static func find(_ s: ScannedText, in span: Range<Int>, figures: [Figure], into out: inout [Entity]) {
        out.removeAll(keepingCapacity: true)
        // Figures are few and ordered: a linear check beats building a set. In a long sentence a binary
        // search finds the figure starting at or before `k` (tokens are asked for once or twice each).
        let ordered = figures.count > 16 && MetricClassifier.SentenceCues.isOrdered(figures)
        func isCovered(_ k: Int) -> Bool {
            guard ordered else { return figures.contains { k >= $0.first && k <= $0.last } }
            var lo = 0, hi = figures.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if figures[mid].first <= k { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && k <= figures[lo - 1].last
        }
        var i = datelineEnd(s, span).map { $0 + 1 } ?? span.lowerBound
        while i < span.upperBound {
            guard isNameWord(s, i, sentenceStart: span.lowerBound), !isCovered(i) else { i += 1; continue }
            var first = i
            var last = i
            var j = i + 1
            while j < span.upperBound, !isCovered(j), let t = s.at(j) {
                if t.kind == .word && t.gap == .space && (t.isCapitalized || t.flags & Token.innerUpper != 0) {
                    last = j; j += 1; continue
                }
                if t.kind == .word && t.gap == .space && connectors.contains(t.key) && t.key != and,
                   let n = s.at(j + 1), n.kind == .word, n.isCapitalized, !isCovered(j + 1) {
                    last = j + 1; j += 2; continue
                }
                // Johnson & Johnson, AT&T
                if t.kind == .symbol && t.key == 38, let n = s.at(j + 1), n.kind == .word, n.isCapitalized {
                    last = j + 1; j += 2; continue
                }
                // GPT-4, Llama-3, H100, Llama 3 (a number that is no figure), U.S.
                if t.gap == .none && (t.kind == .number || t.kind == .word) { last = j; j += 1; continue }
                if t.gap == .none && (s.isDash(j) || t.key == 46) && t.kind == .symbol,
                   let n = s.at(j + 1), n.gap == .none, n.kind != .symbol, !(t.key == 46 && n.kind == .word && n.length > 1) {
                    last = j + 1; j += 2; continue
                }
                if t.kind == .number && t.gap == .space && t.integerDigits <= 3 && !t.isGrouped && t.decimals == 0,
                   s.at(j + 1).map({ $0.gap != .none || $0.kind == .word }) ?? true { last = j; j += 1; continue }
                break
            }
            // "U.S." keeps its final period.
            if s.isSymbol(last + 1, 46), s[last + 1].gap == .none, s.length(last) == 1, s.isSymbol(last - 1, 46) { last += 1 }
            // Drop titles: "Chief Executive Sam Altman" → "Sam Altman".
            while first < last, titles.contains(s.wordKey(first)) { first += 1 }
            if !(first == last && titles.contains(s.wordKey(first))) {
                out.append(Entity(first: first, last: last))
            }
            i = j
        }
        // "EV maker Rivian", "AI lab Anthropic": the descriptor's name is the name.
        var k = 0
        while k + 1 < out.count {
            if out[k + 1].first == out[k].last + 2, SubjectFinder.companyNouns.contains(s.wordKey(out[k].last + 1)) {
                out.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// "SEATTLE —", "NEW YORK, March 3 (Reuters) -": a dateline opening the sentence names a place of
    /// filing, not what the figures are about. The index of its dash, if there is one.
    static func datelineEnd(_ s: ScannedText, _ span: Range<Int>) -> Int? {
        let lo = span.lowerBound
        guard let t = s.at(lo), t.kind == .word, t.isAllUpper, t.length >= 3 || s.at(lo + 1)?.isAllUpper == true else { return nil }
        var j = lo + 1
        while j < span.upperBound, j - lo <= 12 {
            let u = s[j]
            if u.kind == .symbol, u.key == 0x2014 || u.key == 0x2013 || (u.key == 45 && u.gap != .none) { return j }
            // Prose has begun: a lowercase word before any dash.
            if u.kind == .word, !u.isCapitalized, !(u.isAllUpper) { return nil }
            j += 1
        }
        return nil
    }

    static let verbsAfterName: WordSet = WordKey.set([
        "is", "was", "has", "had", "will", "would", "could", "can", "may", "said", "says", "plans", "agreed", "reported",
        "posted", "raised", "made", "makes", "expects", "delivered", "announced", "shares", "stock", "also", "and",
        "are", "were", "rose", "fell", "grew", "sold", "took", "cut", "hit", "won", "lost", "paid", "spent", "set",
        "put", "led", "bought", "built", "saw", "became", "began", "brought", "kept", "held", "told", "wrote", "went",
        "came", "got", "gave", "sank", "slid", "shed", "must", "might", "should", "now", "just", "still", "then",
        "already", "recently", "previously", "unveiled", "launched", "plans", "wants", "hopes", "carried", "added",
        "shipped", "employs", "hired", "signed", "closed", "opened", "won", "chose", "became", "needs",
    ])

    static func followedByVerb(_ s: ScannedText, _ i: Int) -> Bool {
        guard let n = s.at(i + 1) else { return true }
        if n.kind == .symbol { return s.isApostrophe(i + 1) || n.key == 44 }
        if n.kind != .word || n.isCapitalized { return false }
        if verbsAfterName.contains(n.key) { return true }
        // Past tenses and third-person verbs: "Stripe raised", "Waymo operates".
        if n.length > 3 && s.string(n.end - 2, n.end) == "ed" { return true }
        return n.length > 4 && s.string(n.end - 1, n.end) == "s" && s.string(n.end - 2, n.end) != "ss"
    }

    static func isNameWord(_ s: ScannedText, _ i: Int, sentenceStart: Int) -> Bool {
        guard let t = s.at(i), t.kind == .word else { return false }
        guard t.isCapitalized || t.flags & Token.innerUpper != 0 else { return false }
        if t.isAllUpper && Lexicon.currencyCodes[t.key] != nil { return false }
        if common.contains(t.key) {
            // "The Information", "Bank", "Open" in a run start the run only when a name follows.
            return false
        }
        // Gerunds and adverbs opening a sentence are not names ("Extracting a model…", "Notably").
        let atStart = i == sentenceStart || s.isSymbol(i - 1, 34) || s.isSymbol(i - 1, 0x201C)
        // A lone capitalized word opening a sentence is a name when a verb or a possessive follows it
        // ("Nvidia reported", "Ryanair's"), not when a noun does ("Amortization of", "Interest expense").
        if atStart && !t.isAllUpper && t.flags & Token.innerUpper == 0,
           let n = s.at(i + 1), n.kind == .word, !n.isCapitalized, !followedByVerb(s, i) {
            return false
        }
        if atStart && t.length > 4 && !t.isAllUpper {
            let tail = s.bytes[(t.end - 3)..<t.end]
            // "Training GPT-4…" is an activity; "Boeing agreed", "Corning said" are names.
            if tail.elementsEqual(ing), !followedByVerb(s, i) { return false }
            // "Valued at $157 billion, …"
            if s.bytes[t.end - 1] == 100 && s.bytes[t.end - 2] == 101, s.isLowerWord(i + 1) { return false }
            if s.bytes[t.end - 1] == 121 && s.bytes[t.end - 2] == 108 { return false }  // -ly
        }
        return true
    }
}
