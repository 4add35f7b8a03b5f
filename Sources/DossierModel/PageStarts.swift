/// Where each page of a paged document (a PDF) starts in its text, so that a
/// figure or a quote can cite its page (`p. 12`).
///
/// Stored in the document's metadata as `page_starts`: the Unicode-scalar
/// offset of each page's first character, comma-separated, one per page.
public enum PageStarts {
    /// The metadata key.
    public static let key = "page_starts"

    /// The 1-based page a scalar offset falls on; nil without page starts.
    /// Empty pages share their offset with the page after them: the last page
    /// starting at or before the offset is the one that holds the text.
    public static func page(at offset: Int, in pageStarts: String?) -> Int? {
        guard let pageStarts, !pageStarts.isEmpty else { return nil }
        var page: Int?
        var index = 0
        for field in pageStarts.split(separator: ",") {
            index += 1
            guard let start = Int(field) else { return nil }
            if start <= offset { page = index } else { break }
        }
        return page
    }
}
