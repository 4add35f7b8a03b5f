import Testing
import DossierLanguage

/// Token forms and byte ranges on news and filings shapes; the expected cuts follow UD English EWT.
@Suite struct TokenizerTests {
    static func forms(_ text: String) -> [String] { Tokenizer.tokens(in: text).map(\.form) }

    @Test(arguments: [
        ("Apple's $1.5bn deal", ["Apple", "'s", "$", "1.5", "bn", "deal"]),
        ("U.S.-based lenders", ["U.S.", "-", "based", "lenders"]),
        ("Q3 sales in the 10-K filing", ["Q3", "sales", "in", "the", "10-K", "filing"]),
        ("Investors don't care", ["Investors", "do", "n't", "care"]),
        ("Shares won't recover", ["Shares", "wo", "n't", "recover"]),
        ("Banks can't lend", ["Banks", "ca", "n't", "lend"]),
        ("they're hiring", ["they", "'re", "hiring"]),
        ("I'm told", ["I", "'m", "told"]),
        ("We're gonna sell", ["We", "'re", "gon", "na", "sell"]),
        ("It cannot pay", ["It", "can", "not", "pay"]),
        ("Apple’s shares didn’t move", ["Apple", "’s", "shares", "did", "n’t", "move"]),
        ("the companies' debts", ["the", "companies", "'", "debts"]),
        ("2,400 jobs", ["2,400", "jobs"]),
        ("1,234.56 euros", ["1,234.56", "euros"]),
        ("up 2-1/2 points, or 1/2 a point", ["up", "2-1/2", "points", ",", "or", "1/2", "a", "point"]),
        ("fell to (£12.80) a share", ["fell", "to", "(", "£", "12.80", ")", "a", "share"]),
        ("rose 3.5% to €20m", ["rose", "3.5", "%", "to", "€", "20", "m"]),
        ("Acme Inc. said", ["Acme", "Inc.", "said"]),
        ("on Dec. 9 at 5pm", ["on", "Dec.", "9", "at", "5", "pm"]),
        ("a 10km route", ["a", "10", "km", "route"]),
        ("the 20th floor in the 1990s", ["the", "20th", "floor", "in", "the", "1990s"]),
        ("the COVID-19 rules for the A320neo", ["the", "COVID-19", "rules", "for", "the", "A320neo"]),
        ("e.g. at 9 a.m. sharp", ["e.g.", "at", "9", "a.m.", "sharp"]),
        ("Mr. Smith and J. P. Morgan", ["Mr.", "Smith", "and", "J.", "P.", "Morgan"]),
        ("a non-profit co-founder", ["a", "non-profit", "co-founder"]),
        ("a two-year, low-cost plan", ["a", "two", "-", "year", ",", "low", "-", "cost", "plan"]),
        ("from 2019-2021", ["from", "2019", "-", "2021"]),
        ("call 212-555-0100 now", ["call", "212-555-0100", "now"]),
        ("and/or AT&T and S&P", ["and", "/", "or", "AT&T", "and", "S&P"]),
        ("\"We're done,\" she said.", ["\"", "We", "'re", "done", ",", "\"", "she", "said", "."]),
        ("“Sell,” he said…", ["“", "Sell", ",", "”", "he", "said", "…"]),
        ("Wait... what?!", ["Wait", "...", "what", "?!"]),
        ("costs -- and debts — rose", ["costs", "--", "and", "debts", "—", "rose"]),
        ("in the '90s", ["in", "the", "'90s"]),
        ("a US$5 fee", ["a", "US$", "5", "fee"]),
        ("O'Neill's firm", ["O'Neill", "'s", "firm"]),
    ])
    func cutsNewsShapes(text: String, expected: [String]) {
        #expect(Self.forms(text) == expected)
    }

    @Test func keepsLinksAndAddressesWhole() {
        #expect(Self.forms("See https://example.com/ir/q3-2024?id=7&x=1.") ==
            ["See", "https://example.com/ir/q3-2024?id=7&x=1", "."])
        #expect(Self.forms("(www.acme-corp.com/investors)") == ["(", "www.acme-corp.com/investors", ")"])
        #expect(Self.forms("Email press@acme.co.uk, or call.") == ["Email", "press@acme.co.uk", ",", "or", "call", "."])
        #expect(Self.forms("<ir@example.org>") == ["<", "ir@example.org", ">"])
    }

    /// EWT ends a sentence that closes on an abbreviation with its own "." token.
    @Test func splitsTheFinalPeriodOfAnAbbreviationAtTheEnd() {
        #expect(Self.forms("It was sold to Acme Inc.") == ["It", "was", "sold", "to", "Acme", "Inc", "."])
        #expect(Self.forms("They met at 5 p.m.\"") == ["They", "met", "at", "5", "p.m", ".", "\""])
        #expect(Self.forms("Acme Inc. said") == ["Acme", "Inc.", "said"])
    }

    @Test func numberAbbreviationsKeepTheirPeriodOnlyBeforeANumber() {
        #expect(Self.forms("It ranked No. 3 overall") == ["It", "ranked", "No.", "3", "overall"])
        #expect(Self.forms("The answer was no. Then") == ["The", "answer", "was", "no", ".", "Then"])
    }

    @Test func offsetsAreUTF8BytesAfterMultibyteText() {
        let text = "Café Zürich’s €20m—deal"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.form) == ["Café", "Zürich", "’s", "€", "20", "m", "—", "deal"])
        // "é", "ü" are 2 bytes; "’", "€", "—" are 3.
        #expect(tokens.map(\.start) == [0, 6, 13, 18, 21, 23, 24, 27])
        #expect(tokens.map(\.end) == [5, 13, 17, 21, 23, 24, 27, 31])
        #expect(tokens.map(\.spaceAfter) == [true, false, true, false, false, false, false, false])
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self) == token.form)
        }
    }

    @Test func contractionPiecesAreAdjacentSlices() {
        let tokens = Tokenizer.tokens(in: "“We don’t”")
        #expect(tokens.map(\.form) == ["“", "We", "do", "n’t", "”"])
        #expect(tokens[2].end == tokens[3].start)
        #expect(tokens[2].spaceAfter == false)
        #expect(tokens[2].start == 6 && tokens[3].end == 13)
    }

    @Test func rangeLimitsTheScanAndKeepsBufferOffsets() {
        let text = "Ignore this. Acme Corp. rose 2%. Ignore that."
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens(utf8: $0, in: 13..<32) }
        #expect(tokens.map(\.form) == ["Acme", "Corp.", "rose", "2", "%", "."])
        #expect(tokens.first?.start == 13)
        #expect(tokens.last?.end == 32)
    }

    @Test func unicodeSpacesSeparateTokens() {
        #expect(Self.forms("5\u{00A0}million\u{2009}shares") == ["5", "million", "shares"])
        #expect(Self.forms("  \n\t ").isEmpty)
        #expect(Self.forms("").isEmpty)
    }
}
