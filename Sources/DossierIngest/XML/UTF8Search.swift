/// Substring search over UTF-8 bytes.
///
/// `String.contains(_:)` and `firstRange(of:)` from the standard library's
/// string processing are generic and, measured on filings, took 40% of the
/// time of reading a submission; these loops do the same work in a fraction.
enum UTF8Search {
    /// The UTF-8 offset of the first `needle` in `haystack`, or nil.
    static func offset(of needle: String, in haystack: String) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first, n.count <= h.count else { return nil }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        offset(of: needle, in: haystack) != nil
    }

    /// True when any of the needles occurs.
    static func containsAny(_ haystack: String, _ needles: [String]) -> Bool {
        needles.contains { offset(of: $0, in: haystack) != nil }
    }

    /// The text after the first `needle`, or nil.
    static func after(_ needle: String, in haystack: String) -> Substring? {
        guard let offset = offset(of: needle, in: haystack) else { return nil }
        let utf8 = haystack.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset + needle.utf8.count)
        return haystack[index...]
    }
}
