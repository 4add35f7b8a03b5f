import DossierModel

/// The word lists the meaning stages read, by lemma, in one place so each
/// entry can be tested (`MeaningWordsTests`).
enum MeaningWords {
    /// Verbs of change upward: a figure they govern without "to" or "from" is the size of the change.
    static let upVerbs: Set<String> = [
        "rise", "increase", "grow", "gain", "climb", "jump", "surge", "soar", "rally", "advance", "add", "expand",
        "widen", "boost", "hike", "lift", "raise", "double", "triple", "quadruple", "accelerate", "rebound",
        "spike", "swell", "top", "outpace", "improve", "balloon", "edge", "up",
    ]
    /// Verbs of change downward.
    static let downVerbs: Set<String> = [
        "fall", "drop", "decline", "decrease", "slide", "slip", "sink", "plunge", "tumble", "shrink", "shed", "cut",
        "reduce", "lower", "slash", "trim", "narrow", "contract", "ease", "dip", "retreat", "sag", "halve",
        "eliminate", "lose", "slump", "plummet", "crash", "erode", "dive", "down", "fell", "lay", "axe", "furlough",
        "wipe", "shave", "decelerate", "moderate", "cool",
    ]
    /// Verbs whose figure is up only when it is a rate of change ("raised rates by 25 basis points"),
    /// never for money raised as funding.
    static let upOnlyForPercent: Set<String> = ["raise", "add", "top", "edge"]
    /// Verbs whose figure is down only for percents and points ("lost 3%"), not money ("lost $5m" is a loss).
    static let downOnlyForPercent: Set<String> = ["lose", "ease", "cool", "moderate"]
    /// Nouns that name a change upward ("a 20% increase").
    static let upNouns: Set<String> = [
        "increase", "rise", "gain", "growth", "jump", "hike", "surge", "boost", "uptick", "rally", "climb",
        "expansion", "improvement", "spike", "upgrade", "markup",
    ]
    /// Nouns that name a change downward ("a 20% drop").
    static let downNouns: Set<String> = [
        "drop", "decline", "fall", "cut", "reduction", "decrease", "slump", "plunge", "contraction", "dip",
        "layoff", "downturn", "slide", "loss", "writedown", "markdown", "discount", "shortfall", "retreat", "selloff",
    ]
    /// Adverbs and adjectives that mark a change ("up 5%", "5% lower").
    static let upMarkers: Set<String> = ["up", "higher", "more", "above"]
    static let downMarkers: Set<String> = ["down", "lower", "less", "below", "off"]

    /// Verbs whose money figure measures what the verb names ("raised $250m" is funding).
    static let verbMeasures: [String: String] = [
        "cost": "cost", "raise": "funding", "pay": "payment", "fine": "fine", "value": "valuation",
        "spend": "spending", "invest": "investment", "borrow": "borrowing", "owe": "debt", "price": "price",
        "bid": "bid", "offer": "offer", "award": "award", "settle": "settlement", "budget": "budget",
        "save": "saving", "earn": "earnings", "charge": "charge", "sell": "price", "buy": "price",
        "acquire": "price", "purchase": "price", "lend": "loan", "donate": "donation", "pledge": "pledge",
        "fund": "funding", "bill": "bill", "collect": "collection", "generate": "revenue", "lose": "loss",
        "retail": "price", "trade": "price", "net": "proceeds", "secure": "funding", "grant": "grant",
        "allocate": "allocation", "commit": "commitment", "estimate": "estimate", "forecast": "forecast",
        "project": "projection", "post": "result", "report": "result", "book": "booking", "sentence": "sentence",
        "jail": "sentence", "last": "duration", "take": "duration",
    ]
    /// The measure a metric's cue names, for a figure whose parse names none but whose sentence has the
    /// cue ("sales rose to $5bn" tagged oddly still says revenue). Metrics of no one quantity (growth,
    /// time) have none.
    static let metricMeasures: [Metric: String] = [
        .cost: "cost", .valuation: "valuation", .revenue: "revenue", .funding: "funding", .investment: "investment",
        .price: "price", .profit: "profit", .loss: "loss", .marketSize: "market size", .marketShare: "market share",
        .fine: "fine", .compensation: "compensation", .shares: "share", .employees: "employee", .users: "user",
        .debt: "debt", .stake: "stake", .tax: "tax",
    ]

    /// Verbs whose object, not subject, is what the figure is about: the company bought, the party fined.
    static let objectBearerVerbs: Set<String> = [
        "acquire", "buy", "purchase", "fine", "value", "penalize", "penalise", "sentence", "jail", "order",
        "award", "sue", "charge", "price", "put", "peg",
    ]
    /// Courts, juries and regulators: they decide about a party, and the figure is the party's.
    static let authorityNouns: Set<String> = [
        "court", "judge", "jury", "regulator", "commission", "prosecutor", "tribunal", "arbitrator", "panel",
        "watchdog", "authority",
    ]
    /// An authority noun, singular or plural, as the tagger left it ("Regulators" opening a sentence is
    /// read as a name and keeps its plural).
    static func isAuthority(_ lemma: String) -> Bool {
        authorityNouns.contains(lemma) || lemma.hasSuffix("s") && authorityNouns.contains(String(lemma.dropLast()))
    }

    /// Verbs of saying: their subject is a source, and only a name among sources is also a subject.
    static let speechVerbs: Set<String> = [
        "say", "tell", "report", "announce", "state", "note", "write", "claim", "argue", "predict", "warn",
        "disclose", "confirm", "reveal", "show", "suggest", "indicate",
    ]
    /// Verbs that only link a figure to its subject ("revenue was $5bn", "the deal is worth $5bn").
    static let linkingVerbs: Set<String> = [
        "be", "become", "remain", "stand", "total", "reach", "hit", "amount", "come", "equal", "represent",
        "account", "exceed", "near", "approach", "top", "surpass", "have",
    ]

    /// Nouns naming the thing a price is for, not a quantity: "a $349 Pro model" is the model's price.
    static let pricedThings: Set<String> = [
        "model", "phone", "smartphone", "car", "vehicle", "laptop", "computer", "tablet", "watch", "headphone",
        "console", "device", "product", "ticket", "house", "home", "apartment", "flat", "meal", "bottle",
        "handbag", "bag", "dress", "suit", "bike", "bicycle", "trainer", "shoe", "sneaker", "gadget", "tv",
        "television", "camera", "chip", "card", "game", "book", "subscription", "plan", "package", "kit",
        "version", "edition", "tier", "item", "unit", "machine", "robot", "drone", "jet", "aircraft", "plane",
        "truck", "painting", "coat", "gown", "seat", "room", "suite", "property", "mansion", "villa",
    ]
    /// Generic nouns that stand for a company named earlier ("the company said").
    static let companyNouns: Set<String> = [
        "company", "firm", "startup", "group", "business", "lab", "maker", "chipmaker", "automaker", "carmaker",
        "retailer", "bank", "insurer", "carrier", "giant", "conglomerate", "lender", "developer", "operator",
        "producer", "manufacturer", "provider", "registrant", "issuer", "corporation", "airline", "supplier",
        "club", "team", "government", "council", "agency", "ministry", "department", "utility", "fund",
    ]
    /// Pronouns that stand for a name given earlier.
    static let standInPronouns: Set<String> = ["it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our"]
    /// Relative pronouns: the subject is the noun the clause hangs on.
    static let relativePronouns: Set<String> = ["which", "that", "who", "whom", "whose"]
    /// Nouns that name a time, never a subject.
    static let timeNouns: Set<String> = [
        "year", "quarter", "month", "week", "day", "today", "yesterday", "tomorrow", "period", "decade", "century",
        "half", "season", "morning", "afternoon", "evening", "night", "weekend", "time", "date", "hour", "minute",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words of business and economic news that are nouns whatever the tagger thinks (as written,
    /// lower case): the treebank has too few of them to tag them right after "that" or at a sentence's start.
    static let alwaysNouns: Set<String> = [
        "revenue", "revenues", "earnings", "sales", "income", "valuation", "spending", "investment", "investments",
        "debt", "dividend", "dividends", "margin", "margins", "turnover", "inflation", "unemployment", "gdp",
        "growth", "expenses", "capex", "buyback", "buybacks", "payout", "subsidy", "subsidies", "deficit",
        "surplus", "tariff", "tariffs", "profits", "losses", "ebitda", "eps", "workforce", "headcount",
        "shipments", "deliveries", "bookings", "backlog", "attendance", "turnout", "enrolment", "enrollment",
        // Wire-copy events the web treebank barely has ("A magnitude 6.1 earthquake struck" tagged a verb).
        "earthquake", "earthquakes", "quake", "landslide", "landslides", "heatwave", "wildfire", "wildfires", "eruption",
    ]

    /// Verbs of change that are also nouns ("a rose", "the fells"), which the tagger takes for nouns after a
    /// noun ("The unemployment rate fell to 4.1%"); in lower case in business and economic news they are verbs.
    static let alwaysVerbs: Set<String> = ["rose", "fell"]

    /// Participles that only ever classify a noun in business text ("an annualized revenue run-rate"),
    /// which the tagger otherwise reads as the sentence's verb.
    static let alwaysAdjectives: Set<String> = ["annualized", "annualised"]

    /// Nouns that name a quantity of their own, so they are measures even as a sentence's subject.
    static let quantityNouns: Set<String> = [
        "revenue", "sale", "profit", "loss", "income", "earnings", "cost", "price", "value", "valuation",
        "spending", "investment", "budget", "debt", "cash", "dividend", "margin", "rate", "share", "stake",
        "fee", "fine", "salary", "pay", "wage", "bonus", "compensation", "funding", "round", "deal", "offer",
        "bid", "turnover", "output", "production", "export", "import", "inflation", "unemployment", "gdp",
        "growth", "yield", "return", "expense", "capex", "buyback", "payout", "subsidy", "grant", "loan",
        "deficit", "surplus", "borrowing", "premium", "rent", "toll", "tariff", "tax", "levy", "penalty",
        "damage", "settlement", "award", "prize", "purse", "contract", "order", "backlog", "booking",
        "shipment", "delivery", "demand", "supply", "volume", "capacity", "attendance", "turnout", "population",
        "enrollment", "enrolment", "audience", "viewership", "ridership", "traffic", "download", "user",
        "subscriber", "customer", "employee", "worker", "job", "headcount", "workforce", "staff", "death", "fare",
        "payment", "ratio", "interest", "attrition",
        "case", "casualty", "injury", "index", "benchmark", "average", "score", "poll", "approval", "support",
        "package", "proceeds", "consideration", "charge", "impairment", "writedown", "estimate", "forecast",
        "guidance", "outlook", "target", "goal", "bill", "count", "number", "total", "amount", "sum", "figure",
    ]

    /// Whether a measure phrase's head (its last word before "of") names a quantity ("cost of sales", "net
    /// profit"), rather than a thing ("crude", "palladium").
    static func namesAQuantity(_ measure: String) -> Bool {
        measureHead(measure).map(quantityNouns.contains) ?? false
    }

    /// The head of a measure phrase: its last word before "of", "for", "on", "in" or "per" (`cost` in
    /// `cost of sales`), the word the evaluation's conventions compare measures by.
    static func measureHead(_ measure: String) -> String? {
        let words = measure.split(separator: " ").prefix { !["of", "for", "on", "in", "per"].contains($0) }
        return words.last.map { String($0) }
    }

    /// Whether a subject as written is a quantity rather than a thing: its last word (singular, lower case) is
    /// a quantity noun ("Average hourly earnings", "Voter turnout", "the defence budget").
    static func isQuantityPhrase(_ phrase: String) -> Bool {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "-" })
        // "Cobalt Pay", "Northern Yield Fund": every word capitalised is a name.
        if words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true }) { return false }
        guard let last = words.last else { return false }
        var word = last.lowercased()
        if quantityNouns.contains(word) { return true }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
        return quantityNouns.contains(word)
    }

    /// Verbs that tell one count of a thing from another ("killed", "injured", "evacuated" people; "sold",
    /// "shipped", "recalled" units): a count's measure names them.
    static let eventVerbs: Set<String> = [
        "kill", "injure", "wound", "evacuate", "displace", "rescue", "trap", "strand", "hospitalise", "hospitalize",
        "infect", "arrest", "detain", "convict", "furlough", "sell", "ship", "deliver", "recall", "order", "damage",
        "destroy", "flood", "burn", "affect", "cancel", "enrol", "enroll", "sequence", "defraud", "infringe",
        "reinstate", "repurchase", "sack", "dismiss", "deport", "kidnap", "abduct", "vaccinate", "test", "treat",
    ]

    /// Quantities whose "of", "for" or "on" complement is the thing they are about ("the price of a medium
    /// latte", "orders for heavy trucks", "tolls on the Dunmore bridge"). Not "share" (a share of a market
    /// is its holder's), "contract" or "bonus" (one for 60 tankers, one for a record is the winner's).
    static let quantitiesOfThings: Set<String> = [
        "price", "cost", "fare", "fee", "toll", "rent", "order", "sale", "download", "spending", "export",
        "import", "output", "production", "shipment", "delivery", "demand", "supply", "expense", "value",
    ]

    /// Filing concepts whose measure prose names differently from the concept's own words.
    static let conceptMeasures: [String: String] = [
        "Revenues": "revenue", "SalesRevenueNet": "revenue",
        "EarningsPerShareBasic": "basic earnings per share", "EarningsPerShareDiluted": "diluted earnings per share",
        "EarningsPerShareBasicAndDiluted": "earnings per share",
        "CostOfRevenue": "cost of sales", "CostOfGoodsAndServicesSold": "cost of sales", "CostOfGoodsSold": "cost of sales",
        "ResearchAndDevelopmentExpense": "research and development expense",
        "SellingGeneralAndAdministrativeExpense": "selling, general and administrative expense",
        "GrossProfit": "gross profit",
        "CashAndCashEquivalentsAtCarryingValue": "cash and cash equivalents",
        "LongTermDebt": "long-term debt", "LongTermDebtNoncurrent": "long-term debt",
        "EntityCommonStockSharesOutstanding": "shares outstanding", "CommonStockSharesOutstanding": "shares outstanding",
        "EntityPublicFloat": "public float",
        "PaymentsToAcquirePropertyPlantAndEquipment": "capital expenditure",
        "TotalOfferingAmount": "offering amount", "TotalAmountSold": "amount sold", "TotalRemaining": "amount remaining",
    ]
}
