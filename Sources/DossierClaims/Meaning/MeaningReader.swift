import DossierModel
import DossierLanguage

/// What one figure means in its sentence, read from the parse.
struct FigureMeaning: Sendable {
    var subject: String?
    /// The subject is a pronoun or "the company": the extractor resolves it to an earlier name.
    var subjectIsStandIn = false
    /// The stand-in is a pronoun: unresolved, it is no subject at all ("he", "its" say nothing on their own).
    var subjectIsPronoun = false
    var measure: String?
    var direction: Direction?
    var period: String?
    /// How each field was chosen, for `dossier extract --explain`.
    var path: [String] = []
}

/// Parses a sentence that holds figures and reads each figure's subject,
/// measure, direction and period from the tree.
///
/// Only sentences with figures are parsed, and only up to
/// ``maximumWords`` words: longer "sentences" are tables or run-on text, for
/// which the word-based finders stay.
struct MeaningReader: Sendable {
    /// The document's date, for "last year" and "on Tuesday"; without it relative times stay unresolved.
    let published: CalendarDay?

    static let maximumWords = 120

    /// The shipped model, loaded once, the first time a sentence with a figure is parsed (a text with no
    /// figure never reads its 20 MB); nil when its file cannot be found, and claims keep the word-based fields.
    static let shippedModel: LanguageModel? = try? LanguageModel.english()

    init(published: CalendarDay?) {
        self.published = published
    }

    /// The parse of the sentence spanning `bytes[range]`, or nil when it is too long to be prose.
    func parse(_ bytes: [UInt8], _ range: Range<Int>) -> SentenceParse? {
        let tokens = Self.joiningNamesWithNumbers(bytes.withUnsafeBufferPointer { DossierLanguage.Tokenizer.tokens(utf8: $0, in: range) })
        guard !tokens.isEmpty, tokens.count <= Self.maximumWords, let model = Self.shippedModel else { return nil }
        // Business nouns the web treebank rarely shows ("that revenue rose" tags "revenue" a verb).
        let fixed: [UPOS?] = tokens.indices.map { i in
            let form = tokens[i].form.lowercased()
            if MeaningWords.alwaysNouns.contains(form) { return .NOUN }
            if MeaningWords.alwaysAdjectives.contains(form) { return .ADJ }
            if MeaningWords.alwaysVerbs.contains(tokens[i].form) { return .VERB }
            // A capitalised word the treebank never showed is a name ("A jury found Orrin Medical liable"
            // tags "Orrin" an adjective otherwise): news is full of companies and people it has not seen.
            // Not a sentence's first word: "Hailstones", "Measles" open sentences as common nouns do.
            let opens = i == 0 || tokens[i - 1].form.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }
            return !opens && Self.isUnknownName(tokens[i].form, model) ? .PROPN : nil
        }
        let sentence = TextSentence(tokens: tokens, start: tokens[0].start, end: tokens[tokens.count - 1].end)
        return SentenceParse(model.analyze(sentence, fixedTags: fixed.contains { $0 != nil } ? fixed : []))
    }

    /// A capitalised word of letters that the model did not learn: a name, whatever its context says.
    static func isUnknownName(_ form: String, _ model: LanguageModel) -> Bool {
        let scalars = form.unicodeScalars
        guard scalars.count >= 2, let first = scalars.first, first.properties.isUppercase,
              scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        return !model.knows(form)
    }

    /// "Corvid-3", "GPT-4", "COVID-19", "F-35", "A330-900" as one word. The treebank splits hyphens,
    /// and news is full of such names, which the parser then reads as a word, a symbol and a number
    /// (the symbol becoming a subject). A name is never a figure, so it is one word here.
    static func joiningNamesWithNumbers(_ tokens: [TextToken]) -> [TextToken] {
        var out: [TextToken] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i + 2 < tokens.count, !t.spaceAfter, !tokens[i + 1].spaceAfter, tokens[i + 1].form == "-",
               let first = t.form.unicodeScalars.first, first.properties.isUppercase,
               let digit = tokens[i + 2].form.unicodeScalars.first, ("0"..."9").contains(digit) {
                let last = tokens[i + 2]
                out.append(TextToken(start: t.start, end: last.end, form: t.form + "-" + last.form, spaceAfter: last.spaceAfter))
                i += 3
                continue
            }
            out.append(t)
            i += 1
        }
        return out
    }

    /// The time phrases of a parsed sentence: its date figures (year-less ones placed in the year
    /// nearest the document's date) and its relative times.
    func timePhrases(_ p: SentenceParse, dates: [(bytes: Range<Int>, iso: String, lean: Int)]) -> [PeriodFinder.TimePhrase] {
        var phrases: [PeriodFinder.TimePhrase] = []
        for d in dates {
            guard let words = p.words(inBytes: d.bytes), let iso = resolve(date: d.iso, lean: d.lean) else { continue }
            if let span = PeriodFinder.spanEnding(p, before: words.lowerBound, on: iso) {
                phrases.append(PeriodFinder.TimePhrase(words: span.words.lowerBound..<words.upperBound, iso: span.iso))
            } else {
                phrases.append(PeriodFinder.TimePhrase(words: words, iso: iso))
            }
        }
        if let published {
            for r in PeriodFinder.relativePhrases(p, published: published)
            where !phrases.contains(where: { $0.words.overlaps(r.words) }) {
                phrases.append(r)
            }
        }
        return phrases
    }

    /// A date as ISO with its year: `--03-05`, `--09` (a month) and `--Q3`/`--H1` placed nearest the
    /// document's date; nil when it has no year and there is no document date.
    /// `lean` −1 places it on or before the document's date ("since June"), +1 on or after ("until
    /// June"), 0 nearest.
    func resolve(date iso: String, lean: Int = 0) -> String? {
        guard iso.hasPrefix("--") else { return iso }
        guard let published else { return nil }
        let rest = iso.dropFirst(2)
        if let kind = rest.first, kind == "Q" || kind == "H", let n = Int(rest.dropFirst()) {
            return published.nearest(part: n, of: kind == "Q" ? 4 : 2)
        }
        let parts = rest.split(separator: "-").compactMap { Int($0) }
        if parts.count == 1, (1...12).contains(parts[0]) {
            switch lean {
            case ..<0: return "\(parts[0] <= published.month ? published.year : published.year - 1)-\(CalendarDay.pad(parts[0]))"
            case 1...: return "\(parts[0] >= published.month ? published.year : published.year + 1)-\(CalendarDay.pad(parts[0]))"
            default: return published.nearest(month: parts[0])
            }
        }
        guard parts.count == 2, var day = published.nearest(month: parts[0], day: parts[1]) else { return nil }
        if lean < 0, day.ordinal > published.ordinal, let earlier = published.nearest(month: parts[0], day: parts[1], inYear: day.year - 1) { day = earlier }
        if lean > 0, day.ordinal < published.ordinal, let later = published.nearest(month: parts[0], day: parts[1], inYear: day.year + 1) { day = later }
        return day.iso
    }

    /// The meaning of the figure covering `bytes` of kind `kind`.
    func meaning(_ p: SentenceParse, _ bytes: [UInt8], figure range: Range<Int>, kind: FigureKind, text: String,
                 times: [PeriodFinder.TimePhrase]) -> FigureMeaning? {
        guard let span = p.words(inBytes: range) else { return nil }
        let top = p.top(of: span)
        var meaning = FigureMeaning()
        let measure = MeasureFinder.measure(p, figure: span, top: top, kind: kind)
        meaning.measure = measure.phrase
        meaning.path.append("measure: \(measure.path)")
        if let s = ParseSubject.subject(p, top: top, figure: span, measure: measure, kind: kind) {
            meaning.subject = ParseSubject.text(p, bytes, head: s.word, clauseEnd: s.clauseEnd)
            meaning.subjectIsStandIn = s.isStandIn
            // "He and Harbourside": a name joined to the pronoun stays when the pronoun is not resolved.
            meaning.subjectIsPronoun = s.isPronoun && !p.children[s.word].contains { p.relation($0) == "conj" }
            meaning.path.append("subject: \(s.path)")
        }
        meaning.direction = DirectionFinder.direction(p, top: top, kind: kind, text: text)
        if kind != .date, let t = PeriodFinder.period(p, top: top, figure: span, phrases: times, published: published) {
            meaning.period = t.iso
            meaning.path.append("period: '\(p.text(bytes, t.words.lowerBound, t.words.upperBound - 1))'")
        }
        return meaning
    }
}
