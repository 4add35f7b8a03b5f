/// Numbers written in words, as people type them to `trace`: "eight",
/// "twenty-four", "two hundred", "one and a half", and fractions of a whole
/// ("two-fifths", "three quarters") as a share in percent.
enum SpelledNumber {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Denominators of fractions, singular and plural ("a third", "two-thirds").
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
    ]

    /// The number a phrase spells, or nil.
    static func value(_ text: String) -> Double? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "and" }
        guard !words.isEmpty, words != ["a"], words != ["an"] else { return nil }
        var total = 0.0
        var current = 0.0
        var seen = false
        for (i, word) in words.enumerated() {
            if let n = units[word] {
                current += n
                seen = true
            } else if word == "hundred" || word == "dozen" {
                // "a dozen" is twelve, "two dozen" twenty-four: a multiplier, like "hundred".
                current = max(current, 1) * (word == "dozen" ? 12 : 100)
                seen = true
            } else if word == "thousand" {
                total += max(current, 1) * 1_000
                current = 0
                seen = true
            } else if word == "half", i == words.count - 1, seen {
                current += 0.5  // "one and a half": the "a" already counted 1
                current -= 1
            } else {
                return nil
            }
        }
        return seen ? total + current : nil
    }

    /// "two-fifths" → 40 (percent), "a quarter" → 25, "three quarters" → 75; nil when not a fraction.
    static func fractionPercent(_ text: String) -> Double? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count == 2, let numerator = units[words[0]], numerator > 0, numerator < 20,
              let denominator = denominators[words[1]] else { return nil }
        return numerator / denominator * 100
    }
}
