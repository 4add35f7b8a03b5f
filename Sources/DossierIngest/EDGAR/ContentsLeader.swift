/// Contents entries typed as paragraphs: "Item 1. Business ........ 3".
enum ContentsLeader {
    /// The paragraph without a dot leader and page reference at its end;
    /// unchanged when there is none.
    static func strip(_ text: String) -> String {
        guard UTF8Search.containsAny(text, ["...", "…", ". . ."]) else { return text }
        var chars = Array(text)
        var end = chars.count
        while end > 0, chars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, !chars[start - 1].isWhitespace, chars[start - 1] != "." && chars[start - 1] != "…" { start -= 1 }
        guard start < end, PageNumber.matches(String(chars[start..<end]), strict: false) else { return text }
        var cut = start
        var leader = 0
        while cut > 0, chars[cut - 1] == "." || chars[cut - 1] == "…" || chars[cut - 1] == " " || chars[cut - 1] == "_" {
            if chars[cut - 1] != " " { leader += chars[cut - 1] == "…" ? 3 : 1 }
            cut -= 1
        }
        guard leader >= 3, cut > 0 else { return text }
        chars.removeSubrange(cut...)
        return String(chars)
    }
}
