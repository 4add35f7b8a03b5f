/// English number words as the SEC's `numwordsen` rule reads them:
/// "no", "none", "one hundred twenty-three thousand", "a million".
enum NumberWords {
    private static let small: [String: Int] = [
        "zero": 0, "no": 0, "none": 0, "nil": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let large: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    static func value(_ text: String) -> Double? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !($0.isASCII && $0.isNumber) && $0 != "." })
        guard !words.isEmpty else { return nil }
        var total = 0.0
        var current = 0.0
        var matched = false
        for raw in words {
            let word = String(raw)
            if word == "and" { continue }
            if let n = small[word] { current += Double(n); matched = true }
            else if let d = Double(word) { current += d; matched = true }
            else if word == "hundred" { current = max(current, 1) * 100; matched = true }
            else if let scale = large[word] { total += max(current, 1) * scale; current = 0; matched = true }
            else { return nil }
        }
        return matched ? total + current : nil
    }
}
