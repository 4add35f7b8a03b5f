/// Whether a text contains a piece of text, byte by byte on UTF-8. Runs for every claim of an
/// archive (estimate cues, fiscal-period words): Foundation's `contains` goes through NSString and the
/// standard library's generic `firstRange(of:)` is not specialised here; both were a large share of
/// cross-referencing's time.
enum TextSearch {
    static func contains(_ text: String, _ part: String) -> Bool {
        let needle = Array(part.utf8)
        guard let first = needle.first else { return true }
        var text = text
        return text.withUTF8 { hay in
            guard hay.count >= needle.count else { return false }
            var i = 0
            let last = hay.count - needle.count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
