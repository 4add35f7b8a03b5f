import Testing
import DossierLanguage

/// Lemmas in UD English EWT's conventions.
@Suite struct LemmatizerTests {
    @Test(arguments: [
        ("went", UPOS.VERB, "go"), ("said", .VERB, "say"), ("acquired", .VERB, "acquire"),
        ("creating", .VERB, "create"), ("running", .VERB, "run"), ("planned", .VERB, "plan"),
        ("calling", .VERB, "call"), ("cancelled", .VERB, "cancel"), ("making", .VERB, "make"),
        ("opening", .VERB, "open"), ("visited", .VERB, "visit"), ("carries", .VERB, "carry"),
        ("reaches", .VERB, "reach"), ("agreed", .VERB, "agree"), ("exceed", .VERB, "exceed"),
        ("producing", .VERB, "produce"), ("charged", .VERB, "charge"), ("settled", .VERB, "settle"),
        ("continued", .VERB, "continue"), ("dying", .VERB, "die"), ("Reported", .VERB, "report"),
        ("'s", .AUX, "be"), ("’re", .AUX, "be"), ("'ve", .AUX, "have"), ("'d", .AUX, "would"),
        ("ca", .AUX, "can"), ("wo", .AUX, "will"), ("could", .AUX, "could"), ("was", .AUX, "be"),
        ("n't", .PART, "not"), ("n’t", .PART, "not"), ("'s", .PART, "'s"), ("’", .PART, "'s"),
        ("companies", .NOUN, "company"), ("churches", .NOUN, "church"), ("rates", .NOUN, "rate"),
        ("analyses", .NOUN, "analysis"), ("women", .NOUN, "woman"), ("businessmen", .NOUN, "businessman"),
        ("status", .NOUN, "status"), ("bonuses", .NOUN, "bonus"), ("Shares", .NOUN, "share"),
        ("CEOs", .NOUN, "ceo"), ("1990s", .NOUN, "1990s"), ("news", .NOUN, "news"), ("pm", .NOUN, "p.m."),
        ("bigger", .ADJ, "big"), ("larger", .ADJ, "large"), ("happiest", .ADJ, "happy"),
        ("better", .ADJ, "good"), ("other", .ADJ, "other"), ("American", .ADJ, "American"),
        ("Strong", .ADJ, "strong"), ("later", .ADV, "late"), ("better", .ADV, "well"), ("together", .ADV, "together"),
        ("I", .PRON, "I"), ("me", .PRON, "I"), ("Them", .PRON, "they"), ("These", .DET, "this"), ("an", .DET, "a"),
        ("$", .SYM, "$"), ("%", .SYM, "%"), ("2,400", .NUM, "2400"), ("Two", .NUM, "two"), ("bn", .NUM, "billion"),
        ("Apple", .PROPN, "Apple"), ("Sept.", .PROPN, "September"), ("“", .PUNCT, "\""), ("—", .PUNCT, "-"),
    ])
    func lemma(form: String, tag: UPOS, expected: String) {
        #expect(Lemmatizer.lemma(of: form, tag: tag) == expected)
    }
}
