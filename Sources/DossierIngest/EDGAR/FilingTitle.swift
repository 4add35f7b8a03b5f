/// Titles for filing documents built from what they say about themselves.
enum FilingTitle {
    /// `Company — 10-K (2024-12-31)`, falling back as parts are missing.
    static func make(metadata: [String: String], fallback: String?) -> String? {
        let company = metadata["company"]
        let form = metadata["form_type"]
        var parts: [String] = []
        if let company { parts.append(company) }
        if let form { parts.append(form) }
        guard !parts.isEmpty else { return fallback }
        var title = parts.joined(separator: " — ")
        if let period = metadata["period"] { title += " (\(period))" }
        return title
    }
}
