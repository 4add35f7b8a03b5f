@testable import DossierClaims
import Testing

/// Every entry of the meaning word lists is a lemma as the lemmatiser writes it (lower case, one word,
/// no stray spaces), and lists that must not overlap do not.
struct MeaningWordsTests {
    static let lists: [(String, Set<String>)] = [
        ("upVerbs", MeaningWords.upVerbs), ("downVerbs", MeaningWords.downVerbs),
        ("upNouns", MeaningWords.upNouns), ("downNouns", MeaningWords.downNouns),
        ("objectBearerVerbs", MeaningWords.objectBearerVerbs), ("linkingVerbs", MeaningWords.linkingVerbs),
        ("speechVerbs", MeaningWords.speechVerbs), ("pricedThings", MeaningWords.pricedThings),
        ("companyNouns", MeaningWords.companyNouns), ("timeNouns", MeaningWords.timeNouns),
        ("quantityNouns", MeaningWords.quantityNouns), ("relativePronouns", MeaningWords.relativePronouns),
        ("standInPronouns", MeaningWords.standInPronouns), ("quantitiesOfThings", MeaningWords.quantitiesOfThings),
        ("authorityNouns", MeaningWords.authorityNouns), ("eventVerbs", MeaningWords.eventVerbs),
    ]

    @Test(arguments: lists.flatMap { list in list.1.sorted().map { "\(list.0): \($0)" } })
    func entryIsALowerCaseLemma(_ entry: String) {
        let word = String(entry.split(separator: " ").last!)
        #expect(word == word.lowercased() && !word.isEmpty && word.allSatisfy { $0.isLetter || $0 == "'" }, "\(entry)")
    }

    /// Each word whose tag the extractor fixes gets that tag in a parse, whatever the tagger would say.
    @Test(arguments: MeaningWords.alwaysNouns.sorted().map { ($0, "NOUN") } + MeaningWords.alwaysAdjectives.sorted().map { ($0, "ADJ") }
        + MeaningWords.alwaysVerbs.sorted().map { ($0, "VERB") })
    func fixedTagHolds(_ word: String, _ tag: String) throws {
        let text = "The \(word) figure rose 5% last year."
        let bytes = Array(text.utf8)
        let parse = try #require(MeaningReader(published: nil).parse(bytes, 0..<bytes.count))
        let i = try #require(parse.words.firstIndex { $0.form.lowercased() == word }, "\(word) not one word")
        #expect("\(parse.tag(i))" == tag)
        #expect(MeaningWords.alwaysNouns.isDisjoint(with: MeaningWords.alwaysAdjectives))
        #expect(MeaningWords.alwaysVerbs.isDisjoint(with: MeaningWords.alwaysNouns.union(MeaningWords.alwaysAdjectives)))
    }

    @Test func changeListsPointOneWayEach() {
        #expect(MeaningWords.upVerbs.isDisjoint(with: MeaningWords.downVerbs))
        #expect(MeaningWords.upNouns.isDisjoint(with: MeaningWords.downNouns))
        #expect(MeaningWords.upOnlyForPercent.isSubset(of: MeaningWords.upVerbs))
        #expect(MeaningWords.downOnlyForPercent.isSubset(of: MeaningWords.downVerbs))
        #expect(Set(MeaningWords.verbMeasures.keys).allSatisfy { $0 == $0.lowercased() })
        // A company stand-in is never a time, and a time never a company.
        #expect(MeaningWords.companyNouns.isDisjoint(with: MeaningWords.timeNouns))
        // A quantity of a thing is a quantity.
        #expect(MeaningWords.quantitiesOfThings.isSubset(of: MeaningWords.quantityNouns))
    }

    @Test(arguments: QuantityUnits.spellings.flatMap { unit in unit.1.map { "\(unit.0)=\($0)" } })
    func everySpellingNamesItsUnit(_ entry: String) {
        let parts = entry.split(separator: "=").map(String.init)
        #expect(QuantityUnits.unit(for: parts[1]) == parts[0], "\(entry)")
    }

    @Test func resolutionsAreNotCounts() {
        #expect(QuantityUnits.isResolution("4K") && QuantityUnits.isResolution("1440p") && QuantityUnits.isResolution("1080p"))
        #expect(!QuantityUnits.isResolution("400K") && !QuantityUnits.isResolution("12p") && !QuantityUnits.isResolution("K"))
    }
}

/// Other languages yield no claims; English, tables and headlines do.
struct EnglishCheckTests {
    static func english(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { EnglishCheck.isEnglish($0) }
    }

    @Test func tellsEnglishFromItsNeighbours() {
        #expect(Self.english("The company said revenue rose 5% to $1.2 billion in the quarter."))
        #expect(Self.english("Diluted earnings per share | $1.84 | $1.52 | 21%"))
        #expect(Self.english("Der Spiegel reported the figures on Monday, and the ministry confirmed them."))
        #expect(!Self.english("Der Umsatz stieg im dritten Quartal um 4,2 Prozent auf 1,3 Milliarden Euro, teilte der Konzern mit."))
        #expect(!Self.english("Le chiffre d'affaires du groupe a reculé de 3,8 % au premier semestre, à 12,4 milliards d'euros."))
        #expect(!Self.english("Выручка компании за 2024 год выросла на 12% и составила 1,8 трлн рублей."))
        #expect(ClaimExtractor().extract(from: "La empresa ganó 45 millones de euros en el primer trimestre, según la compañía.").isEmpty)
    }
}
