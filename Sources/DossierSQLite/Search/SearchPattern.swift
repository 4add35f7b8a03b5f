/// Turns what a person typed into an FTS5 query that cannot fail with a raw
/// SQLite syntax error.
///
/// FTS5 syntax is kept where the person used it — `AND`/`OR`/`NOT` (upper
/// case), `"phrases"`, `prefix*`, `NEAR(a b, 5)`, parentheses, `^` — and every
/// other chunk that is not a plain word (`AT&T`, `U.S.`, `GPT-4`, `$100m`,
/// `co-founder`) is quoted as a phrase, which is what the person meant.
/// `--literal` quotes everything.
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
        let chunks = query.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter(hasWordCharacter)
        guard !chunks.isEmpty else { return nil }
        return SearchPattern(expression: chunks.map(quote).joined(separator: " "))
    }

    /// The query with its FTS5 operators kept and other punctuation made safe.
    /// Returns nil when nothing searchable is left. With `widenPrefixes`,
    /// each `prefix*` also finds the words porter stemmed shorter than the
    /// prefix (see `PrefixTerms`); that needs a connection set up by
    /// DossierSQLite, and is left out of a `NEAR(…)` query, where only phrases
    /// may stand.
    public static func lenient(_ query: String, widenPrefixes: Bool = false) -> SearchPattern? {
        let widen = widenPrefixes && !query.contains("NEAR")
        var out: [String] = []
        var i = query.startIndex
        var depth = 0
        while i < query.endIndex {
            let c = query[i]
            if c.isWhitespace { i = query.index(after: i); continue }
            if c == "\"" {
                // A phrase: up to the closing quote, or the end for a stray one.
                let rest = query[query.index(after: i)...]
                if let close = rest.firstIndex(of: "\"") {
                    let phrase = String(rest[..<close])
                    if hasWordCharacter(phrase) {
                        var token = quote(phrase)
                        let after = query.index(after: close)
                        if after < query.endIndex, query[after] == "*" { token += "*"; i = query.index(after: after) }
                        else { i = after }
                        out.append(token)
                    } else {
                        i = query.index(after: close)
                    }
                } else {
                    if hasWordCharacter(rest) { out.append(quote(String(rest))) }
                    i = query.endIndex
                }
                continue
            }
            if c == "(" { depth += 1; out.append("("); i = query.index(after: i); continue }
            if c == ")" {
                if depth > 0 { depth -= 1; out.append(")") }
                i = query.index(after: i)
                continue
            }
            // A chunk up to white space, a quote or a parenthesis.
            var j = i
            while j < query.endIndex, !query[j].isWhitespace, query[j] != "\"", query[j] != "(", query[j] != ")" {
                j = query.index(after: j)
            }
            let chunk = String(query[i..<j])
            i = j
            if chunk == "AND" || chunk == "OR" || chunk == "NOT" {
                out.append(chunk)
            } else if chunk == "NEAR", i < query.endIndex, query[i] == "(" {
                out.append("NEAR")
            } else if chunk.hasSuffix("*"), chunk.dropLast().allSatisfy(isBareword), chunk.count > 1 {
                out.append(widen ? PrefixTerms.widen(chunk) : chunk)
            } else if chunk.hasPrefix("^"), chunk.dropFirst().allSatisfy(isBareword), chunk.count > 1 {
                out.append(chunk)
            } else if chunk.allSatisfy(isBareword) {
                out.append(chunk)
            } else if chunk.hasPrefix(","), let n = Int(chunk.dropFirst()), depth > 0 {
                out.append(", \(n)")  // NEAR(a b, 5) written as "b ,5"
            } else if hasWordCharacter(chunk) {
                var token = chunk
                var trailingComma = false
                if token.hasSuffix(","), depth > 0 { token.removeLast(); trailingComma = true }
                out.append(token.allSatisfy(isBareword) ? token : quote(token))
                if trailingComma { out.append(",") }
            }
        }
        while depth > 0 { out.append(")"); depth -= 1 }
        // Operators with nothing to join are dropped rather than failing.
        var cleaned: [String] = []
        for token in out {
            let isOperator = token == "AND" || token == "OR" || token == "NOT"
            if isOperator && (cleaned.isEmpty || ["AND", "OR", "NOT", "("].contains(cleaned.last!)) { continue }
            cleaned.append(token)
        }
        while let last = cleaned.last, ["AND", "OR", "NOT", "NEAR"].contains(last) { cleaned.removeLast() }
        guard cleaned.contains(where: { hasWordCharacter($0) && !["AND", "OR", "NOT", "NEAR"].contains($0) }) else { return nil }
        let expression = cleaned.joined(separator: " ")
            .replacingOccurrences(of: "NEAR (", with: "NEAR(")
            .replacingOccurrences(of: "( ", with: "(")
            .replacingOccurrences(of: " )", with: ")")
        return SearchPattern(expression: expression)
    }

    /// FTS5 barewords: letters, digits, `_` and any non-ASCII character.
    static func isBareword(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return true }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A) || ascii == 0x5F
    }

    static func hasWordCharacter(_ s: some StringProtocol) -> Bool {
        s.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// A string as an FTS5 phrase: wrapped in double quotes, quotes doubled.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
