/// Scripts written without spaces between words (Chinese, Japanese, Korean,
/// Thai, Lao, Myanmar, Khmer): the main full-text index cannot split them into
/// words, so documents holding them are also indexed by trigrams
/// (schema/0013) and searched by substring.
enum ScriptsWithoutSpaces {
    /// Unicode ranges of those scripts.
    static let ranges: [ClosedRange<UInt32>] = [
        0x0E00...0x0EFF,
        0x1000...0x109F,
        0x1780...0x17FF,
        0x3040...0x30FF,
        0x3400...0x4DBF,
        0x4E00...0x9FFF,
        0xAC00...0xD7AF,
        0xF900...0xFAFF,
    ]

    /// The same ranges as an SQLite GLOB character class, as schema/0013 and the writer use it.
    static let globClass = "[฀-໿က-႟ក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿]"

    /// Whether the text holds any character of those scripts.
    static func occurs(in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in ranges.contains { $0.contains(scalar.value) } }
    }
}
