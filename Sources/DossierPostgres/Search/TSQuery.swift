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
        case .word(let word, true):
            return prefix(word, into: &sql)
        case .phrase(let word, true):
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
            // Inside NEAR a prefix is matched as stemmed only (each distance repeats the parts).
            guard parts.count == 2, distance <= Self.nearLimit else { return render(.all(parts), into: &sql) }
            var alternatives: [String] = []
            for gap in 1...(distance + 1) {
                alternatives.append("tsquery_phrase(\(render(parts[0], into: &sql)), \(render(parts[1], into: &sql)), \(gap))")
                alternatives.append("tsquery_phrase(\(render(parts[1], into: &sql)), \(render(parts[0], into: &sql)), \(gap))")
            }
            return "(" + alternatives.joined(separator: " || ") + ")"
        }
    }

    /// `word*`: lexemes starting with the word as stemmed and as typed, and the stems the English
    /// stemmer may have cut a longer word to (`regulat*` finds "regulators", stored as `regul`):
    /// each cut of the typed prefix down to three letters shorter (at least four), as a whole
    /// lexeme. The same widening as the SQLite backend's `PrefixTerms`.
    func prefix(_ word: String, into sql: inout SQL) -> String {
        var alternatives = ["to_tsquery('dossier', quote_literal(\(sql.bind(word))) || ':*')"]
        let lower = word.lowercased()
        if lower.count >= 4, lower.allSatisfy({ $0.isASCII && $0.isLetter }) {
            alternatives.append("to_tsquery('simple', quote_literal(\(sql.bind(lower))) || ':*')")
            for cut in max(4, lower.count - 3)..<lower.count {
                alternatives.append("to_tsquery('simple', quote_literal(\(sql.bind(String(lower.prefix(cut))))))")
            }
        }
        return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " || ") + ")"
    }
}
