import DossierModel

/// Cue words that say what a figure measures, with a weight and the kinds
/// of figure they apply to ("raised" → funding for money; "rose" → growth
/// for percents).
enum MetricCues {
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let money = Kinds(rawValue: 1)
        static let percent = Kinds(rawValue: 2)
        static let count = Kinds(rawValue: 4)
        static let multiple = Kinds(rawValue: 8)
        static let all: Kinds = [.money, .percent, .count, .multiple]

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ kind: FigureKind) {
            switch kind {
            case .money: self = .money
            case .percent: self = .percent
            case .count: self = .count
            case .multiple: self = .multiple
            default: self = []
            }
        }
    }

    /// Words that name an amount outside the metrics (dividends, goodwill, inventory): they
    /// make a figure's metric nil rather than the nearest guess.
    static let neutral: WordSet = WordKey.set([
        "dividend", "dividends", "goodwill", "inventory", "inventories", "milestones", "milestone", "royalties",
        "reserves", "cashback", "allowance", "taxes", "tax", "equivalents", "indebtedness", "borrowings",
    ])

    struct Cue: Sendable {
        let metric: Metric
        let weight: Double
        let kinds: Kinds
        /// The metric's position in `Metric.allCases`, for score arrays.
        let index: Int
    }
    static let metrics = Metric.allCases

    static let words: WordTable<[Cue]> = WordTable(build(single))
    static let pairs: WordTable<[Cue]> = {
        var t: [UInt64: [Cue]] = [:]
        for (phrase, cues) in double {
            let p = phrase.split(separator: " ").map(String.init)
            guard p.count == 2 else { continue }  // pairs only: a longer phrase would match on its first two words
            t[WordKey.pair(p[0], p[1]), default: []] += cues
        }
        return WordTable(t)
    }()

    static func build(_ list: [(String, [Cue])]) -> [UInt64: [Cue]] {
        var t: [UInt64: [Cue]] = [:]
        for (w, cues) in list { t[WordKey.of(w), default: []] += cues }
        return t
    }

    static func c(_ m: Metric, _ w: Double, _ k: Kinds = .money) -> Cue {
        Cue(metric: m, weight: w, kinds: k, index: Metric.allCases.firstIndex(of: m) ?? 0)
    }

    static let single: [(String, [Cue])] = {
        var l: [(String, [Cue])] = []
        func add(_ words: [String], _ cues: Cue...) { for w in words { l.append((w, cues)) } }
        add(["cost", "costs", "costing", "costed"], c(.cost, 3, [.money, .percent, .multiple]))
        add(["expense", "expenses", "outlay", "outlays", "overrun", "overruns", "bill"], c(.cost, 2.5))
        add(["budget", "budgeted", "budgets", "earmarked", "earmark"], c(.investment, 2.5, [.money, .percent]))
        add(["cheaper", "costlier", "pricier", "expensive"], c(.cost, 2.5, [.multiple, .percent]))
        add(["valuation", "valued", "valuing", "valuations", "capitalization", "capitalisation"], c(.valuation, 4))
        add(["worth"], c(.valuation, 2.5))
        add(["value"], c(.valuation, 1.2))
        add(["raised", "raise", "raises", "raising", "funding", "financing", "fundraise", "fundraising", "fundraiser"], c(.funding, 3.5))
        add(["round", "seed"], c(.funding, 2.5))
        add(["backed", "venture", "investors", "led"], c(.funding, 1.2))
        add(["invest", "invested", "investing", "investment", "investments", "capex", "spend", "spent", "spending",
             "poured", "pour", "pouring", "committed", "commit", "pledged", "pledge", "allocate", "allocated", "injection",
             "inject", "injected", "splurge", "infrastructure", "plant", "factory", "expansion"], c(.investment, 3))
        add(["revenue", "revenues", "sales", "turnover", "bookings", "billings", "arr", "topline"], c(.revenue, 4, [.money, .percent]))
        add(["sold", "sell", "sells", "generated", "generate", "generates", "brought", "brings"], c(.revenue, 1.5))
        add(["profit", "profits", "earnings", "ebitda", "ebit", "surplus", "profitable", "income", "eps"], c(.profit, 3.5))
        add(["gain", "gains"], c(.profit, 2.5))
        add(["earned", "earn", "earns"], c(.profit, 2.5))

        add(["loss", "losses", "lost", "losing", "deficit", "burn", "burns", "burned", "burning", "shortfall"], c(.loss, 3.5))
        add(["price", "prices", "priced", "pricing", "fee", "fees", "fare", "fares", "tuition", "rent", "msrp",
             "subscription", "ticket", "tickets", "retail", "retails"], c(.price, 3.5, [.money, .percent]))
        add(["charges", "charge", "writedowns", "writedown", "impairment", "impairments", "downs", "amortization", "depreciation", "restructuring", "spend"], c(.cost, 2.5))
        add(["save", "saves", "saving", "savings"], c(.cost, 2.5))
        add(["grant", "grants", "commitments", "endowment"], c(.funding, 2.5))
        add(["repurchase", "repurchased", "repurchases", "buyback", "buybacks", "contribute", "contributed"], c(.investment, 3))
        add(["consumers", "subscribers"], c(.users, 2.5, [.count]))
        add(["loan", "loans", "facility", "bond", "bonds", "financing", "lenders"], c(.funding, 3))
        add(["backlog", "backlogs", "orders", "bookings"], c(.revenue, 3))
        add(["acquire", "acquired", "acquiring", "acquisition", "acquisitions", "buy", "bought", "buying", "purchase",
             "purchased", "deal", "takeover", "merger", "offer", "bid", "buyout", "sale", "consideration"], c(.price, 2.2))
        add(["paid", "pay", "pays", "paying"], c(.price, 1.2))
        add(["market", "markets", "industry", "sector", "tam", "addressable"], c(.marketSize, 2.6))
        add(["share"], c(.marketShare, 2.5, [.percent]))
        add(["fine", "fined", "fines", "penalty", "penalties", "settlement", "settle", "settled", "settles",
             "damages", "sanction", "sanctions", "restitution", "forfeit", "verdict", "award", "awarded", "disgorgement"], c(.fine, 4, [.money, .percent]))
        add(["lawsuit", "resolve", "jury", "court", "regulators", "antitrust"], c(.fine, 1.5))
        add(["salary", "salaries", "compensation", "bonus", "bonuses", "wage", "wages", "remuneration", "stipend",
             "payout", "severance", "paycheck", "earners"], c(.compensation, 4, [.money, .percent, .multiple]))
        add(["package"], c(.compensation, 2))

        add(["stake"], c(.investment, 1.5), c(.shares, 3, [.percent]))
        add(["equity"], c(.funding, 2.5))
        add(["rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing", "growth", "increase",
             "increased", "increases", "increasing", "jumped", "jump", "jumps", "surged", "surge", "surges", "climbed",
             "climb", "climbs", "soared", "soar", "gained", "gain", "gains", "fell", "fall", "falls", "falling",
             "dropped", "drop", "drops", "declined", "decline", "declines", "declining", "slipped", "slid", "plunged",
             "plunge", "tumbled", "sank", "slumped", "decreased", "decrease", "expanded", "expand", "shrank",
             "contracted", "yoy", "cagr", "inflation", "up", "down", "higher", "lower", "boost", "boosted",
             "doubled", "tripled", "quadrupled", "outpaced", "accelerated", "slowed", "compounded", "annual",
             "annually"], c(.growth, 2.5, [.percent, .multiple]))
        add(["faster", "more", "larger", "bigger", "greater"], c(.growth, 1.2, [.multiple]))
        add(["easing", "eased", "eases", "ease", "added", "adds", "add", "cut", "cuts", "cutting", "climbing", "grown",
             "raise", "raised", "raises", "lifted", "lift", "trimmed", "slashed", "reduced", "reduce", "lowered",
             "widened", "narrowed", "improved", "gaining", "shed", "sheds", "advanced", "rallied", "slipping", "sliding",
             "dipped", "dip", "rebounded", "recovered", "soaring", "surging", "plunging", "tumbling", "sinking",
             "shrinking", "expanding", "contracting", "rises", "doubling", "slowing", "slowed", "accelerating", "edged",
             "edging", "ticked", "halved", "jumping", "jumps", "spiked", "spiking", "sagged", "retreated", "hiked",
             "increases", "decreases", "fallen", "dropping", "gains", "losses", "lost", "lose", "loses", "outperformed",
             "underperformed", "boosting", "lowering", "raising", "lifting", "cutting", "expanded", "shrank", "shrunk",
             "swelled", "ballooned", "stronger", "weaker", "higher", "lower"], c(.growth, 2.5, [.percent, .multiple]))
        add(["employees", "workers", "staff", "jobs", "layoffs", "laid", "hired", "hire", "hiring", "employs",
             "employ", "headcount", "workforce", "positions"], c(.employees, 3, [.count, .percent]))
        add(["users", "customers", "subscribers", "members", "accounts", "downloads", "installs", "visitors",
             "readers", "viewers", "listeners", "players", "signups"], c(.users, 3, [.count]))
        add(["shares"], c(.shares, 2.5, [.count]))
        add(["shares", "stock", "traded", "trading", "closed"], c(.price, 1.5))
        return l
    }()

    static let double: [(String, [Cue])] = [
        ("price tag", [c(.cost, 5)]), ("to build", [c(.cost, 2.5)]), ("to train", [c(.cost, 3)]),
        ("to develop", [c(.cost, 2.5)]), ("to make", [c(.cost, 2)]), ("to run", [c(.cost, 2)]),
        ("to produce", [c(.cost, 2)]),
        ("market cap", [c(.valuation, 5)]), ("market capitalization", [c(.valuation, 5)]),
        ("market value", [c(.valuation, 5)]), ("market capitalisation", [c(.valuation, 5)]),
        ("order intake", [c(.revenue, 5)]), ("order backlog", [c(.revenue, 5)]), ("market valuation", [c(.valuation, 5)]),
        ("enterprise value", [c(.valuation, 5)]), ("post money", [c(.valuation, 5)]), ("pre money", [c(.valuation, 5)]),
        ("net income", [c(.profit, 5)]), ("operating income", [c(.profit, 5)]), ("net profit", [c(.profit, 5)]),
        ("gross profit", [c(.profit, 5)]), ("operating profit", [c(.profit, 5)]),
        ("net loss", [c(.loss, 5.5)]), ("operating loss", [c(.loss, 5.5)]), ("net losses", [c(.loss, 5.5)]),
        ("run rate", [c(.revenue, 4)]), ("top line", [c(.revenue, 4)]), ("recurring revenue", [c(.revenue, 5)]),
        ("per share", [c(.price, 4)]), ("a share", [c(.price, 3.5)]), ("per month", [c(.price, 3)]),
        ("a month", [c(.price, 3)]), ("per year", [c(.price, 1.5)]), ("per unit", [c(.price, 3)]),
        ("sell for", [c(.price, 3.5)]), ("sells for", [c(.price, 3.5)]), ("sold for", [c(.price, 3.5)]),
        ("market size", [c(.marketSize, 6)]), ("market share", [c(.marketShare, 6, [.percent])]),
        ("share of", [c(.marketShare, 3, [.percent])]), 
        ("pay package", [c(.compensation, 6)]), ("pay packages", [c(.compensation, 6)]),
        ("hourly pay", [c(.compensation, 5)]), ("average pay", [c(.compensation, 5)]), ("base pay", [c(.compensation, 5)]),
        ("annual pay", [c(.compensation, 5)]), ("total pay", [c(.compensation, 5)]), ("pay rise", [c(.compensation, 4)]),
        ("takes home", [c(.compensation, 5, [.money, .multiple])]), ("take home", [c(.compensation, 5, [.money, .multiple])]),
        ("took home", [c(.compensation, 5, [.money, .multiple])]),
        ("capital programme", [c(.investment, 5)]), ("capital program", [c(.investment, 5)]),
        ("capital plan", [c(.investment, 5)]), ("put in", [c(.investment, 3.5)]), ("over budget", [c(.cost, 5, [.money, .percent])]),
        ("write downs", [c(.cost, 5)]), ("write offs", [c(.cost, 5)]),

        ("capital expenditure", [c(.investment, 5)]), ("capital expenditures", [c(.investment, 5)]),
        ("capital spending", [c(.investment, 5)]), ("year over", [c(.growth, 3, [.percent, .multiple])]),
        ("year on", [c(.growth, 3, [.percent, .multiple])]), ("a year", [c(.growth, 1.5, [.percent])]),
        ("stock price", [c(.price, 4)]), ("share price", [c(.price, 4)]), ("starts at", [c(.price, 4)]),
        ("start at", [c(.price, 4)]), ("starting at", [c(.price, 4)]), ("an ounce", [c(.price, 4)]), ("a barrel", [c(.price, 4)]),
        ("to settle", [c(.fine, 4)]), ("agreed to", [c(.fine, 0.5)]),
        ("termination fee", [c(.fine, 6)]), ("breakup fee", [c(.fine, 6)]), ("break fee", [c(.fine, 6)]),
        ("compensation expense", [c(.compensation, 6)]), ("chief executive", [c(.compensation, 1.5)]),
("share repurchase", [c(.investment, 5)]),
    ]
}
