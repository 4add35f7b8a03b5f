/// Dossier's search language as a small syntax tree: what a person typed, parsed once
/// (`SearchSyntax.parse`), then translated by each backend (an FTS5 MATCH expression for SQLite,
/// a `tsquery` for PostgreSQL). The language is Dossier's own, documented in README.md "Search".
public indirect enum SearchExpression: Sendable, Hashable {
    /// One word; with `prefix`, every word starting with it (`employ*`).
    case word(String, prefix: Bool)
    /// Words in this order, as typed between quotes, or a chunk with punctuation inside it
    /// (`AT&T`, `U.S.`, `GPT-4`), which is searched as the phrase of its words.
    case phrase(String, prefix: Bool)
    /// Every part (`a b`, `a AND b`).
    case all([SearchExpression])
    /// Any part (`a OR b`).
    case any([SearchExpression])
    /// The first without the second (`a NOT b`).
    case excluding(SearchExpression, SearchExpression)
    /// The words or phrases within `distance` words of each other, in any order (`NEAR(a b, 5)`;
    /// 10 when not given).
    case near([SearchExpression], distance: Int)

    /// The default distance of `NEAR(…)`.
    public static let nearDistance = 10

    /// The words and phrases the expression looks for, operators left out (for highlighting).
    public var terms: [SearchExpression] {
        switch self {
        case .word, .phrase: [self]
        case .all(let parts), .any(let parts), .near(let parts, _): parts.flatMap(\.terms)
        case .excluding(let kept, _): kept.terms
        }
    }
}
