/// Writes news prose from a ``Vocabulary``: sentences of Zipf-drawn words,
/// with organisations, people, recurring phrases and — in about a quarter of
/// the sentences — figures: money, ranges, percentages, durations and dates.
public struct ProseWriter: Sendable {
    public let vocabulary: Vocabulary
    /// Organisation names ("Brantex Labs"), built from the vocabulary.
    public let organisations: [String]
    public let people: [String]
    /// Two- and three-word phrases that recur across the corpus, so phrase and
    /// NEAR queries have something to find.
    public let phrases: [[String]]
    public let publishers: [String]

    /// Share of sentences that carry a figure.
    public var figureShare = 0.25

    static let orgSuffixes = ["Labs", "Corp", "Group", "Systems", "Capital", "Bank", "Energy", "Health", "Motors", "AI"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let numberWords = ["two", "three", "four", "five", "six", "eight", "ten", "twelve"]
    static let scales = ["million", "billion", "bn", "m"]
    static let currencies = ["$", "$", "$", "€", "£"]
    static let durationUnits = ["days", "weeks", "months", "years", "quarters"]
    static let figureVerbs = ["raised", "spent", "reported revenue of", "was valued at", "lost", "invested",
                              "set aside", "paid", "earned", "borrowed"]
    static let attributions = ["according to", "said", "analysts at", "a spokesperson for", "filings show", "estimates from"]

    public init(vocabulary: Vocabulary, seed: UInt64) {
        self.vocabulary = vocabulary
        var random = SeededRandom(seed: seed ^ 0x7072_6F73_6577_7269)
        let content = Array(vocabulary.words.dropFirst(Vocabulary.functionWords.count))
        func name(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        organisations = (0..<400).map { i in name(content[200 + i * 7]) + " " + random.pick(Self.orgSuffixes) }
        people = (0..<300).map { i in name(content[1000 + i * 3]) + " " + name(content[5000 + i * 11]) }
        phrases = (0..<200).map { i in
            let n = i % 3 == 0 ? 3 : 2
            return (0..<n).map { k in content[300 + i * 13 + k * 5] }
        }
        publishers = (0..<12).map { i in "The " + name(content[100 + i]) + " " + ["Courier", "Ledger", "Times", "Post", "Wire", "Review"][i % 6] }
    }

    /// A paragraph of `sentences` sentences.
    public func paragraph(_ random: inout SeededRandom, sentences: Int) -> String {
        var out = ""
        for i in 0..<sentences {
            if i > 0 { out += " " }
            out += sentence(&random)
        }
        return out
    }

    /// One sentence; with probability ``figureShare`` it carries a figure.
    public func sentence(_ random: inout SeededRandom) -> String {
        random.chance(figureShare) ? figureSentence(&random) : plainSentence(&random)
    }

    func plainSentence(_ random: inout SeededRandom) -> String {
        var words: [String] = []
        let length = random.int(8...28)
        while words.count < length {
            let roll = random.unit()
            if roll < 0.04 {
                words.append(random.pick(organisations))
            } else if roll < 0.07 {
                words.append(contentsOf: random.pick(phrases))
            } else if roll < 0.09 {
                words.append(random.pick(people))
            } else {
                words.append(vocabulary.sample(&random))
            }
            if words.count > 4, random.chance(0.06) { words[words.count - 1] += "," }
        }
        return capitalised(words.joined(separator: " ")) + (random.chance(0.05) ? "?" : ".")
    }

    func figureSentence(_ random: inout SeededRandom) -> String {
        let org = random.pick(organisations)
        let filler = (0..<random.int(2...9)).map { _ in vocabulary.sample(&random) }.joined(separator: " ")
        let tail = (0..<random.int(1...6)).map { _ in vocabulary.contentWord(&random) }.joined(separator: " ")
        switch random.int(0...7) {
        case 0, 1:
            return "\(org) \(random.pick(Self.figureVerbs)) \(money(&random)) \(filler) in \(date(&random)), \(attribution(&random))."
        case 2:
            return "The \(tail) could cost between \(money(&random)) and \(money(&random)) over the next \(random.pick(Self.numberWords)) years, \(attribution(&random))."
        case 3:
            return "\(capitalised(filler)) rose \(percent(&random)) to \(money(&random)) \(tail), \(org) said on \(date(&random))."
        case 4:
            return "\(capitalised(tail)) is expected to take \(random.int(2...18))-\(random.int(19...36)) months, \(filler) \(attribution(&random))."
        case 5:
            return "\(org) cut \(tail) by \(random.int(1...60)) percent in the \(["first", "second", "third", "fourth"][random.int(0...3)]) quarter of \(random.int(2015...2025)), \(filler)."
        case 6:
            return "About \(random.int(2...950)),\(String(format3: random.int(0...999))) \(tail) \(filler) within \(random.int(2...48)) \(random.pick(Self.durationUnits)) of \(date(&random))."
        default:
            return "\(capitalised(filler)) fell \(random.int(1...9)).\(random.int(0...9))% to \(random.int(0...9)).\(random.int(1...9))% \(tail), while rates rose by \(random.pick(["25", "50", "75"])) basis points."
        }
    }

    func money(_ random: inout SeededRandom) -> String {
        let currency = random.pick(Self.currencies)
        let scale = random.pick(Self.scales)
        let whole = random.int(1...950)
        let amount = random.chance(0.4) ? "\(whole).\(random.int(1...9))" : "\(whole)"
        return scale.count > 2 ? "\(currency)\(amount) \(scale)" : "\(currency)\(amount)\(scale)"
    }

    func percent(_ random: inout SeededRandom) -> String {
        random.chance(0.7) ? "\(random.int(1...80)).\(random.int(0...9))%" : "\(random.int(1...80)) percent"
    }

    func date(_ random: inout SeededRandom) -> String {
        switch random.int(0...3) {
        case 0: return "\(random.pick(Self.months)) \(random.int(1...28)), \(random.int(2015...2025))"
        case 1: return "\(random.pick(Self.months)) \(random.int(2015...2025))"
        case 2: return "Q\(random.int(1...4)) \(random.int(2015...2025))"
        default: return "\(random.int(2015...2025))"
        }
    }

    func attribution(_ random: inout SeededRandom) -> String {
        "\(random.pick(Self.attributions)) \(random.chance(0.5) ? random.pick(people) : random.pick(organisations))"
    }

    func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension String {
    /// Three digits with leading zeros ("007").
    init(format3 n: Int) {
        let s = String(n)
        self = String(repeating: "0", count: Swift.max(0, 3 - s.count)) + s
    }
}
