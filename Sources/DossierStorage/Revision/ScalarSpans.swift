/// Spans of a text by Unicode-scalar offsets, asked for in increasing order of
/// start: each request walks on from the last one instead of from the start.
public struct ScalarSpans {
    let scalars: String.UnicodeScalarView
    var index: String.UnicodeScalarView.Index
    var offset = 0

    public init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    /// The text between two scalar offsets, or nil when they fall outside it (or `start` went backwards).
    public mutating func text(from start: Int, to end: Int) -> String? {
        guard start >= offset, end >= start else { return nil }
        guard let from = scalars.index(index, offsetBy: start - offset, limitedBy: scalars.endIndex) else { return nil }
        index = from
        offset = start
        guard let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return nil }
        return String(scalars[from..<to])
    }
}
