import DossierStorage
import Testing

/// The search language, read into its tree once for every backend.
@Suite struct SearchSyntaxTests {
    func parse(_ text: String) -> SearchExpression? { SearchSyntax.parse(text) }

    @Test func wordsArePartsAllRequired() {
        #expect(parse("export controls") == .all([.word("export", prefix: false), .word("controls", prefix: false)]))
        #expect(parse("export") == .word("export", prefix: false))
        #expect(parse("export AND controls") == parse("export controls"))
    }

    @Test func punctuatedChunksArePhrases() {
        #expect(parse("AT&T") == .phrase("AT&T", prefix: false))
        #expect(parse("U.S. tariffs") == .all([.phrase("U.S.", prefix: false), .word("tariffs", prefix: false)]))
        #expect(parse("$100m") == .phrase("$100m", prefix: false))
        #expect(parse("GPT-4") == .phrase("GPT-4", prefix: false))
    }

    @Test func phrasesAndPrefixes() {
        #expect(parse("\"red tape\" employ*") == .all([.phrase("red tape", prefix: false), .word("employ", prefix: true)]))
        #expect(parse("\"red ta\"*") == .phrase("red ta", prefix: true))
        #expect(parse("\"unterminated phrase") == .phrase("unterminated phrase", prefix: false))
        #expect(parse("*") == nil, "a star alone searches nothing")
        #expect(parse("a*b") == .phrase("a*b", prefix: false))
    }

    @Test func notBindsTighterThanAndTighterThanOr() {
        let a = SearchExpression.word("a", prefix: false), b = SearchExpression.word("b", prefix: false)
        let c = SearchExpression.word("c", prefix: false), d = SearchExpression.word("d", prefix: false)
        #expect(parse("a b OR c") == .any([.all([a, b]), c]))
        #expect(parse("a OR b c") == .any([a, .all([b, c])]))
        #expect(parse("a NOT b c") == .all([.excluding(a, b), c]))
        #expect(parse("a OR b NOT c") == .any([a, .excluding(b, c)]))
        #expect(parse("(a OR b) NOT (c d)") == .excluding(.any([a, b]), .all([c, d])))
        #expect(parse("a OR b OR c") == .any([a, b, c]))
    }

    @Test func mistakesAreMendedNotRefused() {
        let a = SearchExpression.word("a", prefix: false), b = SearchExpression.word("b", prefix: false)
        #expect(parse("a AND") == a, "an operator with nothing after it is dropped")
        #expect(parse("OR a") == a)
        #expect(parse("NOT a") == a, "nothing to exclude from: the word is searched")
        #expect(parse("(a b") == .all([a, b]), "a missing closing parenthesis is added")
        #expect(parse("a) b") == .all([a, b]), "a stray closing parenthesis is ignored")
        #expect(parse("AND OR NOT") == nil)
        #expect(parse("   ") == nil)
        #expect(parse("^a") == a, "FTS5's first-word marker is read as the word")
        #expect(parse("and or not") == .all([.word("and", prefix: false), .word("or", prefix: false), .word("not", prefix: false)]),
                "operators are capitals only")
    }

    @Test func near() {
        let a = SearchExpression.word("a", prefix: false), b = SearchExpression.word("b", prefix: false)
        #expect(parse("NEAR(a b, 5)") == .near([a, b], distance: 5))
        #expect(parse("NEAR(a b ,5)") == .near([a, b], distance: 5))
        #expect(parse("NEAR(a \"b c\")") == .near([a, .phrase("b c", prefix: false)], distance: SearchExpression.nearDistance))
        #expect(parse("NEAR(a)") == a)
        #expect(parse("NEAR(") == nil)
        #expect(parse("NEAR a") == .all([.word("NEAR", prefix: false), a]), "NEAR without a parenthesis is a word")
        #expect(parse("x NEAR(a b, 3) y") == .all([.word("x", prefix: false), .near([a, b], distance: 3), .word("y", prefix: false)]))
    }

    @Test func literalReadsNoOperators() {
        #expect(SearchSyntax.literal("export OR spectrum*") == .all([
            .word("export", prefix: false), .word("OR", prefix: false), .phrase("spectrum*", prefix: false),
        ]))
        #expect(SearchSyntax.literal("\"quoted\"") == .phrase("\"quoted\"", prefix: false))
        #expect(SearchSyntax.literal("- ,") == nil)
    }

    @Test func termsLeaveOutWhatIsExcluded() {
        #expect(parse("a OR \"b c\" NOT d")?.terms == [.word("a", prefix: false), .phrase("b c", prefix: false)])
    }

    @Test func anyTypedTextParsesWithoutTrapping() {
        // Every combination of awkward pieces, two and three at a time.
        let pieces = ["\"", "(", ")", "*", "^", ",", "AND", "OR", "NOT", "NEAR", "NEAR(", "5)", ",3", "a", "b*", "U.S.", "é", "🙂"]
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let parsed = SearchSyntax.parse("\(x) \(y)\(z)")
                    if let parsed { #expect(!parsed.terms.isEmpty) }
                }
            }
        }
    }
}

/// Root names and the citations made from them.
@Suite struct SourceNamesTests {
    @Test func defaultNamesAreAlwaysValid() {
        for root in ["/home/ana/stories", "/data/.hidden", "/x/-dash", "/x/" + String(repeating: "long-", count: 30), "/",
                     "/media/USB Stick (2)", "/x/été", "/x/report.pdf"] {
            let name = SourceNames.defaultName(for: root)
            #expect(SourceNames.problem(with: name) == nil, "\(root) → \(name)")
            #expect(SourceNames.problem(with: name + "-12") == nil)
        }
        #expect(SourceNames.defaultName(for: "/media/USB Stick (2)") == "USB-Stick--2-")
        #expect(SourceNames.problem(with: "a:b") != nil && SourceNames.problem(with: "a/b") != nil && SourceNames.problem(with: "") != nil)
    }

    @Test func citationsUseTheInnermostRoot() {
        let names = SourceNames(roots: ["/data", "/data/leak", "/tmp/one.pdf"], names: ["/data/leak": "leak"])
        #expect(names.cite("/data/leak/a/b.html") == "leak:a/b.html")
        #expect(names.cite("/data/other/c.html") == "data:other/c.html")
        #expect(names.cite("/data/leak/mail.mbox#3") == "leak:mail.mbox#3")
        #expect(names.cite("/tmp/one.pdf") == "one.pdf" && names.cite("/tmp/one.pdf#2") == "one.pdf#2")
        #expect(names.cite("/elsewhere/x") == nil && names.cite("/datax/y") == nil)
        #expect(names.path(of: "leak:a/b.html") == "/data/leak/a/b.html")
        #expect(names.path(of: "nobody:a") == nil && names.path(of: "/abs/path") == nil)
    }
}
