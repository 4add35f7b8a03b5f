import Testing
@testable import DossierIngest

/// The text paths work on UTF-8 bytes for speed; these tests pin them to the
/// scalar- and character-level definitions they replaced, on seeded random
/// text full of the awkward cases (no-break and zero-width spaces, combining
/// marks, CJK and Arabic commas, emoji), with ASCII runs long enough to take
/// the eight-bytes-at-a-time paths.
@Suite("Byte-level text paths agree with their scalar definitions")
struct ByteLevelTextTests {
    static let pieces: [String] = [
        "a", "Zeta", "word", "  ", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{200B}", "\u{2028}",
        "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{200D}", "é", "e\u{301}", " \u{301}", ",", "，", "、", "،", "日本語",
        "😀", "ü", "1,234", "longer ascii text run", "x,y,z", "\u{0600} ", "date",
    ]

    static func randomText(_ rng: inout SeededGenerator, maxPieces: Int = 14) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) { s += pieces.randomElement(using: &rng)! }
        return s
    }

    @Test func textBuilderMatchesScalarDefinition() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            var fast = TextBuilder()
            var reference = ScalarTextBuilder()
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let text = Self.randomText(&rng)
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: fast.lineBreak(); reference.lineBreak()
                case 1: fast.breakParagraph(); reference.breakParagraph()
                case 2: fast.paragraph(text); reference.paragraph(text)
                default: fast.append(text); reference.append(text)
                }
                #expect(fast.isEmpty == reference.isEmpty)
            }
            #expect(fast.text == reference.text)
        }
    }

    @Test func appendReportsWhetherAnyTextCame() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let text = Self.randomText(&rng)
            var builder = TextBuilder()
            #expect(builder.appendReportingText(text) == text.unicodeScalars.contains { !TextBuilder.isSpace($0) })
        }
    }

    @Test func pageIndexCountsMatchScalars() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<3000 {
            let text = Self.randomText(&rng, maxPieces: 30)
            var chars = 0, commas = 0
            for scalar in text.unicodeScalars {
                if !TextBuilder.isSpace(scalar) { chars += 1 }
                if scalar == "," || scalar == "，" || scalar == "、" || scalar == "،" { commas += 1 }
            }
            let counted = PageIndex.count(text)
            #expect(counted.chars == chars && counted.commas == commas, "\(text.debugDescription)")
        }
    }

    @Test func utf8ValidationMatchesTheStandardLibrary() {
        var rng = SeededGenerator(seed: 5)
        let odd: [[UInt8]] = [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF], [0xC3, 0xA9]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                if Bool.random(using: &rng) {
                    bytes += Array(Self.randomText(&rng).utf8)
                } else {
                    bytes += odd.randomElement(using: &rng)!
                }
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(TextEncoding.isValidUTF8(bytes) == expected, "\(bytes)")
        }
    }

    @Test func nonEmptyLinesMatchCharacterSplit() {
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<2000 {
            let text = Self.randomText(&rng)
            #expect(text.nonEmptyLines() == text.split(separator: "\n").map(String.init))
        }
    }

    @Test func hasAtMostCountsCharacters() {
        var rng = SeededGenerator(seed: 13)
        for _ in 0..<2000 {
            let text = Self.randomText(&rng)
            let limit = Int.random(in: 0...20, using: &rng)
            #expect(text.hasAtMost(limit) == (text.count <= limit))
        }
    }
}

/// The scalar-by-scalar TextBuilder the byte version replaced, kept as the
/// definition it must match.
private struct ScalarTextBuilder {
    private var paragraphs: [String] = []
    private var current = ""
    private var pendingSpace = false

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if TextBuilder.isSpace(scalar) {
                pendingSpace = !current.isEmpty && current.unicodeScalars.last != "\n"
            } else {
                if pendingSpace { current.unicodeScalars.append(" "); pendingSpace = false }
                current.unicodeScalars.append(scalar)
            }
        }
    }

    mutating func lineBreak() {
        pendingSpace = false
        if !current.isEmpty, current.last != "\n" { current.append("\n") }
    }

    mutating func breakParagraph() {
        pendingSpace = false
        while current.last == "\n" || current.last == " " { current.removeLast() }
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
    }

    mutating func paragraph(_ text: String) {
        breakParagraph()
        append(text)
        breakParagraph()
    }

    var isEmpty: Bool { paragraphs.isEmpty && current.isEmpty }

    var text: String {
        var copy = self
        copy.breakParagraph()
        return copy.paragraphs.joined(separator: "\n\n")
    }
}

/// SplitMix64: the same random text on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
