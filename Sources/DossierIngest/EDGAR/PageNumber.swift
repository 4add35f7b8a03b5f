/// Page references as printed: `12`, `- 12 -`, `Page 12`, `Page 12 of 40`,
/// `F-12`, `A-3`, roman `iv`.
enum PageNumber {
    /// - Parameter strict: only the unmistakable forms (digits, `- 12 -`,
    ///   `Page 12`); lenient also accepts `F-12` and roman numerals, which are
    ///   page numbers only at a page's edge or in a contents table.
    static func matches(_ raw: String, strict: Bool) -> Bool {
        let text = raw.trimmingSpaces()
        guard !text.isEmpty, text.count <= 24 else { return false }
        var core = Substring(text)
        let dashes: Set<Character> = ["-", "–", "—", "|"]
        while let f = core.first, dashes.contains(f) || f == " " { core = core.dropFirst() }
        while let l = core.last, dashes.contains(l) || l == " " { core = core.dropLast() }
        let lower = core.lowercased()
        if lower.hasPrefix("page ") {
            let rest = lower.dropFirst(5).split(separator: " ")
            if rest.count == 1 || (rest.count == 3 && rest[1] == "of") { return rest[0].allSatisfy(\.isNumber) || isRoman(String(rest[0])) }
            return false
        }
        if !lower.isEmpty, lower.count <= 3, lower.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        if strict { return false }
        if isRoman(lower) { return true }
        // F-12, A-1, II-4, S-3
        let parts = lower.split(separator: "-")
        if parts.count == 2, parts[0].count <= 3, parts[0].allSatisfy(\.isLetter), !parts[1].isEmpty, parts[1].count <= 3,
           parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
            return true
        }
        return false
    }

    private static func isRoman(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 6 && s.allSatisfy { "ivxlc".contains($0) }
    }
}
