// Suffix rules for regular English inflection, on lowercase words.

/// Plural nouns: "companies" → "company", "churches" → "church", "rates" → "rate", "analysis" stays.
enum NounSuffixes {
    static func singular(of word: String) -> String {
        let w = Array(word.utf8)
        let n = w.count
        if n > 5 && word.hasSuffix("men") { return String(word.dropLast(3)) + "man" }  // "chairmen", "businessmen"
        guard n > 3, w[n - 1] == UInt8(ascii: "s") else { return word }
        let penultimate = w[n - 2]
        if penultimate == UInt8(ascii: "s") || penultimate == UInt8(ascii: "u") || penultimate == UInt8(ascii: "i")
            || penultimate == UInt8(ascii: "'") {
            return word
        }
        if word.hasSuffix("ies") && n > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes")
            || word.hasSuffix("zzes") || (word.hasSuffix("oes") && n > 5) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }
}

/// Adjective and adverb comparison: "larger" → "large", "bigger" → "big", "earliest" → "early".
enum ComparisonSuffixes {
    static func positive(of word: String) -> String {
        let stem: String
        if word.hasSuffix("est") && word.utf8.count > 5 {
            stem = String(word.dropLast(3))
        } else if word.hasSuffix("er") && word.utf8.count > 4 {
            stem = String(word.dropLast(2))
        } else {
            return word
        }
        if stem.hasSuffix("i") { return String(stem.dropLast()) + "y" }
        return Stem.restore(stem, verb: false)
    }
}

/// Verb inflection: "-s", "-ed" and "-ing" back to the base form.
enum VerbSuffixes {
    static func base(of word: String) -> String {
        if EnglishWords.verbsEndingLikeSuffixes.contains(word) { return word }
        let n = word.utf8.count
        if word.hasSuffix("ing") && n > 4 {
            let stem = String(word.dropLast(3))
            if stem.hasSuffix("y") || stem.hasSuffix("ee") || stem.hasSuffix("oe") { return stem }
            return Stem.restore(stem, verb: true)
        }
        if word.hasSuffix("ied") && n > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("eed") { return word }
        if word.hasSuffix("ed") && n > 3 {
            let stem = String(word.dropLast(2))
            if stem.hasSuffix("e") { return stem + "e" }
            return Stem.restore(stem, verb: true)
        }
        if word.hasSuffix("s") && n > 2 {
            if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
            if word.hasSuffix("ies") && n > 4 { return String(word.dropLast(3)) + "y" }
            if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes")
                || word.hasSuffix("zzes") || word.hasSuffix("oes") {
                return String(word.dropLast(2))
            }
            return String(word.dropLast())
        }
        return word
    }
}

/// Undoing what a suffix did to a stem: a doubled consonant ("runn" → "run") or a dropped silent e
/// ("mak" → "make", "creat" → "create", "produc" → "produce").
enum Stem {
    private static let vowels: Set<UInt8> = Set("aeiou".utf8)

    static func restore(_ stem: String, verb: Bool) -> String {
        let s = Array(stem.utf8)
        let n = s.count
        guard n >= 2 else { return stem }
        let last = s[n - 1], before = s[n - 2]
        // A doubled final consonant: "running" → "run"; but "calling", "passing", "buzzing" keep theirs.
        if last == before && !vowels.contains(last) {
            if "sfz".utf8.contains(last) || EnglishWords.doubledBases.contains(stem) { return stem }
            if last == UInt8(ascii: "l") {
                return syllables(s[..<(n - 1)]) >= 2 && !EnglishWords.doubledBases.contains(stem)
                    ? String(stem.dropLast()) : stem
            }
            return String(stem.dropLast())
        }
        return needsSilentE(s, verb: verb) ? stem + "e" : stem
    }

    private static func needsSilentE(_ s: [UInt8], verb: Bool) -> Bool {
        let n = s.count
        let last = s[n - 1], before = s[n - 2]
        let lastIsVowel = vowels.contains(last), beforeIsVowel = vowels.contains(before)
        if EnglishWords.silentEBases.contains(String(decoding: s, as: UTF8.self) + "e") { return true }
        switch last {
        case UInt8(ascii: "v"), UInt8(ascii: "u"), UInt8(ascii: "z"):
            return !(last == UInt8(ascii: "z") && before == UInt8(ascii: "z"))
        case UInt8(ascii: "c"):
            return true  // "produc" → "produce", "notic" → "notice" ("panic" inflects with a k)
        case UInt8(ascii: "s"):
            return beforeIsVowel || "rnpl".utf8.contains(before)  // "us" → "use", "nurs" → "nurse"
        case UInt8(ascii: "g"):
            if "rld".utf8.contains(before) { return true }  // "charg", "indulg", "judg"
            if before == UInt8(ascii: "n") { return verb && n >= 3 && "eu".utf8.contains(s[n - 3]) }
            return beforeIsVowel && !(n >= 3 && vowels.contains(s[n - 3]))  // "manag", "engag"
        case UInt8(ascii: "l"):
            if !beforeIsVowel { return !"rwl".utf8.contains(before) }  // "handl", "settl"
        default:
            break
        }
        if lastIsVowel || !beforeIsVowel || "wxy".utf8.contains(last) { return false }
        // "-ate" verbs ("creat", "appreciat", "evaluat"), but not "eat", "treat", "float".
        if before == UInt8(ascii: "a") && last == UInt8(ascii: "t") { return n < 3 || !"eo".utf8.contains(s[n - 3]) }
        // Consonant-vowel-consonant with a single vowel letter ("qu" counts as a consonant: "acquir").
        if n >= 3 && vowels.contains(s[n - 3]) && !(s[n - 3] == UInt8(ascii: "u") && n >= 4 && s[n - 4] == UInt8(ascii: "q")) {
            return false
        }
        if syllables(s[...]) == 1 { return true }
        switch (before, last) {
        case (UInt8(ascii: "a"), UInt8(ascii: "t")), (UInt8(ascii: "u"), UInt8(ascii: "t")),
             (UInt8(ascii: "u"), UInt8(ascii: "d")), (UInt8(ascii: "i"), UInt8(ascii: "d")),
             (UInt8(ascii: "i"), UInt8(ascii: "n")), (UInt8(ascii: "i"), UInt8(ascii: "r")),
             (UInt8(ascii: "u"), UInt8(ascii: "r")), (UInt8(ascii: "a"), UInt8(ascii: "r")),
             (UInt8(ascii: "o"), UInt8(ascii: "m")), (UInt8(ascii: "u"), UInt8(ascii: "m")),
             (UInt8(ascii: "i"), UInt8(ascii: "b")), (UInt8(ascii: "o"), UInt8(ascii: "d")),
             (UInt8(ascii: "a"), UInt8(ascii: "d")), (UInt8(ascii: "i"), UInt8(ascii: "l")),
             (UInt8(ascii: "i"), UInt8(ascii: "z")), (UInt8(ascii: "u"), UInt8(ascii: "l")):
            return true
        case (_, UInt8(ascii: "k")):
            return true
        case (UInt8(ascii: "e"), UInt8(ascii: "t")):
            return "lp".utf8.contains(s[n - 3])
        default:
            return false
        }
    }

    /// Vowel groups, counting "y" after a consonant as a vowel.
    private static func syllables(_ s: ArraySlice<UInt8>) -> Int {
        var count = 0
        var inVowel = false
        for byte in s {
            let vowel = vowels.contains(byte) || (byte == UInt8(ascii: "y") && !inVowel && count > 0)
            if vowel && !inVowel { count += 1 }
            inVowel = vowel
        }
        return count
    }
}
