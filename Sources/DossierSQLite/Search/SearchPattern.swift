import DossierStorage

/// The FTS5 MATCH expression for what a person typed: the search language parsed once
/// (`SearchSyntax`) and translated (`FTS5Expression`), so it cannot fail with a raw SQLite syntax
/// error. `--literal` reads every chunk as a word or phrase.
public struct SearchPattern: Sendable, Equatable {
    /// The FTS5 MATCH expression.
    public let expression: String
    /// Set when the query could not be read as FTS5 syntax and was searched as
    /// literal words instead: one line for the user.
    public let note: String?

    public init(expression: String, note: String? = nil) {
        self.expression = expression
        self.note = note
    }

    /// Every word matched as typed, in order-insensitive AND; punctuation
    /// inside a chunk makes that chunk a phrase.
    public static func literal(_ query: String) -> SearchPattern? {
        SearchSyntax.literal(query).map { SearchPattern(expression: FTS5Expression.render($0)) }
    }

    /// The query with its operators kept and other punctuation made safe; nil when nothing
    /// searchable is left. With `widenPrefixes`, each `prefix*` also finds the words porter stemmed
    /// shorter than the prefix (see `PrefixTerms`).
    public static func lenient(_ query: String, widenPrefixes: Bool = false) -> SearchPattern? {
        SearchSyntax.parse(query).map { SearchPattern(expression: FTS5Expression.render($0, widenPrefixes: widenPrefixes)) }
    }
}
