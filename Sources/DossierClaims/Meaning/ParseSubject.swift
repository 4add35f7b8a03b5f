import DossierLanguage
import DossierModel

/// What a figure is about, from the parse: the possessor of its measure
/// ("Apple's revenue"), a name its measure is "of" or "for" ("a valuation of
/// $30 billion for Anthropic"), the thing priced ("a $349 Pro model"), else
/// the subject of the nearest verb above the figure that has one — the object
/// for verbs whose object bears the figure ("acquired Slack for $27.7bn",
/// "fined Meta €797m") — through relative clauses to the noun they describe.
enum ParseSubject {
    struct Found: Sendable {
        /// The subject's head word.
        var word: Int
        /// A pronoun or "the company": the caller resolves it to the name the text gave earlier.
        var isStandIn: Bool
        var path: String
        /// The stand-in is a pronoun (resolved, or else dropped).
        var isPronoun = false
        /// A clause ("Building the plant will take two years"): its text runs from its first word to
        /// this one (the last before its verb), whatever the parser hung where.
        var clauseEnd: Int?
    }

    /// How far up the tree the subject is looked for: a figure deep in a clause still finds the
    /// subject of a verb a few levels up ("agreed to fund a $2bn buyback"), but not a distant one.
    static let maximumClimb = 6

    static func subject(_ p: SentenceParse, top: Int, figure: Range<Int>, measure: MeasureFinder.Found, kind: FigureKind) -> Found? {
        if kind == .date { return nil }
        guard let found = candidate(p, top: top, measure: measure), !figure.contains(found.word) else { return nil }
        return found
    }

    static func candidate(_ p: SentenceParse, top: Int, measure: MeasureFinder.Found) -> Found? {
        if let thing = measure.pricedThing { return Found(word: thing, isStandIn: false, path: "thing priced") }
        // The possessor or a named complement of the measure noun or of the figure itself.
        for n in [measure.noun, top].compactMap({ $0 }) {
            if let found = owner(p, n) { return found }
        }
        var k = measure.noun ?? top
        var climbed = 0
        // Above a reporting verb ("X said revenue rose 5%") only a name is the subject: "regulators
        // said", "the filing said" name a source, not what the figure is about.
        var reported = false
        while let a = p.head(k), climbed < maximumClimb {
            climbed += 1
            reported = reported || p.role(k) == "ccomp" || p.role(k) == "parataxis"
            defer { k = a }
            let lemma = p.lemmas[a]
            let isVerbLike = p.tag(a) == .VERB || p.tag(a) == .AUX || p.children[a].contains { p.role($0) == "cop" }
            guard isVerbLike || p.tag(a) == .ADJ else {
                // A participle or infinitive clause on a noun ("a plant costing $2bn"): the noun.
                continue
            }
            if MeaningWords.objectBearerVerbs.contains(lemma) {
                // Only a named object: "agreed to buy the studio for $71bn" is about the buyer.
                if let o = p.child(of: a, ["obj", "iobj"]), o != k, p.tag(o) != .NUM, p.tag(o) != .SYM,
                   let found = owner(p, o) ?? (isNamed(p, o) || p.tag(o) == .PRON ? accept(p, o, "object of '\(p.words[a].form)'") : nil) {
                    return found
                }
            }
            if var s = p.child(of: a, ["nsubj", "nsubj:pass", "csubj", "csubj:pass"]), s != measure.noun {
                // "Japan's Kagura Holdings reported", read with "Japan" as the subject: the name after the "'s".
                if let owned = possessedAfter(p, s) { s = owned }
                if MeaningWords.isAuthority(p.lemmas[s]), let party = partyBefore(p, verb: a, measure: measure.noun, figure: top) {
                    // "The appeals court cut the damages owed by Vireo Systems", "a jury found Graystone liable":
                    // a court, a jury or a regulator decides; the figure is about the party before it.
                    return party
                }
                if p.isCommonNoun(s), MeaningWords.quantityNouns.contains(p.lemmas[s].lowercased()) {
                    // "Palantir's revenue grew 54%": a quantity is not what the figure is about, its owner is.
                    if let found = owner(p, s) { return found }
                } else if MeaningWords.relativePronouns.contains(p.lemmas[s]), p.relation(a).hasPrefix("acl"), let noun = p.head(a) {
                    if let found = accept(p, noun, "noun described by '\(p.words[a].form)'") { return found }
                } else if p.role(s) == "csubj" {
                    if !reported {
                        var end = a - 1
                        while end > s, p.role(end) == "aux" || p.role(end) == "advmod" || p.tag(end) == .PUNCT || p.tag(end) == .PART { end -= 1 }
                        return Found(word: s, isStandIn: false, path: "clausal subject of '\(p.words[a].form)'", clauseEnd: max(end, s))
                    }
                } else if (reported || MeaningWords.speechVerbs.contains(lemma)) && !isNamed(p, s) {
                    // A source, not a subject; nothing higher up is either.
                    return nil
                } else if let found = accept(p, s, "subject of '\(p.words[a].form)'") {
                    return found
                }
            }
            // "a plant costing $2bn", "the deal, valued at $5bn": the noun, when the figure is what the
            // clause's verb states ("fees paid through 4,000 accounts" are not the accounts' subject).
            if p.relation(a).hasPrefix("acl"), let noun = p.head(a), p.tag(noun) == .NOUN || p.tag(noun) == .PROPN,
               ["obj", "iobj", "nsubj"].contains(p.role(k)) || MeaningWords.verbMeasures[lemma] != nil,
               let found = accept(p, noun, "noun described by '\(p.words[a].form)'") {
                return found
            }
            // Up through "agreed to fund", "plans to spend", listed verbs and reported speech.
            let r = p.role(a)
            guard r == "xcomp" || r == "conj" || r == "ccomp" || r == "advcl" || r == "root" || r == "parataxis" else { break }
        }
        return nil
    }

    /// The owner of a noun: its possessor ("Apple's revenue") or a name it is "of", "for", "at" or "by"
    /// ("a valuation of $30 billion for Anthropic", "all outstanding shares of Pinewood").
    static func owner(_ p: SentenceParse, _ n: Int) -> Found? {
        if let o = p.child(of: n, ["nmod:poss"]), p.tag(o) == .PRON, let named = clauseName(p, above: n) {
            // "Brenna Fisk lifted its dividend": "its" is the clause's named subject.
            return accept(p, named, "'\(p.words[o].form)' is the subject of its clause")
        }
        if let o = p.child(of: n, ["nmod:poss"]), let found = accept(p, o, "possessor of '\(p.words[n].form)'") {
            // "Japan's Nikkei share average", "Britain's Parcelink": a named thing is what its owner's
            // figure is about ("Apple's revenue" names nothing, so it is Apple's).
            // ("Apple's iPhone revenue" is still Apple's: a quantity with a name in it is the owner's.)
            if p.tag(o) == .PROPN, isNamed(p, n), !MeaningWords.quantityNouns.contains(p.lemmas[n]),
               let named = accept(p, n, "name owned by '\(p.words[o].form)'") { return named }
            return found
        }
        if let named = p.children[n].first(where: {
            p.role($0) == "nmod" && p.tag($0) == .PROPN && ownerMarkers.contains(p.caseMarker($0) ?? "")
        }) {
            return accept(p, named, "'\(p.caseMarker(named) ?? "")' complement of '\(p.words[n].form)'")
        }
        // "the price of a medium latte", "orders for heavy trucks", "average fares on the route": a quantity's
        // thing, named or not, unless it is itself a quantity ("cost of sales") or a company stand-in.
        if p.isCommonNoun(n), MeaningWords.quantitiesOfThings.contains(p.lemmas[n]),
           let thing = p.children[n].first(where: {
               $0 > n && p.role($0) == "nmod" && p.tag($0) == .NOUN && thingMarkers.contains(p.caseMarker($0) ?? "")
                   && !MeaningWords.quantityNouns.contains(p.lemmas[$0]) && !MeaningWords.companyNouns.contains(p.lemmas[$0])
           }) {
            return accept(p, thing, "'\(p.caseMarker(thing) ?? "")' thing of '\(p.words[n].form)'")
        }
        return nil
    }

    /// The prepositions that tie a quantity to the thing it is a quantity of.
    static let thingMarkers: Set<String> = ["of", "for", "on"]

    /// The named subject of the verb `n` hangs on (up to two verbs up: "agreed to raise its dividend").
    static func clauseName(_ p: SentenceParse, above n: Int) -> Int? {
        var k = n
        for _ in 0..<3 {
            guard let h = p.head(k) else { return nil }
            if p.tag(h) == .VERB || p.tag(h) == .AUX, let s = p.child(of: h, ["nsubj"]), s != n, isNamed(p, s) {
                return possessedAfter(p, s) ?? s
            }
            k = h
        }
        return nil
    }

    /// The noun phrase after a possessive "'s" that the parser hung on the possessor instead ("Japan's
    /// Kagura Holdings reported", read with "Japan" as the subject): its head, or nil when `s` is not such.
    static func possessedAfter(_ p: SentenceParse, _ s: Int) -> Int? {
        guard p.relation(s) != "nmod:poss", s + 2 < p.count,
              let mark = p.children[s].first(where: { $0 == s + 1 && (p.words[$0].form == "'s" || p.words[$0].form == "'") }),
              p.tag(mark + 1) == .PROPN || p.tag(mark + 1) == .NOUN else { return nil }
        var j = mark + 1
        while let h = p.head(j), h > j, h - (mark + 1) < maximumWords,
              ["compound", "flat", "amod"].contains(p.role(j)), p.tag(h) == .PROPN || p.tag(h) == .NOUN {
            j = h
        }
        return j
    }

    /// The party an authority's decision is about: the verb's object ("fined three cable makers", "found
    /// Graystone Health liable"), or who owes or pays the measure ("damages owed by Vireo Systems", "a
    /// settlement by Quillon AI").
    static func partyBefore(_ p: SentenceParse, verb a: Int, measure: Int?, figure: Int) -> Found? {
        for o in p.children[a] where ["obj", "iobj"].contains(p.role(o)) && o != figure && o != measure
            && p.tag(o) != .NUM && p.tag(o) != .SYM && !MeaningWords.quantityNouns.contains(p.lemmas[o]) && !isUnit(p, o) {
            if let found = accept(p, o, "party before '\(p.words[a].form)'") { return found }
        }
        // "awarded $2 million in damages to Harlow Foods": the party it goes to.
        if let to = p.children[a].first(where: { p.role($0) == "obl" && p.caseMarker($0) == "to" && $0 != figure }),
           let found = accept(p, to, "'to' party of '\(p.words[a].form)'") {
            return found
        }
        for n in [measure, p.child(of: a, ["obj"])].compactMap({ $0 }) + p.children[a].filter({ p.role($0) == "obl" }) {
            for c in p.children[n] {
                // "owed by X", "paid by X": the agent of a participle on the measure.
                if p.role(c) == "acl", let agent = p.children[c].first(where: { p.role($0) == "obl" && p.caseMarker($0) == "by" }),
                   let found = accept(p, agent, "'by' party of '\(p.words[n].form)'") {
                    return found
                }
                if p.role(c) == "nmod", ["by", "to"].contains(p.caseMarker(c) ?? ""),
                   let found = accept(p, c, "'\(p.caseMarker(c) ?? "")' party of '\(p.words[n].form)'") {
                    return found
                }
            }
        }
        return nil
    }

    /// Not "in" ("factories in Germany" are Volkswagen's) nor "by" ("fined by the EU").
    static let ownerMarkers: Set<String> = ["of", "for", "at"]

    /// A name, or a noun with a name in it ("Pinewood Systems", "the Sandbank project").
    static func isNamed(_ p: SentenceParse, _ i: Int) -> Bool {
        p.tag(i) == .PROPN || p.children[i].contains {
            (p.relation($0) == "compound" || p.role($0) == "flat" || p.role($0) == "appos" && $0 == i + 1) && p.tag($0) == .PROPN
        }
    }

    /// The word as a subject, or nil when it cannot be one (a verb, a function word, a time, a number).
    static func accept(_ p: SentenceParse, _ i: Int, _ path: String) -> Found? {
        let lemma = p.lemmas[i]
        switch p.tag(i) {
        case .PROPN:
            // Month names are tagged as names: "September" is a time, never a subject.
            if MeaningWords.timeNouns.contains(lemma) || isUnit(p, i) { return nil }
            return Found(word: i, isStandIn: false, path: path)
        case .NOUN:
            if MeaningWords.timeNouns.contains(lemma) || isUnit(p, i) { return nil }
            let definite = p.children[i].contains { p.role($0) == "det" && ["the", "this", "that"].contains(p.lemmas[$0]) }
            let standIn = MeaningWords.companyNouns.contains(lemma) && definite
                && !p.children[i].contains { p.relation($0) == "compound" || p.relation($0) == "flat" || p.tag($0) == .PROPN }
            return Found(word: i, isStandIn: standIn, path: path)
        case .PRON:
            guard MeaningWords.standInPronouns.contains(lemma) || MeaningWords.standInPronouns.contains(p.words[i].form.lowercased()) else { return nil }
            return Found(word: i, isStandIn: true, path: path + " (pronoun)", isPronoun: true)
        case .NUM, .X:
            // "3M", "7-Eleven" are tagged as numbers at times: only a capitalised one can be a name.
            guard p.words[i].form.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return nil }
            return Found(word: i, isStandIn: false, path: path)
        default:
            return nil
        }
    }

    /// A unit of measure, or a word of one ("GWh", "British" in "British thermal units"): never a subject.
    static func isUnit(_ p: SentenceParse, _ i: Int) -> Bool {
        if MeasureFinder.isUnitWord(p, i, currencies: false) { return true }
        guard let h = p.head(i), h == i + 1 || h == i + 2, ["amod", "compound"].contains(p.role(i)) else { return false }
        return QuantityUnits.unit(for: p.text(from: i, to: h)) != nil
    }

    /// The subject's words as written: the head with its compounds, flat names, adjectives before it
    /// and coordinated names ("Google and Apple"), without a leading determiner; at most
    /// ``maximumWords`` words.
    static func text(_ p: SentenceParse, _ bytes: [UInt8], head: Int, clauseEnd: Int? = nil) -> String? {
        if let end = clauseEnd {
            return end - head < maximumWords ? p.text(bytes, head, end) : nil
        }
        // "inference startup Lumio", read with the common noun as the head: the name is the subject.
        var head = head
        // A name's second word the parse made its own head ("Systems" of "Pellow Systems"): the name.
        if p.role(head) == "flat", let h = p.head(head), h < head, p.tag(h) == .PROPN { head = h }
        if p.tag(head) == .NOUN, let name = p.children[head].first(where: { c in
            c > head && p.tag(c) == .PROPN && ["appos", "flat", "compound", "nmod"].contains(p.role(c)) && p.caseMarker(c) == nil
                && (head + 1...c).allSatisfy { p.tag($0) == .PROPN }
        }) {
            head = name
        }
        var first = head, last = head
        func take(_ n: Int, depth: Int) {
            for c in p.children[n] {
                let r = p.relation(c)
                let joins = r == "compound" || p.role(c) == "flat" || r == "compound:prt"
                    || (r == "amod" && c < n)
                    || (r == "conj" && depth == 0 && (p.tag(c) == .PROPN || p.tag(c) == .NOUN))
                    || (r == "nummod" && p.tag(n) == .PROPN)
                guard joins else { continue }
                first = min(first, c)
                last = max(last, c)
                take(c, depth: r == "conj" ? depth + 1 : depth)
            }
        }
        take(head, depth: 0)
        if (first...last).contains(where: { p.tag($0) == .PROPN }) {
            (first, last) = nameRun(p, first, last)
        }
        // "Australian miner Tallow Resources", "Indian IT services firm Sarvatech": the descriptor before a
        // name is not part of it (a descriptor holds a common noun; "Federal Reserve" holds none).
        if p.tag(head) == .PROPN, first < head {
            var run = head
            // A capitalised word the tagger misread stays in the name ("Vantor Networks").
            while run - 1 >= first, p.tag(run - 1) == .PROPN || p.words[run - 1].form == "&"
                || p.words[run - 1].form.unicodeScalars.first?.properties.isUppercase == true { run -= 1 }
            if (first..<run).contains(where: { p.tag($0) == .NOUN }) { first = run }
        }
        // Words glued to the phrase by a hyphen or slash belong to it ("London-based", "five-year").
        while first > 0, !p.words[first - 1].spaceAfter {
            if p.tag(first - 1) == .PUNCT && p.words[first - 1].form != "-" && p.words[first - 1].form != "/" { break }
            first -= 1
        }
        while first < last, p.role(first) == "det" || p.tag(first) == .PUNCT || p.tag(first) == .DET
            || isLeadingDay(p, first, head: head) { first += 1 }
        while last > first, p.tag(last) == .PUNCT || p.tag(last) == .PART { last -= 1 }
        guard last - first < maximumWords else {
            return p.text(bytes, max(first, head - maximumWords + 1), head)
        }
        return p.text(bytes, first, last)
    }

    static let maximumWords = 8

    /// A name's words the parse left out: capitalised words right beside it that the tagger read as
    /// common nouns or adjectives ("Vantor" in "Vantor Networks beat estimates", an unknown word at
    /// the start of a sentence). Not a word with a preposition of its own ("In China Apple sold …"),
    /// not a time, not across punctuation; on the right only names hung inside the phrase (a title-case
    /// headline's next word may be its verb).
    static func nameRun(_ p: SentenceParse, _ first: Int, _ last: Int) -> (Int, Int) {
        /// Capitalised, and not a time word ("Monday", "May").
        func nameWord(_ i: Int) -> Bool {
            guard let initial = p.words[i].form.unicodeScalars.first, initial.properties.isUppercase else { return false }
            return !MeaningWords.timeNouns.contains(p.lemmas[i].lowercased()) && !MeaningWords.timeNouns.contains(p.words[i].form.lowercased())
        }
        var first = first, last = last
        while first - 1 >= 0, p.words[first - 1].spaceAfter, [.PROPN, .NOUN, .ADJ].contains(p.tag(first - 1)),
              nameWord(first - 1), p.caseMarker(first - 1) == nil {
            first -= 1
        }
        while last + 1 < p.words.count, p.words[last].spaceAfter, p.tag(last + 1) == .PROPN, nameWord(last + 1),
              let h = p.head(last + 1), (first...last).contains(h) {
            last += 1
        }
        return (first, last)
    }

    /// A weekday or month name the parse hung at the front of a name, after its preposition ("On
    /// Monday Halberd Capital agreed …"); not the first word of a name such as "Time Warner".
    static func isLeadingDay(_ p: SentenceParse, _ i: Int, head: Int) -> Bool {
        guard i < head, i > 0, p.tag(i - 1) == .ADP, p.tag(i) == .PROPN else { return false }
        return MeaningWords.timeNouns.contains(p.words[i].form.lowercased())
    }
}
