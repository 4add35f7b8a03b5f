/// Accumulates text into paragraphs: whitespace inside a paragraph folded to
/// single spaces, paragraphs separated by one blank line. Every reader builds
/// its main text through this, so stored text has one shape.
public struct TextBuilder: Sendable {
    private var paragraphs: [String] = []
    private var current: String = ""
    private var pendingSpace = false

    public init() {}

    /// Appends inline text; runs of whitespace become one space.
    public mutating func append(_ text: some StringProtocol) {
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                // No space at the start of a paragraph or of a line.
                pendingSpace = !current.isEmpty && current.unicodeScalars.last != "\n"
            } else {
                if pendingSpace { current.unicodeScalars.append(" "); pendingSpace = false }
                current.unicodeScalars.append(scalar)
            }
        }
    }

    /// Ends the current line without ending the paragraph (`<br>`, table rows).
    public mutating func lineBreak() {
        pendingSpace = false
        if !current.isEmpty, current.last != "\n" { current.append("\n") }
    }

    /// Ends the current paragraph, if it has any text.
    public mutating func breakParagraph() {
        pendingSpace = false
        while current.last == "\n" || current.last == " " { current.removeLast() }
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
    }

    /// Appends a whole paragraph.
    public mutating func paragraph(_ text: some StringProtocol) {
        breakParagraph()
        append(text)
        breakParagraph()
    }

    public var isEmpty: Bool { paragraphs.isEmpty && current.isEmpty }

    /// The paragraphs so far (the current one included).
    public var text: String {
        var copy = self
        copy.breakParagraph()
        return copy.paragraphs.joined(separator: "\n\n")
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
