/// Lemma tables: forms no suffix rule can undo, keyed by the lowercase form.
///
/// Conventions are EWT's: "me" → "I", "n't" → "not", "'s" (AUX) → "be", "an" → "a",
/// "these" → "this", modals are their own lemma ("could" → "could"), "2,400" → "2400".
extension EnglishWords {
    /// Irregular verb forms (past, participle, third person) and their base.
    public static let irregularVerbs: [String: String] = {
        var table: [String: String] = [
            "is": "be", "am": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
            "'s": "be", "’s": "be", "'m": "be", "’m": "be", "'re": "be", "’re": "be", "art": "be",
            "has": "have", "had": "have", "having": "have", "'ve": "have", "’ve": "have", "'d": "would",
            "’d": "would", "does": "do", "did": "do", "done": "do", "doing": "do", "'ll": "will", "’ll": "will",
            "ca": "can", "wo": "will", "sha": "shall", "ai": "be", "goes": "go", "went": "go", "gone": "go",
            "dies": "die", "died": "die", "dying": "die", "lies": "lie", "lied": "lie", "lying": "lie",
            "ties": "tie", "tied": "tie", "tying": "tie", "vying": "vie", "born": "bear", "based": "base",
            "according": "accord", "focuses": "focus", "focused": "focus", "focusing": "focus",
            "biased": "bias", "quizzes": "quiz", "echoes": "echo", "vetoes": "veto", "vetoed": "veto",
            "agreed": "agree", "freed": "free", "guaranteed": "guarantee", "decreed": "decree",
            "refereed": "referee", "disagreed": "disagree", "fled": "flee", "sped": "speed",
            // Reduced pieces of fused contractions ("gonna", "wanna") and bare clitics.
            "gon": "go", "wan": "want", "s": "be", "m": "be", "r": "be", "re": "be", "ve": "have", "ll": "will",
            "`s": "be", "d": "would",
        ]
        // Principal parts: base, past, participle (a slash separates alternatives).
        let parts = """
            arise arose arisen|awake awoke awoken|bear bore borne/born|beat beat beaten|become became become|
            begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|
            bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|
            broadcast broadcast broadcast|build built built|burn burnt burnt|burst burst burst|buy bought bought|
            cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|
            creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|draw drew drawn|dream dreamt dreamt|
            drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|
            fight fought fought|find found found|fit fit fit|fly flew flown|forbid forbade forbidden|
            forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|
            freeze froze frozen|get got gotten|give gave given|grind ground ground|grow grew grown|hang hung hung|
            have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|
            kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|leap leapt leapt|
            learn learnt learnt|leave left left|lend lent lent|let let let|light lit lit|lose lost lost|
            make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|
            outgrow outgrew outgrown|overcome overcame overcome|overrun overran overrun|oversee oversaw overseen|
            overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven|
            put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|repay repaid repaid|rid rid rid|
            ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|
            sell sold sold|send sent sent|set set set|sew sewed sewn|shake shook shaken|shed shed shed|
            shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|
            sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|slit slit slit|speak spoke spoken|
            spend spent spent|spin spun spun|spit spat spat|split split split|spread spread spread|spring sprang sprung|
            stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|
            strike struck struck|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|
            swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|
            throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone|
            understand understood understood|undertake undertook undertaken|undo undid undone|upset upset upset|
            uphold upheld upheld|wake woke woken|wear wore worn|weave wove woven|wed wed wed|weep wept wept|
            win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|
            withstand withstood withstood|write wrote written|become became become|bid bid bid|input input input|
            output output output|offset offset offset|outbid outbid outbid|overpay overpaid overpaid|
            oversell oversold oversold|overspend overspent overspent|mislay mislaid mislaid|sell sold sold|
            upset upset upset|underpay underpaid underpaid|understate understated understated|spell spelt spelt|
            smell smelt smelt|spill spilt spilt|dwell dwelt dwelt|slay slew slain|forsake forsook forsaken|
            partake partook partaken|behold beheld beheld|befall befell befallen|outdo outdid outdone|
            redo redid redone|rewrite rewrote rewritten|retake retook retaken|remake remade remade|
            resell resold resold|reset reset reset|retell retold retold|rethink rethought rethought|
            overhear overheard overheard|override overrode overridden|overdo overdid overdone|
            misunderstand misunderstood misunderstood|hear heard heard|fling flung flung|slink slunk slunk|
            stride strode stridden|string strung strung|swell swelled swollen|wring wrung wrung|
            forego forewent foregone|forgo forwent forgone|beget begot begotten|bet betted betted|sling slung slung
            """
        for entry in parts.split(separator: "|") {
            let words = entry.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard let base = words.first.map(String.init) else { continue }
            for word in words.dropFirst() {
                for form in word.split(separator: "/") where form != base { table[String(form)] = base }
            }
        }
        return table
    }()

    /// Verbs whose base form ends in what looks like a suffix ("-ing", "-ed", "-s"): left unchanged.
    public static let verbsEndingLikeSuffixes: Set<String> = [
        "bring", "sing", "ring", "sting", "swing", "cling", "fling", "string", "spring", "wring", "wing", "ping",
        "need", "feed", "bleed", "breed", "speed", "proceed", "succeed", "exceed", "heed", "seed", "weed",
        "shed", "wed", "embed", "shred", "bed", "discuss", "focus", "pass", "process", "access", "address",
        "express", "press", "stress", "guess", "bless", "dismiss", "miss", "assess", "possess", "confess",
        "progress", "harass", "bypass", "surpass", "toss", "boss", "kiss", "cross", "bias", "canvas",
    ]

    /// Irregular plurals and their singular; invariant nouns map to themselves.
    public static let irregularNouns: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "geese": "goose",
        "mice": "mouse", "oxen": "ox", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
        "halves": "half", "shelves": "shelf", "wolves": "wolf", "thieves": "thief", "loaves": "loaf",
        "selves": "self", "calves": "calf", "elves": "elf", "criteria": "criterion", "phenomena": "phenomenon",
        "analyses": "analysis", "crises": "crisis", "theses": "thesis", "hypotheses": "hypothesis",
        "diagnoses": "diagnosis", "syntheses": "synthesis", "emphases": "emphasis", "parentheses": "parenthesis",
        "indices": "index", "matrices": "matrix", "appendices": "appendix", "vertices": "vertex",
        "stimuli": "stimulus", "alumni": "alumnus", "fungi": "fungus", "nuclei": "nucleus", "radii": "radius",
        "cacti": "cactus", "curricula": "curriculum", "memoranda": "memorandum", "strata": "stratum",
        "people": "people", "news": "news", "series": "series", "species": "species", "means": "means",
        "headquarters": "headquarters", "data": "data", "media": "media", "police": "police", "sheep": "sheep",
        "fish": "fish", "deer": "deer", "aircraft": "aircraft", "economics": "economics", "politics": "politics",
        "physics": "physics", "ethics": "ethics", "mathematics": "mathematics", "statistics": "statistics",
        "thanks": "thanks", "clothes": "clothes", "arms": "arm", "pm": "p.m.", "am": "a.m.",
        "movies": "movie", "cookies": "cookie", "pies": "pie", "ties": "tie", "lies": "lie", "calories": "calorie",
        "rookies": "rookie", "zombies": "zombie", "selfies": "selfie", "hippies": "hippie", "brownies": "brownie",
        "aunties": "auntie", "goalies": "goalie", "freebies": "freebie", "smoothies": "smoothie",
        "shoes": "shoe", "toes": "toe", "canoes": "canoe", "foes": "foe", "oboes": "oboe", "hoes": "hoe",
        "aches": "ache", "headaches": "headache", "niches": "niche", "caches": "cache", "avalanches": "avalanche",
        "buses": "bus", "gases": "gas", "biases": "bias", "aliases": "alias", "atlases": "atlas",
        "bonuses": "bonus", "viruses": "virus", "statuses": "status", "campuses": "campus", "censuses": "census",
        "surpluses": "surplus", "prospectuses": "prospectus", "apparatuses": "apparatus", "syllabuses": "syllabus",
        "circuses": "circus", "choruses": "chorus", "corpuses": "corpus", "focuses": "focus", "geniuses": "genius",
        "consensuses": "consensus", "sinuses": "sinus", "octopuses": "octopus", "walruses": "walrus",
        "quizzes": "quiz", "dice": "die", "pence": "penny", "folks": "folk", "others": "other",
        "chaos": "chaos", "ethos": "ethos", "cosmos": "cosmos", "kudos": "kudos", "pathos": "pathos",
        "asbestos": "asbestos", "regards": "regards", "goods": "goods", "contents": "contents",
        "troops": "troops", "supplies": "supplies", "grounds": "grounds", "earnings": "earnings",
        "proceeds": "proceeds", "savings": "savings", "mins": "minute", "min": "minute", "lbs": "lb",
        "specimen": "specimen", "abdomen": "abdomen", "regimen": "regimen", "acumen": "acumen",
        "etc": "etc.", "tv": "TV", "hrs": "hour", "yrs": "year",
    ]

    /// Closed-class words whose lemma is another word (pronouns, determiners, prepositions, reductions).
    public static let functionWordLemmas: [String: String] = [
        "me": "I", "i": "I", "mine": "my", "us": "we", "them": "they", "him": "he", "her": "she",
        "hers": "her", "yours": "your", "ours": "our", "theirs": "their", "these": "this", "those": "that",
        "an": "a", "'s": "we", "’s": "we", "u": "you", "ur": "your", "vs": "versus", "v.": "versus",
        "thru": "through", "w/": "with", "w/o": "without", "w": "with", "til": "till",
    ]

    /// Particles: negation and the possessive marker in all their spellings, and "to" from "gonna".
    public static let particleLemmas: [String: String] = [
        "n't": "not", "n’t": "not", "nt": "not", "'s": "'s", "’s": "'s", "s": "'s", "'": "'s", "’": "'s",
        "`s": "'s", "na": "to", "ta": "to",
    ]

    /// Adverbs compared with a suffix or irregularly ("later" → "late", "better" → "well").
    public static let comparedAdverbs: [String: String] = [
        "later": "late", "latest": "late", "earlier": "early", "earliest": "early", "sooner": "soon",
        "soonest": "soon", "faster": "fast", "fastest": "fast", "harder": "hard", "hardest": "hard",
        "longer": "long", "longest": "long", "closer": "close", "closest": "close", "higher": "high",
        "highest": "high", "lower": "low", "lowest": "low", "quicker": "quick", "slower": "slow",
        "wider": "wide", "stronger": "strong", "easier": "easy", "deeper": "deep", "louder": "loud",
        "better": "well", "best": "well", "worse": "badly", "worst": "bad", "farther": "far", "sharper": "sharp",
    ]

    /// Adjectives with irregular comparison ("better" → "good"); EWT keeps "further" as it is.
    public static let irregularComparisons: [String: String] = [
        "better": "good", "best": "good", "worse": "bad", "worst": "bad", "farther": "far",
        "farthest": "far", "elder": "old", "eldest": "old", "further": "further", "furthest": "furthest",
    ]

    /// Words in "-er"/"-est" that are not comparisons of a shorter adjective.
    public static let uncomparedAdjectives: Set<String> = [
        "other", "former", "latter", "inner", "outer", "upper", "under", "over", "proper", "bitter", "clever",
        "eager", "sober", "super", "tender", "silver", "slender", "sinister", "utter", "neuter", "somber",
        "meager", "mere", "sheer", "queer", "premier", "cavalier", "honest", "modest", "earnest", "interest",
        "manifest", "west", "east", "est", "ever", "never", "whatever", "however", "offer", "after", "water",
        "winter", "summer", "member", "number", "paper", "consumer", "senior", "junior", "tier", "power",
        "fewer", "lesser", "more", "most", "less", "least", "master", "sister", "diverse", "together",
        "daily", "weekly", "monthly", "yearly", "quarterly",
    ]

    /// Capitalised adjectives that mostly stand inside names ("United Nations", "New York"), so keep the capital.
    public static let nameAdjectives: Set<String> = [
        "United", "New", "National", "International", "Supreme", "Middle", "Royal", "Central", "Grand",
        "Prime", "Northern", "Southern", "Eastern", "Democratic", "Republican", "Holy", "Arab", "French",
        "Dutch", "Thai", "Greek", "Tamil", "Muslim", "Moslem", "Shiite", "Sunni", "Hindu", "Swiss", "Welsh",
    ]

    /// Scale words spelled out as their number ("1.5bn" → "billion").
    public static let numberWordLemmas: [String: String] = [
        "k": "thousand", "m": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion",
        "t": "trillion", "tn": "trillion", "trn": "trillion",
    ]

    /// Month and weekday abbreviations, which EWT lemmatises to the full name.
    public static let calendarAbbreviations: [String: String] = [
        "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June", "Jul": "July",
        "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October", "Nov": "November",
        "Dec": "December", "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
        "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday",
        "Sun": "Sunday",
    ]
}

extension EnglishWords {
    /// Bases that really end in a doubled consonant, so "adding" is "add", not "ad".
    public static let doubledBases: Set<String> = [
        "add", "odd", "ebb", "err", "egg", "purr", "install", "recall", "enroll", "fulfill",
        "distill", "instill", "forestall", "call", "fall", "sell", "tell", "kill", "fill", "pull", "roll",
        "spell", "stall", "smell", "yell", "dwell", "swell", "spill", "drill", "thrill", "chill", "poll",
        "toll", "scroll", "troll", "stroll", "till", "mill", "bill", "will", "shell", "well", "dull", "small",
        "tall", "full", "ill", "still", "skill", "uphill", "downhill", "overall", "befall", "windfall",
        "shortfall", "snowball", "baseball", "football", "install", "inn", "mitt", "boss",
    ]

    /// Bases ending in a silent e that the spelling rules would miss ("ignoring" → "ignore").
    public static let silentEBases: Set<String> = [
        "explore", "ignore", "restore", "store", "score", "bore", "adore", "implore", "deplore", "snore",
        "underscore", "postpone", "condone", "atone", "dethrone", "promote", "devote", "denote", "demote",
        "emote", "escape", "reshape", "landscape", "invite", "unite", "ignite", "recite", "excite", "incite",
        "expedite", "breathe", "bathe", "soothe", "loathe", "seethe", "teethe", "writhe", "clothe", "taste",
        "waste", "paste", "haste", "inhale", "exhale", "interfere", "adhere", "persevere", "revere", "cohere",
        "guide", "infringe", "impinge", "cringe", "binge", "hinge", "tinge", "challenge", "change", "arrange",
        "range", "exchange", "interchange", "estrange", "welcome", "become", "overcome", "compete", "complete",
        "delete", "deplete", "secrete", "excrete", "create", "recreate", "procreate", "large", "strange", "whole", "sole", "stale", "pale",
        "wide", "safe", "late", "rare", "sure", "pure", "nice", "fine", "true", "free", "close", "loose",
        "wise", "dense", "tense", "terse", "sparse", "simple", "gentle", "noble", "able", "subtle", "humble",
        "fierce", "scarce", "strange", "huge", "vague", "brave", "grave", "naive", "cute", "mute", "acute",
        "obscure", "mature", "severe", "sincere", "extreme", "supreme", "remote", "polite", "complete",
        "concise", "precise", "immense", "intense", "profane", "humane", "insane", "mundane", "obscene",
        "serene", "divine", "benign", "secure", "entire", "coarse", "hoarse", "rude", "crude", "lame", "tame",
        "ripe", "wipe", "type", "hype", "pipe", "swipe", "gripe", "stripe", "cope", "hope", "rope", "scope",
        "elope", "slope", "dope", "mope", "grope", "operate", "state", "create", "debate", "rate", "date",
        "base", "use", "raise", "cause", "pause", "lose", "choose", "ease", "lease", "tease", "please",
        "cease", "release", "increase", "decrease", "crease", "purchase", "chase", "phase", "erase",
        "vote", "note", "quote", "dote", "tote", "smoke", "joke", "poke", "stoke", "evoke", "invoke", "provoke",
        "revoke", "awake", "stake", "make", "take", "shake", "wake", "bake", "fake", "rake", "mistake",
        "like", "strike", "hike", "spike", "bike", "dislike", "prepare", "compare", "declare", "share",
        "care", "dare", "stare", "spare", "scare", "glare", "flare", "aware", "require", "acquire", "inspire",
        "retire", "hire", "fire", "expire", "aspire", "desire", "admire", "tire", "wire", "conspire",
        "secure", "ensure", "procure", "cure", "endure", "assure", "insure", "lure", "measure", "pressure",
        "figure", "feature", "capture", "venture", "structure", "picture", "nurture", "torture", "lecture",
        "manufacture", "censure", "disclose", "enclose", "expose", "compose", "propose", "oppose", "suppose",
        "impose", "dispose", "close", "pose", "rise", "arise", "advise", "revise", "devise", "supervise",
        "comprise", "surprise", "promise", "premise", "exercise", "franchise", "merchandise", "praise", "cruise",
    ]
}
