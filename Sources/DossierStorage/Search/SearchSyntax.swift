/// Reads what a person typed into a `SearchExpression` without ever failing on syntax.
///
/// Operators are honoured where the person used them: `AND`, `OR`, `NOT` (in capitals),
/// `"phrases"`, `prefix*`, `NEAR(a b, 5)` and parentheses. Every other chunk that is not a plain
/// word (`AT&T`, `U.S.`, `GPT-4`, `$100m`, `co-founder`) is a phrase of its words, which is what
/// the person meant. Mistakes are mended, not refused: a missing closing parenthesis or quote is
/// added, an operator with nothing to join is dropped. NOT binds tighter than AND, AND (written or
/// implied by juxtaposition) tighter than OR.
public enum SearchSyntax {
    /// The expression for `text`; nil when nothing searchable is left.
    public static func parse(_ text: String) -> SearchExpression? {
        var parser = Parser(tokens: tokens(text))
        return parser.expression()
    }

    /// Every chunk as a word or phrase, all required: operators and quotes are not read.
    public static func literal(_ text: String) -> SearchExpression? {
        let parts = text.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter(hasWordCharacter).map {
            $0.allSatisfy(isWordCharacter) ? SearchExpression.word($0, prefix: false) : .phrase($0, prefix: false)
        }
        return combine(parts, SearchExpression.all)
    }

    // MARK: Tokens

    enum Token: Equatable {
        case term(SearchExpression)
        case and, or, not, near, open, close, comma(Int?)
    }

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        var depth = 0
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c == "\"" {
                // A phrase up to the closing quote, or to the end for a stray one.
                let rest = text[text.index(after: i)...]
                let close = rest.firstIndex(of: "\"")
                let phrase = String(rest[..<(close ?? rest.endIndex)])
                i = close.map { text.index(after: $0) } ?? text.endIndex
                var prefix = false
                if i < text.endIndex, text[i] == "*" { prefix = true; i = text.index(after: i) }
                if hasWordCharacter(phrase) { out.append(.term(.phrase(phrase, prefix: prefix))) }
                continue
            }
            if c == "(" { depth += 1; out.append(.open); i = text.index(after: i); continue }
            if c == ")" {
                if depth > 0 { depth -= 1; out.append(.close) }
                i = text.index(after: i)
                continue
            }
            var j = i
            while j < text.endIndex, !text[j].isWhitespace, text[j] != "\"", text[j] != "(", text[j] != ")" { j = text.index(after: j) }
            var chunk = String(text[i..<j])
            i = j
            switch chunk {
            case "AND": out.append(.and); continue
            case "OR": out.append(.or); continue
            case "NOT": out.append(.not); continue
            case "NEAR" where i < text.endIndex && text[i] == "(": out.append(.near); continue
            default: break
            }
            // Inside NEAR(…): "b, 5" or "b ,5" give the distance.
            if depth > 0, chunk.hasPrefix(","), let n = Int(chunk.dropFirst()) { out.append(.comma(n)); continue }
            if depth > 0, chunk == "," { out.append(.comma(nil)); continue }
            var trailingComma = false
            if depth > 0, chunk.hasSuffix(","), chunk.count > 1 { chunk.removeLast(); trailingComma = true }
            if chunk.hasPrefix("^"), chunk.count > 1 { chunk.removeFirst() }  // FTS5's "first word" marker: read as the word
            if hasWordCharacter(chunk) { out.append(.term(Self.chunk(chunk))) }
            if trailingComma { out.append(.comma(nil)) }
        }
        return out
    }

    /// A chunk without spaces: a word, a prefix, or a phrase of the words around its punctuation.
    static func chunk(_ chunk: String) -> SearchExpression {
        if chunk.count > 1, chunk.hasSuffix("*"), chunk.dropLast().allSatisfy(isWordCharacter) {
            return .word(String(chunk.dropLast()), prefix: true)
        }
        if chunk.allSatisfy(isWordCharacter) { return .word(chunk, prefix: false) }
        return .phrase(chunk, prefix: false)
    }

    /// Letters, digits, `_` and any non-ASCII character: what a word is made of.
    static func isWordCharacter(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return true }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A) || ascii == 0x5F
    }

    static func hasWordCharacter(_ s: some StringProtocol) -> Bool {
        s.contains(where: { $0.isLetter || $0.isNumber })
    }

    static func combine(_ parts: [SearchExpression], _ make: ([SearchExpression]) -> SearchExpression) -> SearchExpression? {
        switch parts.count {
        case 0: nil
        case 1: parts[0]
        default: make(parts)
        }
    }

    // MARK: Grammar

    /// or := and (OR and)* ; and := not ((AND)? not)* ; not := primary (NOT primary)* ;
    /// primary := term | "(" or ")" | NEAR "(" term+ [, n] ")"
    struct Parser {
        var tokens: [Token]
        var at = 0

        var next: Token? { at < tokens.count ? tokens[at] : nil }

        mutating func expression() -> SearchExpression? {
            let result = either()
            // Anything left (a stray closing parenthesis) is read as more required parts.
            var rest: [SearchExpression] = result.map { [$0] } ?? []
            while at < tokens.count {
                if let more = either() { rest.append(more) } else { at += 1 }
            }
            return combine(rest, SearchSyntax.flattenAll)
        }

        mutating func either() -> SearchExpression? {
            var parts: [SearchExpression] = []
            if let first = all() { parts.append(first) }
            while next == .or {
                at += 1
                if let more = all() { parts.append(more) }
            }
            return combine(parts) { .any($0.flatMap { if case .any(let inner) = $0 { inner } else { [$0] } }) }
        }

        mutating func all() -> SearchExpression? {
            var parts: [SearchExpression] = []
            while let token = next, token != .or, token != .close {
                if token == .and { at += 1; continue }
                if token == .not, parts.isEmpty { at += 1; continue }  // nothing to exclude from
                guard let part = excluding() else { break }
                parts.append(part)
            }
            return combine(parts, SearchSyntax.flattenAll)
        }

        mutating func excluding() -> SearchExpression? {
            guard var kept = primary() else { return nil }
            while next == .not {
                at += 1
                if let dropped = primary() { kept = .excluding(kept, dropped) }
            }
            return kept
        }

        mutating func primary() -> SearchExpression? {
            guard let token = next else { return nil }
            switch token {
            case .term(let term):
                at += 1
                return term
            case .open:
                at += 1
                let inner = either()
                if next == .close { at += 1 }
                return inner
            case .near:
                at += 1
                guard next == .open else { return nil }
                at += 1
                var parts: [SearchExpression] = []
                var distance = SearchExpression.nearDistance
                while let inside = next, inside != .close {
                    at += 1
                    switch inside {
                    case .term(let term): parts.append(term)
                    case .comma(let n?): distance = max(0, n)
                    case .comma(nil):
                        if case .term(.word(let n, false)) = next, let value = Int(n) { distance = max(0, value); at += 1 }
                    default: break  // operators mean nothing inside NEAR
                    }
                }
                if next == .close { at += 1 }
                switch parts.count {
                case 0: return nil
                case 1: return parts[0]
                default: return .near(parts, distance: distance)
                }
            case .and, .or, .not, .comma, .close:
                at += 1
                return nil
            }
        }
    }

    static func flattenAll(_ parts: [SearchExpression]) -> SearchExpression {
        .all(parts.flatMap { if case .all(let inner) = $0 { inner } else { [$0] } })
    }
}
