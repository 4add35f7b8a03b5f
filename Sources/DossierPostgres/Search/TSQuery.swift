import DossierStorage

/// The PostgreSQL backend's translation of the search language (`SearchExpression`) into a
/// `tsquery` expression, every word bound as a value (never spliced into the SQL).
///
/// Words and phrases go through the `dossier` text search configuration (English stems, accents
/// ignored), as the index does. `NEAR(a b, n)` of two parts is "a then b, or b then a, within n
/// words between", from `tsquery_phrase` at each distance; with more parts, or beyond
/// `nearLimit`, it is all the parts anywhere in the document.
struct TSQuery {
    /// Beyond this distance `NEAR` is read as AND: each distance is one more phrase to test.
    static let nearLimit = 30

    func render(_ expression: SearchExpression, into sql: inout SQL) -> String {
        switch expression {
        case .word(let word, false):
            return "plainto_tsquery('dossier', \(sql.bind(word)))"
        case .word(let word, true), .phrase(let word, true):
            // A quoted operand may hold spaces; `:*` makes its (last) lexemes prefixes.
            return "to_tsquery('dossier', quote_literal(\(sql.bind(word))) || ':*')"
        case .phrase(let phrase, false):
            return "phraseto_tsquery('dossier', \(sql.bind(phrase)))"
        case .all(let parts):
            return "(" + parts.map { render($0, into: &sql) }.joined(separator: " && ") + ")"
        case .any(let parts):
            return "(" + parts.map { render($0, into: &sql) }.joined(separator: " || ") + ")"
        case .excluding(let kept, let dropped):
            return "(" + render(kept, into: &sql) + " && !!" + render(dropped, into: &sql) + ")"
        case .near(let parts, let distance):
            guard parts.count == 2, distance <= Self.nearLimit else { return render(.all(parts), into: &sql) }
            var alternatives: [String] = []
            for gap in 1...(distance + 1) {
                alternatives.append("tsquery_phrase(\(render(parts[0], into: &sql)), \(render(parts[1], into: &sql)), \(gap))")
                alternatives.append("tsquery_phrase(\(render(parts[1], into: &sql)), \(render(parts[0], into: &sql)), \(gap))")
            }
            return "(" + alternatives.joined(separator: " || ") + ")"
        }
    }
}
