import DossierModel

/// The quantity a figure states, from the word the figure hangs on: the
/// counted noun ("4,000 jobs"), the noun it modifies or completes ("a $2
/// billion buyback", "revenue of $90 billion"), the subject of a linking or
/// change verb ("revenue was $5bn", "costs rose 5%"), or the verb itself
/// ("raised $250 million" is funding).
enum MeasureFinder {
    /// What was found: the phrase, the noun it is built on (for the subject stage), and the path for `--explain`.
    struct Found: Sendable {
        var phrase: String?
        var noun: Int?
        /// The noun is the thing priced ("a $349 Pro model"), so it is the subject, not the measure.
        var pricedThing: Int?
        var path: String
    }

    static func measure(_ p: SentenceParse, figure span: Range<Int>, top: Int, kind: FigureKind) -> Found {
        if kind == .date { return Found(path: "date") }
        var figure = top
        while p.role(figure) == "conj", let h = p.head(figure), !span.contains(h),
              p.tag(h) == .NUM || p.tag(h) == .SYM || p.tag(h) == .NOUN && p.children[h].contains(where: { p.tag($0) == .NUM }) {
            figure = h
        }
        // A count whose span holds its noun: the noun is the measure, unless it is a unit ("49.1 degrees",
        // "6.5 million tonnes"): then what the clause says is measured in it.
        if kind == .count, p.tag(top) == .NOUN, isUnitWord(p, top), let g = p.head(top), p.tag(g) == .VERB || p.tag(g) == .AUX {
            return verbMeasure(p, verb: g, figure: top, kind: kind)
        }
        if kind == .count, p.tag(top) == .NOUN, !isUnitWord(p, top) {
            return Found(phrase: eventPhrase(p, top), noun: top, path: "counted noun '\(p.words[top].form)'")
        }
        // "62 percent of respondents": a share of a whole measures the whole's part.
        if kind == .percent, let whole = p.children[figure].first(where: { p.role($0) == "nmod" && p.caseMarker($0) == "of" && p.tag($0) == .NOUN }) {
            return Found(phrase: phrase(p, whole), noun: whole, path: "share of '\(p.words[whole].form)'")
        }
        // "revenue was $5bn", "the cost is $2m": the figure is the predicate.
        if p.children[figure].contains(where: { p.role($0) == "cop" }) || p.role(figure) == "root" {
            if let s = p.child(of: figure, ["nsubj", "nsubj:pass"]), isMeasureNoun(p, s) {
                return Found(phrase: phrase(p, s), noun: s, path: "subject of the predicate '\(p.words[s].form)'")
            }
        }
        guard var g = p.head(figure) else { return Found(path: "no governor") }
        // "54% year over year", "3 percent a year": the time word is not what the figure measures.
        if p.tag(g) == .NOUN, MeaningWords.timeNouns.contains(p.lemmas[g]), let up = p.head(g) { g = up }
        let lemma = p.lemmas[g]
        switch p.tag(g) {
        case .NOUN, .PROPN:
            if kind == .count, p.role(figure) == "nummod" {
                return Found(phrase: eventPhrase(p, g), noun: g, path: "counted noun '\(p.words[g].form)'")
            }
            if MeaningWords.upNouns.contains(lemma) || MeaningWords.downNouns.contains(lemma) && lemma != "loss" {
                // "a 5% rise in revenue": the change is of what follows "in".
                if let what = p.children[g].first(where: { p.role($0) == "nmod" && ["in", "of"].contains(p.caseMarker($0) ?? "") }) {
                    return Found(phrase: phrase(p, what), noun: what, path: "change in '\(p.words[what].form)'")
                }
                return Found(phrase: phrase(p, g), noun: g, path: "change noun '\(p.words[g].form)'")
            }
            // A unit or a currency is not a measure ("to $4.80" read as hanging on "20 cents"): the one above.
            if isUnitWord(p, g), let up = p.head(g), p.tag(up) == .VERB || p.tag(up) == .AUX {
                return verbMeasure(p, verb: up, figure: figure, kind: kind)
            }
            // A party named with "by", "to" or "from" ("acquired by Parcelwise for $780 million") is not a thing priced.
            if kind == .money, p.tag(g) == .PROPN ? !["by", "to", "from"].contains(p.caseMarker(g) ?? "") : MeaningWords.pricedThings.contains(lemma) {
                return Found(phrase: "price", noun: nil, pricedThing: g, path: "price of '\(p.words[g].form)'")
            }
            if p.tag(g) == .PROPN || MeaningWords.companyNouns.contains(lemma) || MeaningWords.timeNouns.contains(lemma) {
                return Found(path: "hangs on a name '\(p.words[g].form)'")
            }
            return Found(phrase: phrase(p, g), noun: g, path: "\(p.relation(figure)) of '\(p.words[g].form)'")
        case .VERB, .AUX, .ADJ:
            return verbMeasure(p, verb: g, figure: figure, kind: kind)
        case .ADV, .ADP:
            // "up 5%": the change of what the clause is about.
            if let v = p.head(g), p.tag(v) == .VERB || p.tag(v) == .AUX {
                return verbMeasure(p, verb: v, figure: figure, kind: kind)
            }
            return Found(path: "adverb '\(p.words[g].form)'")
        default:
            return Found(path: "governor tagged \(p.tag(g))")
        }
    }

    /// The measure of a figure a verb governs.
    static func verbMeasure(_ p: SentenceParse, verb v: Int, figure: Int, kind: FigureKind) -> Found {
        let lemma = p.lemmas[v]
        // "Euro zone inflation rose", read with two subjects: the one that names a quantity.
        let subjects = p.children[v].filter { p.role($0) == "nsubj" }
        let subject = subjects.first { isMeasureNoun(p, $0) } ?? subjects.first
        let changes = MeaningWords.upVerbs.contains(lemma) || MeaningWords.downVerbs.contains(lemma)
        if changes || MeaningWords.linkingVerbs.contains(lemma) {
            // "revenue rose 5%", "costs totalled $5m": what the subject names.
            if let s = subject, isMeasureNoun(p, s) {
                return Found(phrase: phrase(p, s), noun: s, path: "subject '\(p.words[s].form)' of '\(p.words[v].form)'")
            }
            // "cut its forecast by 5%", "cut 4,000 jobs": what the verb acts on.
            if let o = p.child(of: v, ["obj"]), o != figure, isMeasureNoun(p, o) {
                return Found(phrase: phrase(p, o), noun: o, path: "object '\(p.words[o].form)' of '\(p.words[v].form)'")
            }
        }
        if lemma == "worth" { return Found(phrase: "value", path: "'worth'") }
        // "held the repo rate at 5.5%", "the jobless rate stood at 4.3%", "kept its deposit rate at 2%": a
        // level or a change stated with a preposition is of the object, else of the subject.
        // Only a noun that names a quantity: "Tessellate's effort would have cost $25 million" is a cost.
        if ["at", "to", "by", "from"].contains(p.caseMarker(figure) ?? "") {
            if let o = p.child(of: v, ["obj"]), o != figure, isMeasureNoun(p, o), MeaningWords.quantityNouns.contains(p.lemmas[o]) {
                return Found(phrase: phrase(p, o), noun: o, path: "object '\(p.words[o].form)' of '\(p.words[v].form)'")
            }
            if let s = subject, isMeasureNoun(p, s), MeaningWords.quantityNouns.contains(p.lemmas[s]) {
                return Found(phrase: phrase(p, s), noun: s, path: "subject '\(p.words[s].form)' of '\(p.words[v].form)'")
            }
        }
        // "The extraction of Corvid-3 took three weeks": what takes the time.
        if kind == .duration, let s = subject, isMeasureNoun(p, s) {
            return Found(phrase: phrase(p, s), noun: s, path: "subject '\(p.words[s].form)' takes the time")
        }
        // "the ring costs $299": what a thing sells for, in the present, is its price; "the plant cost $2bn",
        // "runs that will cost over $100m", "the effort would have cost $25m" are what is or was spent.
        if kind == .money, lemma == "cost", let s = subject, p.role(s) == "nsubj", p.words[v].form.lowercased() == "costs" {
            return Found(phrase: "price", path: "'\(p.words[v].form)' of a thing")
        }
        if kind == .money || kind == .duration, let named = MeaningWords.verbMeasures[lemma] {
            return Found(phrase: named, path: "verb '\(p.words[v].form)'")
        }
        return Found(path: "verb '\(p.words[v].form)' names no measure")
    }

    /// A common noun that can name a quantity: not a name, a pronoun, a company stand-in or a time.
    static func isMeasureNoun(_ p: SentenceParse, _ i: Int) -> Bool {
        guard p.isCommonNoun(i) else { return false }
        let lemma = p.lemmas[i]
        return !MeaningWords.companyNouns.contains(lemma) && !MeaningWords.timeNouns.contains(lemma)
    }

    /// A noun's measure phrase: its compounds and adjectives of kind as written, the noun in the
    /// singular, and an "of" complement that is not a name ("cost of sales").
    static func phrase(_ p: SentenceParse, _ n: Int) -> String {
        var parts: [String] = []
        for c in p.children[n] where c < n {
            let r = p.relation(c)
            guard r == "compound" || (r == "amod" && p.tag(c) != .ADJ) || (r == "amod" && classifyingAdjectives.contains(p.lemmas[c])) else { continue }
            guard p.tag(c) == .NOUN || p.tag(c) == .ADJ || p.tag(c) == .VERB else { continue }
            parts.append(p.words[c].form.lowercased())
        }
        // The head in the singular; "people" is the plural of "person" in a measure ("killed people").
        parts.append(p.tag(n) == .NOUN ? (p.lemmas[n] == "people" ? "person" : p.lemmas[n]) : p.words[n].form.lowercased())
        if p.tag(n) == .PROPN, parts.count == 1, parts[0].hasSuffix("s"), !parts[0].hasSuffix("ss") { parts[0].removeLast() }
        if let of = p.children[n].first(where: { $0 > n && p.role($0) == "nmod" && p.caseMarker($0) == "of" && p.tag($0) == .NOUN }),
           !MeaningWords.companyNouns.contains(p.lemmas[of]), !isUnitWord(p, of) {
            parts.append("of")
            for c in p.children[of] where c < of && p.relation(c) == "compound" { parts.append(p.words[c].form.lowercased()) }
            parts.append(p.words[of].form.lowercased())
        }
        return parts.joined(separator: " ")
    }

    /// A counted noun with the event that counts it ("killed 34 people" → `killed person`, "recalled
    /// 142,000 SUVs" → `recalled suv`): the dead and the injured are different counts of people. Other
    /// verbs ("employs 9,000 people", "cut 4,000 jobs", "carried 41 million passengers") add nothing: the
    /// noun alone.
    static func eventPhrase(_ p: SentenceParse, _ n: Int) -> String {
        let noun = phrase(p, n)
        guard let v = p.head(n), p.tag(v) == .VERB, ["obj", "nsubj:pass"].contains(p.relation(n)) else { return noun }
        let lemma = p.lemmas[v]
        guard MeaningWords.eventVerbs.contains(lemma), !isUnitWord(p, n), noun.split(separator: " ").count <= 2 else { return noun }
        return EnglishParticiples.pastParticiple(form: p.words[v].form.lowercased(), lemma: lemma) + " " + noun
    }

    /// A currency or a unit of measure ("cents", "C$", "tonnes"): what a figure is counted in, not what it measures.
    /// `currencies: false` for subjects, where a currency may be what a figure is about ("the dollar rose 0.5%").
    static func isUnitWord(_ p: SentenceParse, _ i: Int, currencies: Bool = true) -> Bool {
        let form = p.words[i].form
        let key = WordKey.of(form)
        if currencies, Lexicon.currencyWords[key] != nil || form.contains("$") { return true }
        if form == "%" { return true }
        // "by 200 basis points to 48 per cent": a percentage's own units.
        if Lexicon.percentWords.contains(key) || Lexicon.pointWords.contains(key) || form.lowercased() == "cent" { return true }
        return QuantityUnits.unit(for: form) != nil
    }

    /// Adjectives that say which quantity, not how big ("annual revenue", "operating income").
    static let classifyingAdjectives: Set<String> = [
        "annual", "quarterly", "monthly", "weekly", "daily", "net", "gross", "operating", "total", "average",
        "median", "capital", "federal", "national", "global", "domestic", "international", "foreign", "military",
        "public", "private", "market", "interest", "unemployment", "furloughed", "adjusted", "diluted", "core",
        "organic", "digital", "online", "retail", "wholesale", "minimum", "maximum", "base", "starting",
    ]
}
