/// The English word lists the raw-text layer decides with, in one place so each entry can be tested.
///
/// Conventions follow UD English EWT where the treebank has evidence; entries it
/// lacks come from news and filings usage (see each list's comment).
public enum EnglishWords {
    /// Abbreviations that keep their final period as part of the token, written as they appear.
    ///
    /// Matching is exact, except that an all-capitals form matches a capitalised entry
    /// ("INC." for "Inc.") and any case matches an all-lowercase entry ("E.g." for "e.g.").
    /// Letter-dot sequences ("U.S.", "a.m.", "Ph.D.") and capital initials ("J.") need no entry.
    public static let abbreviations: Set<String> = titles.union([
        // Companies and organisations.
        "Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Bros.", "Assn.", "Dept.", "Div.", "Mfg.", "Intl.", "Natl.",
        "Univ.", "Inst.", "Assoc.", "Hwy.", "Ave.", "Blvd.", "Rd.", "Sq.",
        // After a name, so they may end a sentence.
        "Jr.", "Sr.", "Esq.",
        // Months and days (EWT: "Sept.", "Dec.", "Wed.").
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
        // US states as wire copy abbreviates them.
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.",
        "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.",
        "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
        // Case-free abbreviations.
        "etc.", "e.g.", "i.e.", "vs.", "v.", "cf.", "approx.", "est.", "incl.", "ext.", "al.", "ca.",
        "a.k.a.", "viz.", "yr.", "yrs.", "mos.", "hrs.", "mins.", "lb.", "lbs.", "oz.", "ft.", "sq.",
    ])

    /// Abbreviations that stand before a name, so a capital after them never opens a sentence.
    public static let titles: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Gen.",
        "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Adm.", "Maj.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.",
        "St.", "Mt.", "Ft.", "Gens.", "Drs.", "Sts.",
    ]

    /// Abbreviations that keep their period only before a number ("No. 3", "Fig. 2", "pp. 10–12"),
    /// so that "said no." still ends with the word "no".
    public static let numberAbbreviations: Set<String> = [
        "No.", "Nos.", "no.", "nos.", "Art.", "Fig.", "fig.", "Vol.", "vol.", "Ch.", "Sec.", "sec.", "Para.",
        "para.", "p.", "pp.", "Rs.",
    ]

    /// Clitics split off the word before them ("Apple's" → "Apple" "'s", "they're" → "they" "'re"),
    /// written lowercase without the apostrophe; "n't" takes the "n" with it ("don't" → "do" "n't").
    public static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// Contractions written without an apostrophe, with the length of their first piece
    /// (EWT: "cannot" → "can" "not", "gonna" → "gon" "na", "dont" → "do" "nt", "cant" → "ca" "nt").
    public static let fusedContractions: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3,
        "dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4, "havent": 4,
        "hasnt": 3, "hadnt": 3, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "cant": 2, "wont": 2,
    ]

    /// Prefixes whose hyphen does not split the word: EWT keeps "non-profit", "co-founder", "e-mail",
    /// "mid-August", "pre-tax" whole while splitting most other hyphenated compounds.
    public static let hyphenPrefixes: Set<String> = [
        "anti", "co", "counter", "cross", "e", "ex", "inter", "intra", "mid", "multi", "neo", "non", "over", "mis", "post",
        "pre", "pro", "re", "semi", "sub", "trans", "ultra", "un", "micro", "macro", "socio", "psycho",
    ]

    /// Unit and scale suffixes cut from a number written against them ("1.5bn" → "1.5" "bn", "5pm",
    /// "10km", "45p"), lowercase; EWT splits these, while ordinals ("20th"), decades ("1990s") and
    /// names ("3G", "4K") stay whole, which is why "g" and "t" are not here.
    public static let unitSuffixes: Set<String> = [
        "k", "m", "mn", "mln", "b", "bn", "tn", "trn", "am", "pm", "a.m.", "p.m.", "p",
        "km", "kg", "mg", "lb", "lbs", "oz", "ft", "mm", "cm", "mi", "mph", "kph", "kmh",
        "kw", "kwh", "mw", "mwh", "gw", "gwh", "tw", "twh", "gb", "mb", "tb", "kb", "ghz", "mhz",
        "hr", "hrs", "min", "mins", "sec", "secs", "yr", "yrs", "x", "bp", "bps", "pc", "ml", "bbl",
    ]

    /// Capitalised words that usually open a sentence, so "… in the U.S. The company said …" splits
    /// after "U.S." while "U.S. Steel" and "3.5 p.m. Tuesday" do not.
    public static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "Their", "His", "Her", "Our", "My", "In", "On", "At", "But", "And", "Or", "So",
        "Yet", "For", "If", "When", "While", "As", "After", "Before", "Since", "Although", "Though",
        "However", "Meanwhile", "Also", "Still", "Then", "Now", "Under", "According", "Despite", "What",
        "Why", "How", "Who", "Where", "Shares", "Analysts", "Officials", "Investors", "Some", "Many",
        "Most", "All", "No", "Other", "Another", "Each", "Both", "One", "Last", "Earlier", "Later",
    ]
}

extension EnglishWords {
    /// Words after which a line break cannot end a sentence, because the sentence needs more:
    /// articles, prepositions, conjunctions and auxiliaries ("… said it would\nreport").
    public static let continuationWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "over",
        "under", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whose", "whom", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
        "might", "must", "can", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
        "about", "between", "against", "during", "per", "via", "if", "because", "while", "when", "said",
    ]
}
