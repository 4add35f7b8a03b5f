/// Dictionary forms of words, given their UPOS tag, following UD English EWT.
///
/// An exception table (``EnglishWords``) handles irregular forms; suffix rules handle the rest
/// (plurals, verb "-s"/"-ed"/"-ing" with doubling and silent-e restoration, "-er"/"-est").
/// Lemmas are lowercase except for proper nouns, "I", acronyms and nationality adjectives.
public enum Lemmatizer {
    /// The UD lemma of a word given its UPOS tag ("went"/VERB → "go", "companies"/NOUN → "company",
    /// "'s"/AUX → "be", "n't"/PART → "not", "$"/SYM → "$", proper nouns unchanged).
    public static func lemma(of form: String, tag: UPOS) -> String {
        switch tag {
        case .PROPN:
            return properNounLemma(form)
        case .PUNCT:
            return punctuationLemma(form)
        case .SYM:
            return form
        case .NUM:
            return numberLemma(form)
        case .NOUN:
            return nounLemma(lowercase(form))
        case .VERB, .AUX:
            let lower = lowercase(form)
            return EnglishWords.irregularVerbs[lower] ?? VerbSuffixes.base(of: lower)
        case .ADJ:
            if isCapitalisedName(form) { return form }
            return comparativeLemma(lowercase(form), adverb: false)
        case .ADV:
            let lower = lowercase(form)
            return EnglishWords.comparedAdverbs[lower] ?? lower
        case .PART:
            let lower = lowercase(form)
            return EnglishWords.particleLemmas[lower] ?? lower
        case .PRON, .DET, .ADP, .CCONJ, .SCONJ, .INTJ, .X:
            let lower = lowercase(form)
            return EnglishWords.functionWordLemmas[lower] ?? lower
        }
    }

    /// Proper nouns keep their spelling; only calendar abbreviations expand ("Sept." → "September").
    private static func properNounLemma(_ form: String) -> String {
        let bare = form.hasSuffix(".") ? String(form.dropLast()) : form
        return EnglishWords.calendarAbbreviations[bare] ?? form
    }

    /// EWT writes curly quotes as straight ones and dashes as "-".
    private static func punctuationLemma(_ form: String) -> String {
        switch form {
        case "“", "”", "„", "«", "»": return "\""
        case "‘", "’": return "'"
        case "—", "–", "―", "‒": return "-"
        case "…": return "."
        case "’’", "‘’", "‘‘": return "''"
        default: return form
        }
    }

    /// Digits lose their thousands separators ("2,400" → "2400"); number words and scales are lowercase
    /// ("Two" → "two", "bn" → "billion"); Roman numerals keep their capitals.
    private static func numberLemma(_ form: String) -> String {
        let utf8 = form.utf8
        if let first = utf8.first, first.isASCIIDigit {
            return utf8.contains(UInt8(ascii: ",")) ? String(form.filter { $0 != "," }) : form
        }
        if utf8.allSatisfy({ "IVXLCDM".utf8.contains($0) }) { return form }
        let lower = lowercase(form)
        return EnglishWords.numberWordLemmas[lower] ?? lower
    }

    /// Capitalised adjectives of nationality and religion ("American", "Chinese", "Islamic", "Iraqi")
    /// and the few that mostly stand in names ("United", "New") keep their capital, as in EWT;
    /// any other capital is taken to open a sentence.
    private static func isCapitalisedName(_ form: String) -> Bool {
        let utf8 = form.utf8
        guard let first = utf8.first, first.isASCIIUpper, utf8.count > 1,
              utf8.dropFirst().allSatisfy({ !$0.isASCIIUpper }) else { return false }
        return EnglishWords.nameAdjectives.contains(form) || ["an", "ese", "ish", "ic", "i"].contains { form.hasSuffix($0) }
    }

    /// Acronyms are lowercased too, as EWT does ("CEOs" → "ceo"); words with digits or dots
    /// ("1970s", "report.xls") are not plurals.
    private static func nounLemma(_ lower: String) -> String {
        if let irregular = EnglishWords.irregularNouns[lower] { return irregular }
        if lower.utf8.contains(where: { $0.isASCIIDigit || $0 == UInt8(ascii: ".") }) { return lower }
        return NounSuffixes.singular(of: lower)
    }

    /// "bigger" → "big", "happiest" → "happy", "better" → "good", "later" → "late".
    private static func comparativeLemma(_ lower: String, adverb: Bool) -> String {
        if let irregular = EnglishWords.irregularComparisons[lower] { return irregular }
        if EnglishWords.uncomparedAdjectives.contains(lower) { return lower }
        return ComparisonSuffixes.positive(of: lower)
    }

    /// ASCII lowercasing without Foundation; other scripts go through the standard library.
    static func lowercase(_ form: String) -> String {
        if form == "I" { return "i" }
        let utf8 = form.utf8
        if !utf8.contains(where: { $0.isASCIIUpper || $0 >= 0x80 }) { return form }
        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8.map(\.asciiLowercased), as: UTF8.self) }
        return form.lowercased()
    }
}
