import DossierModel

/// Why a file, or a document inside it, could not be imported.
///
/// Errors are data: the wording and the remedy live here, in one place, so the
/// CLI, the JSON output and the tests all say the same thing.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary
    case tooLarge(size: Int, limit: Int)
    case invalidText(String)
    case notWellFormed(line: Int, message: String)
    case declaresEntities
    case unsupported(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty or has no text"
        case .binary:
            return "looks like a binary file, not text, HTML or XML"
        case .tooLarge(let size, let limit):
            return "the file is \(ByteCount.human(size)), over the \(ByteCount.human(limit)) limit (raise it with --max-size)"
        case .invalidText(let why):
            return why
        case .notWellFormed(let line, let message):
            return line > 0 ? "not well-formed XML (line \(line): \(message))" : "not well-formed XML (\(message))"
        case .declaresEntities:
            return "refused: the XML declares its own entities (a DTD internal subset), the shape of entity-expansion and XXE attacks"
        case .unsupported(let what):
            return "unsupported format: \(what)"
        case .unreadable(let why):
            return "cannot read: \(why)"
        }
    }

    init(_ markup: MarkupError) {
        switch markup {
        case .notWellFormed(let line, let message): self = .notWellFormed(line: line, message: message)
        case .declaresEntities: self = .declaresEntities
        case .empty: self = .empty
        case .tooLarge: self = .tooLarge(size: Int(Int32.max), limit: Int(Int32.max))
        case .tooDeep(let line):
            self = .invalidText("refused: elements nested more than 256 deep (line \(line)); no page or feed needs that, a hostile file does")
        }
    }
}
