import DossierModel

/// Up or down for a figure that states a change, from the word that governs
/// it: a verb ("fell 2.71%", "cut 4,000 jobs"), a noun ("a 20% drop"), an
/// adverb ("down 5%"), or the figure's own sign ("-1.8%"). A figure marked
/// as a level ("to $84.12", "from $25m", "at 4%") has none.
enum DirectionFinder {
    static func direction(_ p: SentenceParse, top: Int, kind: FigureKind, text: String) -> Direction? {
        if kind == .date || kind == .duration { return nil }
        if let sign = text.unicodeScalars.first {
            if sign == "-" || sign == "\u{2212}" || text.lowercased().hasPrefix("minus") { return kind == .count ? nil : .down }
            if sign == "+" { return .up }
        }
        var figure = top
        // "rose 5% and 7%": a listed figure takes the change of the first.
        while p.role(figure) == "conj", let h = p.head(figure), p.tag(h) == .NUM || p.tag(h) == .SYM || p.tag(h) == .NOUN {
            figure = h
        }
        // "cut 4,000 jobs": a count's change is read where its noun stands.
        if kind == .count || kind == .quantity, p.role(figure) == "nummod", let noun = p.head(figure), p.tag(noun) == .NOUN {
            figure = noun
        }
        if let marker = p.caseMarker(figure), levelMarkers.contains(marker) { return nil }
        guard var g = p.head(figure) else { return nil }
        // "rose 8% year over year", "8% in the quarter" misattached: the time word is not the change.
        if p.tag(g) == .NOUN, MeaningWords.timeNouns.contains(p.lemmas[g]), let up = p.head(g) { g = up }
        let lemma = p.lemmas[g]
        let isPercent = kind == .percent || kind == .multiple
        switch p.tag(g) {
        case .VERB, .AUX:
            // "edged down 0.1%", "went up 5%": the particle says which way.
            if let particle = p.children[g].first(where: { ["compound:prt", "advmod"].contains(p.relation($0)) && $0 > g }) {
                let word = p.lemmas[particle]
                if word == "up" { return .up }
                if word == "down" { return .down }
            }
            if MeaningWords.upVerbs.contains(lemma) {
                if MeaningWords.upOnlyForPercent.contains(lemma) && !isPercent { return nil }
                return .up
            }
            if MeaningWords.downVerbs.contains(lemma) {
                if MeaningWords.downOnlyForPercent.contains(lemma) && !isPercent { return nil }
                return .down
            }
        case .NOUN:
            if MeaningWords.upNouns.contains(lemma) { return .up }
            if MeaningWords.downNouns.contains(lemma) {
                // "a loss of $5m" is a level; "a 5% loss" in value is a fall.
                if lemma == "loss" && !isPercent { return nil }
                return .down
            }
        case .ADV, .ADJ, .ADP:
            if MeaningWords.upMarkers.contains(lemma) && lemma != "more" && lemma != "above" { return .up }
            if MeaningWords.downMarkers.contains(lemma) && lemma != "less" && lemma != "below" { return .down }
        default:
            break
        }
        return nil
    }

    /// Prepositions that make a figure a level, not the size of a change.
    static let levelMarkers: Set<String> = ["to", "from", "at", "versus", "vs", "vs."]
}
