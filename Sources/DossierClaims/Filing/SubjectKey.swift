/// Normalises a subject for cross-referencing: "Anthropic", "Anthropic PBC",
/// "the AI company Anthropic" and "Anthropic's" all become `anthropic`.
public enum SubjectKey {
    /// Corporate suffixes dropped from the end of a name.
    static let suffixes: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "pbc", "plc", "llc", "llp",
        "lp", "ag", "sa", "s.a", "gmbh", "nv", "n.v", "bv", "b.v", "se", "spa", "s.p.a", "ab", "asa", "oyj", "kk",
        "pte", "pty", "sas", "sarl", "srl", "holdings", "group", "&", "and",
    ]
    /// Descriptive nouns: "the AI company Anthropic" keeps what follows the last one.
    static let descriptors: Set<String> = [
        "company", "firm", "startup", "start-up", "maker", "chipmaker", "automaker", "carmaker", "giant", "group",
        "lab", "developer", "retailer", "bank", "lender", "insurer", "carrier", "platform", "provider", "operator",
        "conglomerate", "rival", "owner", "parent", "subsidiary", "unit", "service", "app", "brand", "manufacturer",
        "producer", "supplier", "airline", "fund", "investor", "unicorn", "outfit", "network", "regulator",
    ]
    static let leading: Set<String> = ["the", "a", "an", "its", "their", "his", "her"]

    /// The key of `subject`: lowercased, without possessive, leading
    /// descriptors, corporate suffixes and punctuation.
    public static func normalize(_ subject: String) -> String {
        var words = subject
            .replacingApostrophes()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," || $0 == "\u{00A0}" })
            .map(String.init)
        guard !words.isEmpty else { return "" }
        // "the AI company Anthropic": a lowercase lead with a descriptor, then a name.
        if let firstWord = words.first, let c = firstWord.unicodeScalars.first, c.properties.isLowercase || leading.contains(firstWord.lowercased()) {
            if let d = words.lastIndex(where: { descriptors.contains($0.lowercased()) }), d + 1 < words.count,
               words[(d + 1)...].contains(where: { $0.unicodeScalars.first?.properties.isUppercase == true }) {
                words = Array(words[(d + 1)...])
            }
        }
        while let f = words.first, leading.contains(f.lowercased()), words.count > 1 { words.removeFirst() }
        // Possessive on the last word.
        if var last = words.last {
            if last.hasSuffix("'s") || last.hasSuffix("'S") { last.removeLast(2) }
            else if last.hasSuffix("'") { last.removeLast() }
            words[words.count - 1] = last
        }
        // Corporate suffixes, possibly several ("Holdings Inc.").
        while words.count > 1, let l = words.last, suffixes.contains(l.lowercased().trimmingDots()) { words.removeLast() }
        // An activity ends in a common noun; a name ("Boeing Commercial Airplanes") in a capitalized word.
        let endsLowercase = words.last?.unicodeScalars.first?.properties.isLowercase == true
        var lowered = words.map { $0.lowercased().trimmingDots() }.filter { !$0.isEmpty }
        // "Training a GPT-4-class model" and "Training GPT-4-class models" are one activity: without
        // articles, and with the head noun (the last word) singular.
        if endsLowercase, let verb = lowered.first, verb.count > 4, verb.hasSuffix("ing"), lowered.count > 1 {
            lowered = [verb] + lowered.dropFirst().filter { !leading.contains($0) }
            if lowered.count > 1 { lowered[lowered.count - 1] = singular(lowered[lowered.count - 1]) }
        }
        return lowered.joined(separator: " ")
    }

    /// The singular of a plural English noun, for the head of an activity ("models" → "model").
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s"), word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
        else { return word }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") || word.hasSuffix("sses") {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }
}

extension String {
    /// Straight apostrophes for curly ones, so "Anthropic’s" and "Anthropic's" agree.
    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 }))
    }

    /// Without leading and trailing periods ("Inc." → "inc", "U.S." keeps its inner dots).
    func trimmingDots() -> String {
        var s = Substring(self)
        while s.last == "." { s = s.dropLast() }
        while s.first == "." { s = s.dropFirst() }
        return String(s)
    }
}
