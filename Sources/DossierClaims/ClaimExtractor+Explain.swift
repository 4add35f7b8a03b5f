public import DossierModel

/// A claim with the steps through the sentence's parse that chose its subject, measure and period
/// (`dossier extract --explain`).
public struct ClaimExplanation: Sendable {
    public var claim: Claim
    /// One line per decision, such as `measure: subject 'revenue' of 'rose'`; empty when the sentence
    /// was not parsed (a table row, a run-on text, or the language model missing).
    public var steps: [String]
}

extension ClaimExtractor {
    /// The claims of `text`, each with how its meaning was read. The sentence of each claim is parsed
    /// again, the same way extraction parses it, so the steps are those that chose the fields.
    public func explain(from text: String, published: String? = nil) -> [ClaimExplanation] {
        let claims = extract(from: text, published: published)
        let reader = MeaningReader(published: published.flatMap(CalendarDay.init(iso:)))
        var parses: [String: SentenceParse?] = [:]
        return claims.map { claim in
            let bytes = Array(claim.sentence.utf8)
            if parses[claim.sentence] == nil { parses[claim.sentence] = .some(reader.parse(bytes, 0..<bytes.count)) }
            guard let parse = parses[claim.sentence] ?? nil, let range = Self.byteRange(of: claim.text, in: bytes) else {
                return ClaimExplanation(claim: claim, steps: [])
            }
            let dates = claims.filter { $0.kind == .date && $0.sentence == claim.sentence }.compactMap { d in
                d.date.flatMap { iso in Self.byteRange(of: d.text, in: bytes).map { ($0, iso, 0) } }
            }
            let times = reader.timePhrases(parse, dates: dates)
            // Extraction read a quantity's meaning as the count the scanner found.
            let kind: FigureKind = claim.kind == .quantity ? .count : claim.kind
            let meaning = reader.meaning(parse, bytes, figure: range, kind: kind, text: claim.text, times: times)
            var steps = meaning?.path ?? []
            if let top = parse.words(inBytes: range).map(parse.top(of:)) {
                let w = parse.words[top]
                let head = parse.head(top).map { "'\(parse.words[$0].form)'" } ?? "the root"
                steps.insert("figure: '\(w.form)' (\(w.upos)) is \(w.relation) of \(head)", at: 0)
            }
            return ClaimExplanation(claim: claim, steps: steps)
        }
    }

    /// The bytes of the first occurrence of `needle` in `haystack`.
    static func byteRange(of needle: String, in haystack: [UInt8]) -> Range<Int>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - n.count) where haystack[i] == n[0] && Array(haystack[i..<(i + n.count)]) == n {
            return i..<(i + n.count)
        }
        return nil
    }
}
