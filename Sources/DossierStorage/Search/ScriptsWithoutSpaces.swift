/// Scripts written without spaces between words (Chinese, Japanese, Korean,
/// Thai, Lao, Myanmar, Khmer): a word-based full-text index cannot split them
/// into words, so documents holding them are also indexed by trigrams (SQLite:
/// schema/0013; PostgreSQL: schema/postgres/0004) and searched by substring.
public enum ScriptsWithoutSpaces {
    /// Unicode ranges of those scripts.
    public static let ranges: [ClosedRange<UInt32>] = [
        0x0E00...0x0EFF,
        0x1000...0x109F,
        0x1780...0x17FF,
        0x3040...0x30FF,
        0x3400...0x4DBF,
        0x4E00...0x9FFF,
        0xAC00...0xD7AF,
        0xF900...0xFAFF,
    ]

    /// The ranges as a bracket expression (`[฀-໿…]`), which an SQLite GLOB and a PostgreSQL regular
    /// expression read alike; the schemas spell it out, and a test holds them to this.
    public static let characterClass = "[" + ranges.map {
        String(Character(Unicode.Scalar($0.lowerBound)!)) + "-" + String(Character(Unicode.Scalar($0.upperBound)!))
    }.joined() + "]"

    /// Whether the text holds any character of those scripts.
    public static func occurs(in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in ranges.contains { $0.contains(scalar.value) } }
    }
}

/// A query in a script without spaces, searched by substring: its words and the snippet of a hit.
public enum UnspacedQuery {
    /// The query's words, each searched as a substring; LIKE's wildcards are taken out.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { word in
            String(word.filter { $0 != "%" && $0 != "_" && $0 != "\"" && $0 != "*" && $0 != "\\" })
        }.filter { !$0.isEmpty }
    }

    /// About 60 characters either side of the first word found, the words marked.
    public static func snippet(_ text: String, words: [String], highlight: (String, String)) -> String {
        guard let first = words.lazy.compactMap({ text.range(of: $0) }).first else {
            return String(text.prefix(120))
        }
        let start = text.index(first.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(first.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
        var out = String(text[start..<end]).replacingOccurrences(of: "\n", with: " ")
        for word in words { out = out.replacingOccurrences(of: word, with: highlight.0 + word + highlight.1) }
        return (start > text.startIndex ? "…" : "") + out + (end < text.endIndex ? "…" : "")
    }
}
