/// Accumulates text into paragraphs: whitespace inside a paragraph folded to
/// single spaces, paragraphs separated by one blank line. Every reader builds
/// its main text through this, so stored text has one shape.
///
/// Works on UTF-8 bytes and makes one `String` at the end: appending to a
/// `String` scalar by scalar was the largest single cost of reading a page.
public struct TextBuilder: Sendable {
    /// The finished paragraphs, already joined by blank lines.
    private var finished: [UInt8] = []
    /// The paragraph being written.
    private var current: [UInt8] = []
    private var pendingSpace = false

    public init() {}

    /// Appends inline text; runs of whitespace become one space.
    public mutating func append(_ text: some StringProtocol) {
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { _ = appendUTF8($0) }
        if handled == nil {
            var copy = String(text)
            copy.withUTF8 { _ = appendUTF8($0) }
        }
    }

    /// Appends inline text as ``append(_:)`` does; true when it holds
    /// anything other than white space.
    mutating func appendReportingText(_ text: String) -> Bool {
        if let saw = text.utf8.withContiguousStorageIfAvailable({ appendUTF8($0) }) { return saw }
        var copy = text
        return copy.withUTF8 { appendUTF8($0) }
    }

    /// Appends valid UTF-8 as ``append(_:)`` does. Returns true when the
    /// bytes hold anything other than white space.
    @discardableResult
    mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawText = false
        let n = bytes.count
        var i = 0
        var run = 0   // start of the current run of non-space bytes
        while i < n {
            let b = bytes[i]
            let width: Int
            let space: Bool
            if b < 0x80 {
                width = 1
                space = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            } else {
                width = min(n - i, b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1)
                space = width >= 2 && Self.isMultibyteSpace(bytes, at: i, width: width)
            }
            if space {
                // One plain space between words stays in the run: it would
                // come out as that same space anyway.
                if b == 0x20, run < i, i + 1 < n, bytes[i + 1] > 0x20, bytes[i + 1] < 0x80 {
                    i += 1
                    continue
                }
                if run < i { flushRun(bytes, from: run, to: i) }
                // No space at the start of a paragraph or of a line.
                pendingSpace = !current.isEmpty && current.last != 0x0A
                run = i + width
            } else {
                sawText = true
            }
            i += width
        }
        if run < n { flushRun(bytes, from: run, to: n) }
        return sawText
    }

    private mutating func flushRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if pendingSpace { current.append(0x20); pendingSpace = false }
        current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The multi-byte encodings of the scalars ``isSpace(_:)`` accepts.
    @inline(__always)
    static func isMultibyteSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> Bool {
        let b0 = bytes[i], b1 = bytes[i + 1]
        if width == 2 { return b0 == 0xC2 && (b1 == 0x85 || b1 == 0xA0) }
        guard width == 3 else { return false }
        let b2 = bytes[i + 2]
        switch b0 {
        case 0xE1: return b1 == 0x9A && b2 == 0x80                        // U+1680
        case 0xE2:
            if b1 == 0x80 { return b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF } // U+2000–200B, 2028, 2029, 202F
            return b1 == 0x81 && b2 == 0x9F                                  // U+205F
        case 0xE3: return b1 == 0x80 && b2 == 0x80                        // U+3000
        case 0xEF: return b1 == 0xBB && b2 == 0xBF                        // U+FEFF
        default: return false
        }
    }

    /// Ends the current line without ending the paragraph (`<br>`, table rows).
    public mutating func lineBreak() {
        pendingSpace = false
        if !current.isEmpty, current.last != 0x0A { current.append(0x0A) }
    }

    /// Ends the current paragraph, if it has any text.
    public mutating func breakParagraph() {
        pendingSpace = false
        let end = Self.trimmedEnd(current)
        if end > 0 {
            if !finished.isEmpty { finished.append(0x0A); finished.append(0x0A) }
            finished.append(contentsOf: current[..<end])
        }
        current.removeAll(keepingCapacity: true)
    }

    /// Appends a whole paragraph.
    public mutating func paragraph(_ text: some StringProtocol) {
        breakParagraph()
        append(text)
        breakParagraph()
    }

    public var isEmpty: Bool { finished.isEmpty && current.isEmpty }

    /// The paragraphs so far (the current one included).
    public var text: String {
        let end = Self.trimmedEnd(current)
        guard end > 0 else { return String(decoding: finished, as: UTF8.self) }
        guard !finished.isEmpty else { return String(decoding: current[..<end], as: UTF8.self) }
        var out = finished
        out.reserveCapacity(finished.count + 2 + end)
        out.append(0x0A)
        out.append(0x0A)
        out.append(contentsOf: current[..<end])
        return String(decoding: out, as: UTF8.self)
    }

    /// The length of a paragraph without its trailing line breaks and spaces.
    private static func trimmedEnd(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 { end -= 1 }
        return end
    }

    /// Unicode white space, including the no-break and zero-width kinds that
    /// web pages scatter around.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Folds whitespace in a short string (titles, bylines) and trims it; nil
    /// when nothing is left.
    public static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        var builder = TextBuilder()
        builder.append(text)
        let result = builder.text
        return result.isEmpty ? nil : result
    }
}
