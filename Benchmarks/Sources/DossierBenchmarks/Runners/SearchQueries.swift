import DossierModel
public import DossierStorage

/// The fixed query set of the search benchmark, picked from the corpus's own
/// vocabulary by frequency rank so it is the same for every run with a seed:
/// rare and common words, two- and three-word AND, phrases, prefixes, NEAR,
/// OR/NOT, and the same with kind, date and publisher filters.
public enum SearchQueries {
    public struct Named: Sendable {
        public var label: String
        public var query: SearchQuery
    }

    public static func make(prose: ProseWriter) -> [Named] {
        let words = prose.vocabulary.words
        let base = Vocabulary.functionWords.count
        func word(_ rank: Int) -> String { words[base + rank] }
        var out: [Named] = []
        func add(_ label: String, _ text: String, kind: DocumentKind? = nil, since: String? = nil, until: String? = nil,
                 publisher: String? = nil) {
            out.append(Named(label: label, query: SearchQuery(text: text, kind: kind, since: since, until: until,
                                                              publisher: publisher, limit: 20)))
        }
        for rank in [0, 3, 9] { add("common word", word(rank)) }
        for rank in [400, 2_500] { add("mid word", word(rank)) }
        for rank in [15_000, 25_000, 40_000] { add("rare word", word(rank)) }
        add("2-word AND (common)", "\(word(1)) \(word(5))")
        add("2-word AND (common+rare)", "\(word(2)) \(word(20_000))")
        add("2-word AND (mid)", "\(word(300)) \(word(700))")
        add("2-word explicit AND", "\(word(50)) AND \(word(80))")
        add("3-word AND", "\(word(4)) \(word(40)) \(word(400))")
        add("3-word AND (mid)", "\(word(120)) \(word(600)) \(word(1_500))")
        for i in [0, 1, 3, 7] { add("phrase", "\"" + prose.phrases[i].joined(separator: " ") + "\"") }
        add("organisation phrase", "\"\(prose.organisations[5])\"")
        add("prefix (common)", String(word(6).prefix(3)) + "*")
        add("prefix (mid)", String(word(900).prefix(4)) + "*")
        add("prefix (long)", String(word(5_000).prefix(5)) + "*")
        add("NEAR", "NEAR(\(prose.phrases[2][0]) \(prose.phrases[2][1]), 5)")
        add("NEAR (common)", "NEAR(\(word(0)) \(word(2)), 3)")
        add("OR", "\(word(700)) OR \(word(800))")
        add("NOT", "\(word(10)) NOT \(word(11))")
        add("figure words", "billion valued")
        add("money token", "$4.2")
        add("common + kind filter", word(0), kind: .filing)
        add("common + since filter", word(1), since: "2024")
        add("common + until filter", word(3), until: "2016-06")
        add("common + publisher filter", word(2), publisher: prose.publishers[3])
        add("mid + kind filter", word(400), kind: .feedItem)
        add("phrase + since filter", "\"" + prose.phrases[4].joined(separator: " ") + "\"", since: "2020")
        add("2-word + all filters", "\(word(1)) \(word(5))", kind: .article, since: "2018", until: "2024",
            publisher: prose.publishers[0])
        add("rare + kind filter", word(30_000), kind: .article)
        return out
    }
}
