/// A document's text cut into plain runs and figure spans, so `dossier show`
/// can mark every claim's figure in place.
public enum MarkedText {
    public struct Segment: Sendable, Equatable {
        public var text: String
        /// The index of the span this segment marks, or nil for plain text.
        public var span: Int?
    }

    /// Cuts `text` at the given spans (offsets in Unicode scalars, `end`
    /// exclusive, as claims store them). Spans out of range or overlapping an
    /// earlier one are skipped rather than trusted.
    public static func segments(_ text: String, spans: [(start: Int, end: Int)]) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        let order = spans.indices.sorted { (spans[$0].start, spans[$0].end) < (spans[$1].start, spans[$1].end) }
        var out: [Segment] = []
        var position = 0
        func piece(_ from: Int, _ to: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[from..<to])
            return String(s)
        }
        for index in order {
            let (start, end) = spans[index]
            guard start >= position, start < end, end <= scalars.count else { continue }
            if start > position { out.append(Segment(text: piece(position, start), span: nil)) }
            out.append(Segment(text: piece(start, end), span: index))
            position = end
        }
        if position < scalars.count { out.append(Segment(text: piece(position, scalars.count), span: nil)) }
        return out
    }
}
