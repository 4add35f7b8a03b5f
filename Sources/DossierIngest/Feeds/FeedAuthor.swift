/// Author strings as feeds write them.
enum FeedAuthor {
    /// `jane@example.com (Jane Doe)` → `Jane Doe`; `Jane Doe <jane@…>` → `Jane Doe`.
    static func name(_ raw: String) -> String? {
        var s = raw
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close {
            let inner = s[s.index(after: open)..<close]
            if !inner.isEmpty { return TextBuilder.clean(String(inner)) }
        }
        if let open = s.firstIndex(of: "<"), s.contains("@") {
            let before = s[..<open]
            if !before.trimmingSpaces().isEmpty { s = String(before) }
        }
        return TextBuilder.clean(s)
    }
}
