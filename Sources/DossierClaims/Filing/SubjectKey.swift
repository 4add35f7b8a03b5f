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
        let joined = words.map { $0.lowercased().trimmingDots() }.filter { !$0.isEmpty }.joined(separator: " ")
        return joined
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
