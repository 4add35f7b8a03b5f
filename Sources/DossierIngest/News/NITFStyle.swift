/// Small conventions shared by the news formats.
enum NITFStyle {
    /// "By Jane Doe" → "Jane Doe".
    static func stripBy(_ byline: String) -> String {
        for prefix in ["By ", "BY ", "by "] where byline.hasPrefix(prefix) { return String(byline.dropFirst(prefix.count)) }
        return byline
    }
}
