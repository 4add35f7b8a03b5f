/// Tidies the first lines of an extracted article: the headline, byline and
/// dateline that pages print above the text are metadata, not article text.
enum ArticleLead {
    /// How many leading paragraphs are examined.
    static let window = 4

    static func trim(_ text: String, title: String?, keepDates: Bool) -> String {
        let (lead, rest) = splitLead(text)
        let foldedTitle = title.map(ArticleMetadata.fold)
        var kept: [String] = []
        for paragraph in lead {
            // Legacy pages put headline, date and byline in one paragraph,
            // one per line (`<b>…</b><br><i>…</i>`): judge line by line.
            let lines = paragraph.nonEmptyLines()
            let remaining = lines.filter { !isCredit($0, title: foldedTitle, keepDates: keepDates) }
            if !remaining.isEmpty { kept.append(remaining.joined(separator: "\n")) }
        }
        if let rest { kept.append(String(rest)) }
        return kept.joined(separator: "\n\n")
    }

    /// The first ``window`` paragraphs, and the rest of the text untouched
    /// (nil when there is none): only the lead is examined, so long texts
    /// are not split and rejoined.
    static func splitLead(_ text: String) -> (lead: [String], rest: Substring?) {
        // Over the UTF-8 bytes: walking the lead by String index was a
        // noticeable part of reading a page.
        var lead: [String] = []
        var start = 0
        let count = text.utf8.count
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previousNewline = false
            var i = 0
            while i < count, lead.count < window {
                let b = bytes[i]
                if b == 0x0A && previousNewline {
                    lead.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self))
                    start = i + 1
                    previousNewline = false
                } else {
                    previousNewline = b == 0x0A
                }
                i += 1
            }
        }
        guard scanned != nil else { return splitLead(String(decoding: Array(text.utf8), as: UTF8.self)) }
        let utf8 = text.utf8
        let startIndex = utf8.index(utf8.startIndex, offsetBy: start)
        if lead.count < window {
            if start != count { lead.append(String(text[startIndex...])) }
            return (lead, nil)
        }
        return (lead, start == count ? nil : text[startIndex...])
    }

    static func isCredit(_ line: String, title: String?, keepDates: Bool) -> Bool {
        guard line.hasAtMost(100) else { return false }
        let folded = ArticleMetadata.fold(line)
        if let title, folded == title { return true }
        for prefix in ["by ", "von ", "par ", "por ", "door ", "written by ", "posted by "] where folded.hasPrefix(prefix) {
            if VisibleCredits.cleanByline(line) != nil, line.split(separator: " ").count <= 12 { return true }
        }
        if !keepDates, line.split(separator: " ").count <= 10, PublishedDate.normalize(line) != nil {
            return true
        }
        return isBreadcrumb(line)
    }

    /// "Home > News > Local": short segments joined by path separators.
    static func isBreadcrumb(_ line: String) -> Bool {
        guard line.hasAtMost(80) else { return false }
        for sep in [" > ", " › ", " » "] where line.has(sep) {
            let parts = line.split(separator: sep)
            if parts.count >= 2, parts.allSatisfy({ $0.split(separator: " ").count <= 4 }) { return true }
        }
        return false
    }

    /// When the title came from `<title>` alone, the segment the article
    /// itself prints as one of its first lines is the headline ("Site :: Headline").
    static func headline(among segments: [String], in text: String) -> String? {
        guard segments.count >= 2 else { return nil }
        let lead = splitLead(text).lead.flatMap { $0.nonEmptyLines() }.map { ArticleMetadata.fold($0) }
        return segments.first { s in lead.contains(ArticleMetadata.fold(s)) }
    }
}
