import DossierStorage

/// The SQLite backend's translation of the search language (`SearchExpression`) into an FTS5
/// MATCH expression. Compound parts are always parenthesised, so FTS5's own precedence rules
/// never decide what the person meant.
enum FTS5Expression {
    /// With `widenPrefixes`, each `prefix*` also finds the words porter stemmed shorter than the
    /// prefix (see `PrefixTerms`; it needs a connection set up by `SQLiteStore`). Inside `NEAR(…)`,
    /// where FTS5 takes phrases only, prefixes are left as typed.
    static func render(_ expression: SearchExpression, widenPrefixes: Bool = false) -> String {
        switch expression {
        case .word(let word, let prefix):
            guard prefix else { return bareword(word) }
            return widenPrefixes ? PrefixTerms.widen(word + "*") : word + "*"
        case .phrase(let phrase, let prefix):
            return quote(phrase) + (prefix ? "*" : "")
        case .all(let parts):
            // FTS5 joins phrases side by side, but refuses a parenthesised group without AND.
            let rendered = parts.map { grouped($0, widenPrefixes) }
            return rendered.joined(separator: rendered.contains { $0.hasPrefix("(") } ? " AND " : " ")
        case .any(let parts):
            return parts.map { grouped($0, widenPrefixes) }.joined(separator: " OR ")
        case .excluding(let kept, let dropped):
            return grouped(kept, widenPrefixes) + " NOT " + grouped(dropped, widenPrefixes)
        case .near(let parts, let distance):
            let phrases = parts.map { part -> String in
                switch part {
                case .word, .phrase: render(part)
                default: quote(part.terms.map { render($0) }.joined(separator: " "))
                }
            }
            return "NEAR(" + phrases.joined(separator: " ") + ", \(distance))"
        }
    }

    static func grouped(_ part: SearchExpression, _ widen: Bool) -> String {
        switch part {
        case .all, .any, .excluding: "(" + render(part, widenPrefixes: widen) + ")"
        default: render(part, widenPrefixes: widen)
        }
    }

    /// A word as FTS5 reads it: the operator names, in capitals, would be operators, so they are quoted.
    static func bareword(_ word: String) -> String {
        ["AND", "OR", "NOT", "NEAR"].contains(word) ? quote(word) : word
    }

    /// A string as an FTS5 phrase: wrapped in double quotes, quotes doubled.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
