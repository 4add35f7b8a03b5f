/// Reads a filing's cover page for what it says about itself: the form type
/// ("FORM 10-K"), the registrant ("… (Exact name of registrant as specified in
/// its charter)"), the period ("For the fiscal year ended December 31, 2024",
/// "Date of Report (Date of earliest event reported): March 3, 2025") and the
/// Commission file number.
enum FilingCover {
    static let formTypes: Set<String> = [
        "10-K", "10-K/A", "10-K405", "10-KSB", "10-KT", "10-Q", "10-Q/A", "10-QSB", "8-K", "8-K/A", "20-F", "20-F/A", "40-F",
        "6-K", "S-1", "S-1/A", "S-3", "S-4", "S-8", "F-1", "F-3", "F-4", "11-K", "N-CSR", "SD", "10-D", "1-A", "1-K", "DEF 14A",
        "SC 13D", "SC 13G", "424B1", "424B2", "424B3", "424B4", "424B5", "13F-HR", "N-PORT", "POS AM",
    ]

    /// Looks at the first blocks (the cover page) only.
    static func metadata(_ blocks: [FilingBlock]) -> [String: String] {
        var metadata: [String: String] = [:]
        let texts: [String] = blocks.prefix(150).compactMap {
            switch $0 {
            case .paragraph(let text): return text
            case .row(let cells, _): return cells.joined(separator: " ")
            case .pageBreak: return nil
            }
        }
        for (index, raw) in texts.enumerated() {
            let text = oneLine(raw)
            let upper = asciiUppercased(text) ?? text.uppercased()
            if metadata["form_type"] == nil, let form = formType(upper) { metadata["form_type"] = form }
            if metadata["company"] == nil, UTF8Search.containsAny(upper, ["EXACT NAME OF REGISTRANT", "EXACT NAME OF ISSUER"]) {
                let before = text.split(separator: "(", maxSplits: 1).first.map(String.init)?.trimmingSpaces() ?? ""
                if before.count >= 2, !before.uppercased().hasPrefix("EXACT") {
                    metadata["company"] = before
                } else if index > 0 {
                    metadata["company"] = oneLine(texts[index - 1]).trimmingSpaces()
                }
            }
            if metadata["period"] == nil, let period = period(text, upper: upper) { metadata["period"] = period }
            if metadata["commission_file_number"] == nil, UTF8Search.containsAny(upper, ["FILE NUMBER", "FILE NO"]) {
                // Cover tables often print the number above its label.
                if let number = fileNumber(text) ?? (index > 0 ? fileNumber(oneLine(texts[index - 1])) : nil) {
                    metadata["commission_file_number"] = number
                }
            }
        }
        if let signed = signatureDate(blocks) { metadata["signature_date"] = signed }
        return metadata
    }

    /// The date on the signature page ("Date: November 7, 2025", or a
    /// "Date" cell in a signature table): the nearest thing to a filing date
    /// that a filing's own text states.
    static func signatureDate(_ blocks: [FilingBlock]) -> String? {
        for block in blocks.reversed() {
            switch block {
            case .paragraph(let text):
                // Only ASCII D, A, T, E lowercase to "date": a paragraph
                // without those four in a row has no date line, and most
                // paragraphs of a long filing are skipped with one byte scan.
                guard mentionsDate(text) else { continue }
                for line in text.split(separator: "\n").reversed() {
                    let trimmed = line.trimmingSpaces()
                    let lower = trimmed.lowercased()
                    guard lower.hasPrefix("date:") || lower.hasPrefix("dated:") || lower.hasPrefix("date :") else { continue }
                    let rest = trimmed.drop { $0 != ":" }.dropFirst()
                    if let day = PublishedDate.day(String(rest.prefix(40))) { return day }
                }
            case .row(let cells, _):
                if let first = cells.first?.lowercased(), first == "date:" || first == "date" || first == "dated:", cells.count >= 2,
                   let day = PublishedDate.day(cells[1]) {
                    return day
                }
            case .pageBreak:
                continue
            }
        }
        return nil
    }

    /// "FORM 10-K", "Form 8-K/A", "FORM 20-F" standing alone or leading a line.
    static func formType(_ upper: String) -> String? {
        let words = upper.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard words.count >= 2, words.count <= 6, words[0] == "FORM" else { return nil }
        let first = String(words[1])
        if words.count >= 3, formTypes.contains(first + " " + words[2]) { return first + " " + words[2] }
        let candidate = String(first.drop { ",.;:".contains($0) }.reversed().drop { ",.;:".contains($0) }.reversed())
        return formTypes.contains(candidate) ? candidate : nil
    }

    private static let periodPhrases = [
        "FOR THE FISCAL YEAR ENDED", "FOR THE FISCAL YEAR ENDING", "FOR THE QUARTERLY PERIOD ENDED", "FOR THE TRANSITION PERIOD FROM",
        "FOR THE YEAR ENDED", "DATE OF EARLIEST EVENT REPORTED", "FOR THE PERIOD ENDED", "FOR THE QUARTER ENDED",
    ]

    static func period(_ text: String, upper: String) -> String? {
        // A 6-K's "For the month of March 2025" names a month, not a day.
        if let rest = UTF8Search.after("FOR THE MONTH OF", in: upper) {
            let words = rest.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(3)
            if words.count >= 2, let month = PublishedDate.months[words[0].lowercased()], let year = Int(words[1]), (1900...2200).contains(year) {
                return "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
            }
        }
        for phrase in periodPhrases {
            // Month names read the same in capitals, so the uppercased text serves.
            guard let after = UTF8Search.after(phrase, in: upper) else { continue }
            let rest = String(after.prefix(60))
            // "Date of Report (Date of earliest event reported): March 3, 2025"
            let cleaned = rest.drop { $0 == ")" || $0 == ":" || $0 == " " }
            if let day = PublishedDate.day(String(cleaned)) { return day }
        }
        return nil
    }

    /// The first token shaped like `001-12345` or `333-123456` after the words.
    static func fileNumber(_ text: String) -> String? {
        for token in text.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "(" || $0 == ")" || $0 == "," }) {
            let parts = token.split(separator: "-")
            if parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) { return String(token) }
        }
        return nil
    }

    private static func oneLine(_ text: String) -> String {
        // ASCII without carriage returns: every newline is a character of
        // its own, so a byte map is the same as the character map, and far faster.
        let mapped: String? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            guard bytes.contains(0x0A) else { return text }
            return String(decoding: bytes.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
        } ?? nil
        return mapped ?? String(text.map { $0 == "\n" ? " " : $0 })
    }

    /// `uppercased()` for ASCII text, by bytes; nil for other text.
    private static func asciiUppercased(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(decoding: bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        } ?? nil
    }

    /// True when the text holds "date" in any letter case, as bytes.
    private static func mentionsDate(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { FoldedBytes.contains($0, "date") } ?? true
    }
}
