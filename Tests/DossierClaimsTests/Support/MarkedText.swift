/// Input written with the expected figure spans marked inline, as in
/// `"rose to ⟦$4.2 billion⟧"`: the text without markers and each marked span
/// in Unicode scalars, so that no test counts offsets by hand.
struct SpanMarkedText {
    let text: String
    let spans: [Range<Int>]

    init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int?
        var n = 0
        for u in marked.unicodeScalars {
            if u == "⟦" { open = n; continue }
            if u == "⟧", let o = open { spans.append(o..<n); open = nil; continue }
            scalars.append(u)
            n += 1
        }
        text = String(scalars)
        self.spans = spans
    }
}
