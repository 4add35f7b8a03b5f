/// Tidies the first lines of an extracted article: the headline, byline and
/// dateline that pages print above the text are metadata, not article text.
enum ArticleLead {
    /// How many leading paragraphs are examined.
    static let window = 4

    static func trim(_ text: String, title: String?, keepDates: Bool) -> String {
        var paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
        let foldedTitle = title.map(ArticleMetadata.fold)
        var index = 0
        var examined = 0
        while index < paragraphs.count, examined < window {
            examined += 1
            // Legacy pages put headline, date and byline in one paragraph,
            // one per line (`<b>…</b><br><i>…</i>`): judge line by line.
            let lines = paragraphs[index].split(separator: "\n").map(String.init)
            let kept = lines.filter { !isCredit($0, title: foldedTitle, keepDates: keepDates) }
            if kept.isEmpty {
                paragraphs.remove(at: index)
            } else {
                if kept.count != lines.count { paragraphs[index] = kept.joined(separator: "\n") }
                index += 1
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    static func isCredit(_ line: String, title: String?, keepDates: Bool) -> Bool {
        guard line.count <= 100 else { return false }
        let folded = ArticleMetadata.fold(line)
        if let title, folded == title { return true }
        for prefix in ["by ", "von ", "par ", "por ", "door ", "written by ", "posted by "] where folded.hasPrefix(prefix) {
            if VisibleCredits.cleanByline(line) != nil, line.split(separator: " ").count <= 12 { return true }
        }
        if !keepDates, line.split(separator: " ").count <= 10, PublishedDate.normalize(line) != nil {
            return true
        }
        return false
    }

    /// When the title came from `<title>` alone, the segment the article
    /// itself prints as one of its first lines is the headline ("Site :: Headline").
    static func headline(among segments: [String], in text: String) -> String? {
        guard segments.count >= 2 else { return nil }
        let lead = text.split(separator: "\n\n").prefix(window).flatMap { $0.split(separator: "\n") }
            .map { ArticleMetadata.fold(String($0)) }
        return segments.first { s in lead.contains(ArticleMetadata.fold(s)) }
    }
}
