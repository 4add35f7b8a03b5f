/// The past participle of a verb, to name an event by what was done ("killed", "sold", "shipped"): the
/// form as written when it is one, an irregular verb's from its table, else the regular spelling.
enum EnglishParticiples {
    /// Irregular participles of verbs that count things in news.
    static let irregular: [String: String] = [
        "sell": "sold", "win": "won", "buy": "bought", "hold": "held", "make": "made", "lose": "lost",
        "build": "built", "take": "taken", "give": "given", "bring": "brought", "send": "sent", "spend": "spent",
        "find": "found", "keep": "kept", "leave": "left", "pay": "paid", "lead": "led", "fly": "flown",
        "drive": "driven", "catch": "caught", "fight": "fought", "steal": "stolen", "strike": "struck",
        "shut": "shut", "hit": "hit", "put": "put", "set": "set", "hurt": "hurt", "sink": "sunk", "draw": "drawn",
        "write": "written", "grow": "grown", "throw": "thrown", "see": "seen", "get": "got", "seize": "seized",
    ]

    static func pastParticiple(form: String, lemma: String) -> String {
        if let known = irregular[lemma] { return known }
        if form.hasSuffix("ed") { return form }
        if lemma.hasSuffix("e") { return lemma + "d" }
        if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) { return lemma.dropLast() + "ied" }
        // One syllable ending consonant–vowel–consonant doubles its last letter: "ship" → "shipped".
        let letters = Array(lemma)
        if letters.count >= 3, letters.count <= 4, let last = letters.last, !"aeiouwxy".contains(last),
           "aeiou".contains(letters[letters.count - 2]), !"aeiou".contains(letters[letters.count - 3]) {
            return lemma + String(last) + "ed"
        }
        return lemma + "ed"
    }
}
