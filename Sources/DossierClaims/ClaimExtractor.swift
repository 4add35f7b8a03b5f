public import DossierModel

/// Finds every checkable figure in a text — money, percentages, durations,
/// dates, counts and multiples — with its exact span, sentence, metric,
/// subject, qualifier and attribution.
///
/// A hand-written scanner over UTF-8 bytes in layers: tokens
/// (`Text/Tokenizer`), sentences (`Text/SentenceSplitter`), figures
/// (`Figures/FigureScanner` with dates, amounts, ranges, qualifiers and
/// traps), then context (`Context/`: metric, subject, attribution). A run-on
/// sentence (text without sentence ends) is analysed in windows around its
/// figures (`Text/SentenceWindows`), so the work stays linear in the text.
///
/// Conventions of the output:
/// - `start`/`end` are offsets in Unicode scalars of the input, end exclusive.
/// - Money is in currency units (`$1.5bn` → 1_500_000_000) with its ISO code.
/// - Percentages are in percentage points (`0.1%` → 0.1, `25 basis points` → 0.25).
/// - Durations carry `unit` (`second` … `year`, also `quarter`, `decade`,
///   `century`) and the count of that unit.
/// - Counts carry the counted noun as written, compounds kept and leading
///   adjectives dropped (`1,200 employees` → 1200, unit `employees`; `3,100
///   patent applications` → `patent applications`), a count listed with
///   others shares their unit, and a count with no noun has no unit.
/// - Dates carry `date` as ISO 8601, possibly partial (see `DateReader`).
/// - A range has `low`/`high` and no `value`.
public struct ClaimExtractor: Sendable {
    /// Bump when a change would alter extracted claims, so `reindex` re-extracts.
    public static let version = 8

    /// The most claims one text yields. A document is then bounded in memory and storage whatever
    /// its content: a data dump of a 64 MB line with a figure every few bytes would otherwise make
    /// millions of claims, each with its words around it. Generous for real documents: the largest
    /// filings' text, tables included, holds tens of thousands of figures.
    public static let defaultClaimLimit = 250_000

    /// See ``defaultClaimLimit``. Extraction stops at this many claims.
    public var claimLimit = ClaimExtractor.defaultClaimLimit

    public init() {}

    /// Texts longer than this are read in pieces that end at a blank line: the tokens of a piece
    /// stay in cache and their memory is reused instead of touching fresh pages for a whole book.
    static let pieceBytes = 256 * 1024

    /// All claims of `text`, in order of `start`. `published` (ISO 8601, `2025-03-14` or a timestamp) is
    /// the document's date: "last year", "on Tuesday" and "Jan. 9" are resolved against it.
    public func extract(from text: String, published: String? = nil) -> [Claim] {
        let reader = MeaningReader(published: published.flatMap(CalendarDay.init(iso:)))
        // The pieces are copied straight from the string's own UTF-8, not from a copy of the whole text.
        if let claims = text.utf8.withContiguousStorageIfAvailable({ extract(utf8: $0, reader: reader) }) { return claims }
        return Array(text.utf8).withUnsafeBufferPointer { extract(utf8: $0, reader: reader) }
    }

    /// The claims of `text` without reading their meaning from a parse (no measure, period or direction;
    /// word-based subjects): for locating a filing's facts in its text, where only the figures matter.
    func figures(in text: String) -> [Claim] {
        if let claims = text.utf8.withContiguousStorageIfAvailable({ extract(utf8: $0, reader: nil) }) { return claims }
        return Array(text.utf8).withUnsafeBufferPointer { extract(utf8: $0, reader: nil) }
    }

    func extract(utf8 bytes: UnsafeBufferPointer<UInt8>, reader: MeaningReader?) -> [Claim] {
        // Other languages are stored and searchable, but yield no claims: the figure words are English.
        guard EnglishCheck.isEnglish(bytes) else { return [] }
        var claims: [Claim] = []
        claims.reserveCapacity(bytes.count / 40)
        if bytes.count <= ClaimExtractor.pieceBytes {
            var carried: [String?] = []
            extract(ScannedText(bytes: Array(bytes)), scalarBase: 0, carried: &carried, passesOn: false, reader: reader, into: &claims)
            if claims.count > claimLimit { claims.removeSubrange(claimLimit...) }
            return claims
        }
        var start = 0
        var scalarBase = 0
        var carried: [String?] = []
        while start < bytes.count, claims.count < claimLimit {
            let end = ClaimExtractor.pieceEnd(bytes, from: start)
            let piece = Array(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            scalarBase += extract(ScannedText(bytes: piece), scalarBase: scalarBase, carried: &carried,
                                  passesOn: end < bytes.count, reader: reader, into: &claims)
            start = end
        }
        if claims.count > claimLimit { claims.removeSubrange(claimLimit...) }
        return claims
    }

    /// Where a piece that starts at `start` ends: after the first blank line past `pieceBytes`,
    /// or at the end of the text when there is none.
    static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start + pieceBytes
        guard i < bytes.count else { return bytes.count }
        while i + 1 < bytes.count {
            if bytes[i] == 10 {
                // A blank line: a newline, optional spaces or tabs or CR, a newline.
                var j = i + 1
                while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 || bytes[j] == 13 { j += 1 }
                if j < bytes.count, bytes[j] == 10 { return j + 1 }
            }
            i += 1
        }
        return bytes.count
    }

    /// The claims of one piece of text. `carried` holds the names of the last sentences of the
    /// piece before (oldest first), for "it" and "the company" at the start of this one, and is
    /// replaced with this piece's. Returns the number of Unicode scalars in the piece, counted by the
    /// same forward walk that converts the claims' offsets.
    @discardableResult
    func extract(_ s: ScannedText, scalarBase: Int, carried: inout [String?], passesOn: Bool, reader: MeaningReader?,
                 into claims: inout [Claim]) -> Int {
        var offsets = ScalarOffsets(s.bytes)
        guard !s.tokens.isEmpty else { return offsets.scalarOffset(ofByte: s.bytes.count) }
        let sentences = SentenceSplitter.split(s)
        // The name each sentence is about, found lazily and kept, for "it" and "the company".
        var names = [String??](repeating: nil, count: sentences.count)
        // For sentences already read: the token range of their first name (first << 32 | last), -1 for
        // none, -2 for not read; the name's text is made only if a later "it" asks for it.
        var nameTokens = [Int](repeating: -2, count: sentences.count)
        let before = carried
        defer {
            if passesOn {
                var last: [String?] = []
                for k in max(0, sentences.count - 5)..<sentences.count { last.append(name(s, sentences, k, names: &names, tokens: nameTokens)) }
                carried = Array((before + last).suffix(5))
            }
        }
        // One set of buffers for all sentences: their storage is allocated once, not per sentence.
        var metrics: [Metric?] = []
        var figures: [Figure] = []
        var allEntities: [EntityFinder.Entity] = []
        var entities: [EntityFinder.Entity] = []
        var anaphors: [SubjectFinder.Anaphor] = []
        var cues = MetricClassifier.SentenceCues(hits: [], clauseStarts: [], governing: [], governors: [])
        var sentenceFigures: [Figure] = []
        for (index, sentence) in sentences.enumerated() {
            guard claims.count < claimLimit else { break }
            let table = isTableLike(s, sentence)
            FigureScanner(s: s, span: sentence, inTable: table).scan(into: &sentenceFigures)
            guard !sentenceFigures.isEmpty else { continue }
            let longSentence = s[sentence.upperBound - 1].end - s[sentence.lowerBound].start > ClaimExtractor.maxSentenceBytes
            let sentenceText = longSentence ? "" : s.string(s[sentence.lowerBound].start, s[sentence.upperBound - 1].end)
            let windowHalf = longSentence
                ? ClaimExtractor.windowHalf(sentenceBytes: s[sentence.upperBound - 1].end - s[sentence.lowerBound].start,
                                            figures: sentenceFigures.count)
                : 0
            // A run-on sentence is read in windows around its figures (see `SentenceWindows`); any other whole.
            let windows = SentenceWindows.windows(sentence, figures: sentenceFigures)
            // Prose sentences are parsed: the meaning stages read subject, measure, direction and period from the
            // tree. Parsed when the first figure that is kept asks, so a sentence of phone numbers costs nothing.
            let parsable = !table && !longSentence && windows.count == 1 && windows[0].span == sentence && reader != nil
            var parsed: (parse: SentenceParse, times: [PeriodFinder.TimePhrase])?? = parsable ? nil : .some(nil)
            if windows.count == 1 && windows[0].span == sentence { swap(&figures, &sentenceFigures) }
            for window in windows {
                guard claims.count < claimLimit else { break }
                let span = window.span
                // The figures read in this window, and which of them it reports.
                var reported = 0..<0
                if windows.count == 1 && span == sentence {
                    reported = 0..<figures.count
                } else {
                    figures.removeAll(keepingCapacity: true)
                    // Figures are in order: those of the margins lie next to the reported ones.
                    var a = window.reported.lowerBound, b = window.reported.upperBound
                    while a > 0, sentenceFigures[a - 1].first >= span.lowerBound { a -= 1 }
                    while b < sentenceFigures.count, sentenceFigures[b].first < span.upperBound { b += 1 }
                    var lo = -1, hi = -1
                    for k in a..<b where window.reported.contains(k)
                        || (sentenceFigures[k].first >= span.lowerBound && sentenceFigures[k].last < span.upperBound) {
                        if k == window.reported.lowerBound { lo = figures.count }
                        figures.append(sentenceFigures[k])
                        if k == window.reported.upperBound - 1 { hi = figures.count }
                    }
                    guard lo >= 0, hi >= lo else { continue }
                    reported = lo..<hi
                }
                EntityFinder.find(s, in: span, figures: figures, into: &allEntities)
                let attribution = AttributionFinder.find(s, in: span, entities: allEntities)?.withArticle(s, sentenceStart: span.lowerBound)
                entities.removeAll(keepingCapacity: true)
                for e in allEntities {
                    if let a = attribution, a.fixed == nil, !(e.last < a.first || e.first > a.last) { continue }
                    entities.append(e)
                }
                let carried = { () -> String? in
                    self.carriedEntity(s, sentences, before: index, names: &names, tokens: nameTokens, earlier: before)
                }
                let sourceEntity = attribution.flatMap { a in
                    a.fixed == nil ? allEntities.first(where: { $0.first >= a.first && $0.last <= a.last }) : nil
                }
                let attributionText: String? = attribution.flatMap { a in
                    if let fixed = a.fixed { return fixed }
                    // "it said" names nobody: resolve the pronoun. "the company said" is kept as written.
                    if a.isAnaphor && a.first == a.last && AttributionFinder.pronouns.contains(s.wordKey(a.first)) {
                        return entities.first.map { SubjectFinder.text(s, $0) } ?? carried()
                    }
                    return s.string(tokens: a.first, a.last)
                }
                // The name's text is left to `name(_:_:_:names:tokens:)`, only when a later "it" asks. A long
                // sentence's first name is looked for in its head by `name` itself.
                if span == sentence {
                    nameTokens[index] = entities.first.map { $0.first << 32 | $0.last } ?? -1
                }
                SubjectFinder.findAnaphors(s, span: span, into: &anaphors)
                MetricClassifier.sentenceCues(s, in: span, figures: figures, into: &cues)
                // The last figure of each kind with its metric, for conversions and lists.
                var lastOfKind = KindSlots()
                metrics.removeAll(keepingCapacity: true)
                // Figures before the reported ones are classified too: a figure's metric may follow the one before.
                for fi in 0..<reported.upperBound {
                    let f = figures[fi]
                    let previousIndex = lastOfKind[f.kind]
                    // Only its kind and last token are read: a whole Figure would copy its strings.
                    let previous: (kind: FigureKind, last: Int, metric: Metric?)? = previousIndex >= 0
                        ? (figures[previousIndex].kind, figures[previousIndex].last, metrics[previousIndex]) : nil
                    var (metric, decisive) = MetricClassifier.classify(s, f, index: fi, sentence: span, cues: cues, others: figures)
                    // "€2.42 billion ($2.7 billion)": a conversion measures the same thing.
                    if let p = previous, p.kind == f.kind, metric == nil || s.isSymbol(f.first - 1, 40) || !decisive,
                       comparesTo(s, from: p.last + 1, to: f.first) {
                        metric = p.metric
                    } else if let p = previous, !decisive, comparedFrom(s, f, span: span) {
                        // "compared to $526.2 million for the year ended…", "from $45.6 billion a year earlier".
                        metric = p.metric
                    }
                    // "$145 million in 2026, $132 million in 2027": a figure in a list measures what the one before does.
                    // A count with a noun of its own ("4 billion API calls") says what it counts.
                    if metric == nil, let p = previous, let m = p.metric, p.kind == f.kind, f.first - p.last <= 10, m != .growth,
                       f.kind != .count || f.unit == nil {
                        metric = m
                    }
                    lastOfKind[f.kind] = fi
                    metrics.append(metric)
                    guard fi >= reported.lowerBound else { continue }
                    // "240,000 barrels" is a quantity in barrels; "4K", "1440p" name a video format.
                    var kind = f.kind, unit = f.unit
                    if kind == .count {
                        let written = s.string(s[f.first].start, s[f.last].end)
                        if QuantityUnits.isResolution(written) || unit == "p" { continue }
                        // A bare number with no counted noun is not a checkable figure (a phone or
                        // statute number, a lottery draw, a score) unless it is written as a count is:
                        // grouped or scaled ("beating the 140,000 forecast", "1.2 million").
                        // Table cells are figures by position (their row says what they count).
                        if unit == nil, !table, !written.contains(","), !written.contains(" "), !written.contains(where: \.isLetter) { continue }
                        if let noun = unit, let canonical = QuantityUnits.unit(for: noun) { kind = .quantity; unit = canonical }
                        // "shedding 1,482 points", "57.41 points": index points (a poll's "22 points" is not).
                        if let noun = unit, ["points", "point", "pts"].contains(noun.lowercased()),
                           (f.value ?? 0) >= 100 || written.split(separator: ".").last.map({ $0.count == 2 && written.contains(".") }) == true {
                            kind = .quantity; unit = "point"
                        }
                    }
                    var meaning: FigureMeaning?
                    // A date needs no parse: its value is its meaning.
                    if parsed == nil, kind != .date, let reader {
                        let p = reader.parse(s.bytes, s[sentence.lowerBound].start..<s[sentence.upperBound - 1].end)
                        parsed = .some(p.map { p in
                            (p, reader.timePhrases(p, dates: figures.compactMap { f in
                                f.kind == .date ? f.date.map { (s[f.first].start..<s[f.last].end, $0, Self.lean(s, before: f.first)) } : nil
                            }))
                        })
                    }
                    if kind != .date, let sentenceParse = parsed ?? nil, let reader {
                        // The kind as read (a count in "degrees Celsius" is a quantity): a unit is not a measure.
                        meaning = reader.meaning(sentenceParse.parse, s.bytes, figure: s[f.first].start..<s[f.last].end, kind: kind,
                                                 text: s.string(s[f.first].start, s[f.last].end), times: sentenceParse.times)
                    }
                    // The word-based finder runs only where the parse gave no subject, or a pronoun or "the
                    // company" that it resolves within the sentence and from earlier ones.
                    var subject = meaning?.subject
                    if subject == nil || meaning?.subjectIsStandIn == true {
                        // An unresolved pronoun is dropped; an unresolved "the company" is kept as written.
                        subject = SubjectFinder.find(s, f, span: span, entities: entities, source: sourceEntity,
                                                     anaphors: anaphors, carried: carried)
                            // A pronoun the parse found as the subject ("It said it would cut 3,800 jobs") stands
                            // for the name the text was last about.
                            ?? (meaning?.subjectIsPronoun == true ? carried() : subject)
                        // A table row's capitalised label ("Selling, general and administrative", "Diluted
                        // earnings per share") and a quantity ("Average hourly earnings") say what is measured,
                        // not whose it is.
                        // Only within a sentence of bounded length (a one-line table of thousands of rows is
                        // not searched per figure); a single word only where it opens the sentence ("Revenue
                        // rose…") or in lower case, since one-word names ("Target reported…") are quantity words too.
                        if let found = subject, !longSentence, Self.isUnitName(found, in: sentenceText) { subject = nil }
                        if let found = subject, !longSentence,
                           MeaningWords.isQuantityPhrase(found)
                            && (found.contains(" ") || found.first?.isLowercase == true || sentenceText.hasPrefix(found))
                            || table && Self.opensALabel(found, in: sentenceText) {
                            subject = nil
                        }
                    }
                    var date = f.date
                    if f.kind == .date, let d = date, d.hasPrefix("--"),
                       let resolved = reader?.resolve(date: d, lean: Self.lean(s, before: f.first)) { date = resolved }
                    let per = f.rateToken.map { Self.perName(s, $0) }
                    // Where the parse found no measure, the metric's cue word names one ("sales rose to $5bn" read
                    // oddly still says revenue). Such a measure is as sure as the cue, which cross-referencing
                    // cannot tell from a parsed one: a known weakness (see BENCHMARKS.md, #14).
                    var measure = meaning?.measure ?? (f.kind == .date ? nil : metric.flatMap { MeaningWords.metricMeasures[$0] })
                    // "$84.12 a barrel", "US$31.72 an ounce", "$27 per share": money per unit of a good is its price.
                    // The parse may name the good instead ("Brent crude settled at $87.62 a barrel"): a good is not a quantity.
                    if f.kind == .money, let unit = per, !MeaningWords.timeNouns.contains(unit),
                       !(measure.map(MeaningWords.namesAQuantity) ?? false) {
                        measure = "price"
                    }
                    var value = f.value
                    if table, value != nil, s.isSymbol(f.first - 1, 40), s.isSymbol(f.last + 1, 41) { value = -(value!) }
                    let startByte = s[f.first].start
                    let endByte = s[f.last].end
                    let start = scalarBase + offsets.scalarOffset(ofByte: startByte)
                    let end = scalarBase + offsets.scalarOffset(ofByte: endByte)
                    claims.append(Claim(
                        kind: kind, text: s.string(startByte, endByte), start: start, end: end,
                        value: value, low: f.low, high: f.high, currency: f.currency, unit: unit, date: date,
                        qualifier: f.qualifier,
                        metric: MetricFromMeasure.metric(kind: kind, coarse: metric, measure: measure, unit: unit,
                                                         direction: meaning?.direction)?.rawValue,
                        subject: subject,
                        attribution: attributionText,
                        measure: measure,
                        period: meaning?.period,
                        direction: meaning?.direction,
                        per: per,
                        sentence: longSentence ? ClaimExtractor.sentenceWindow(s, sentence, f, half: windowHalf) : sentenceText))
                }
            }
        }
        return offsets.scalarOffset(ofByte: s.bytes.count)
    }

    /// Whether a name found by words is a unit of measure or its first word ("GWh", "GB", "British" of
    /// "British thermal units").
    static func isUnitName(_ name: String, in sentence: String) -> Bool {
        if QuantityUnits.unit(for: name) != nil { return true }
        guard let found = sentence.range(of: name) else { return false }
        let next = sentence[found.upperBound...].split(separator: " ", maxSplits: 3).prefix(2).joined(separator: " ")
        return !next.isEmpty && QuantityUnits.unit(for: name + " " + next) != nil
    }

    /// Whether `word` opens a row label written in sentence case ("Gross margin", "Research and development",
    /// "Selling, general and administrative") rather than standing alone as a name ("Industrial | $1,284").
    static func opensALabel(_ word: String, in row: String) -> Bool {
        guard let found = row.range(of: word) else { return false }
        let rest = row[found.upperBound...].drop { $0 == " " || $0 == "," }
        return rest.first?.isLowercase == true
    }

    /// The longest sentence a claim carries whole. Text without full stops
    /// (a table, a hostile file) can read as one huge "sentence"; each of its
    /// N figures then keeps only the words around it, so the output cannot
    /// grow as N times the sentence.
    static let maxSentenceBytes = 2_000

    /// The fewest bytes of context a claim of a long sentence carries on each side (about 20 words).
    static let minWindowHalf = 120

    /// How far either side of its figure a claim of a long sentence reaches: half of
    /// ``maxSentenceBytes``, narrowed where figures are dense (down to ``minWindowHalf``) so that the
    /// claims of a sentence together carry at most about eight times the sentence, not N times it.
    /// A long sentence of real prose, with a few figures, keeps the full width.
    static func windowHalf(sentenceBytes: Int, figures: Int) -> Int {
        min(maxSentenceBytes / 2, max(minWindowHalf, 4 * sentenceBytes / max(1, figures)))
    }

    /// The words of `span` within `half` bytes either side of `f`.
    static func sentenceWindow(_ s: ScannedText, _ span: Range<Int>, _ f: Figure, half: Int) -> String {
        // Token starts and ends increase: binary searches find the widest words within reach, as a
        // walk word by word would, without a walk per figure over a run-on sentence.
        let from = s[f.first].start - half, to = s[f.last].end + half
        var lo = span.lowerBound, hi = f.first
        while lo < hi {
            let mid = (lo + hi) / 2
            if s[mid].start < from { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        lo = f.last
        hi = span.upperBound - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if s[mid].end > to { hi = mid - 1 } else { lo = mid }
        }
        return s.string(tokens: first, lo)
    }

    /// The name the text was last about, for "it" and "the company": the
    /// first name of the nearest earlier sentence that has one (up to five back),
    /// reaching into the piece before through `earlier`.
    func carriedEntity(_ s: ScannedText, _ sentences: [Range<Int>], before index: Int, names: inout [String??],
                       tokens: [Int], earlier: [String?]) -> String? {
        var k = index - 1
        while k >= 0 && index - k <= 5 {
            if let name = name(s, sentences, k, names: &names, tokens: tokens) { return name }
            k -= 1
        }
        // Sentences of the piece before: index - k more steps back are allowed.
        var e = earlier.count - 1
        while e >= 0 && index - k <= 5 {
            if let name = earlier[e] { return name }
            e -= 1
            k -= 1
        }
        return nil
    }

    /// The name sentence `k` is about, found once and kept in `names`.
    func name(_ s: ScannedText, _ sentences: [Range<Int>], _ k: Int, names: inout [String??], tokens: [Int]) -> String? {
        if let known = names[k] { return known }
        // A run-on sentence is named by its first words: reading all of it would cost its whole length.
        let span = SentenceWindows.head(sentences[k])
        var name = ClaimExtractor.gerundPhrase(s, span)
        if name == nil, tokens[k] != -2 {
            // Read already: its first name, if it had one.
            name = tokens[k] >= 0 ? s.string(tokens: tokens[k] >> 32, tokens[k] & 0xFFFF_FFFF) : nil
        } else if name == nil {
            let figures = FigureScanner(s: s, span: span, inTable: false).scan()
            let entities = EntityFinder.find(s, in: span, figures: figures)
            let attribution = AttributionFinder.find(s, in: span, entities: entities)
            name = entities.first(where: { e in
                guard let a = attribution, a.fixed == nil else { return true }
                return e.last < a.first || e.first > a.last
            }).map { SubjectFinder.text(s, $0) }
        }
        names[k] = .some(name)
        return name
    }

    /// "Extracting a comparable model?": an activity that opens a sentence, which a later "it" refers to.
    static func gerundPhrase(_ s: ScannedText, _ span: Range<Int>) -> String? {
        let t = s[span.lowerBound]
        guard t.kind == .word, t.isCapitalized, t.length > 5, s.string(t.end - 3, t.end) == "ing" else { return nil }
        var e = span.lowerBound
        while e + 1 < span.upperBound, e - span.lowerBound < 7, let n = s.at(e + 1),
              n.kind == .word || (s.isDash(e + 1) && n.gap == .none) || (n.kind == .number && n.gap == .none),
              !SubjectFinder.skippable.contains(n.key) || n.key == FigureScanner.a || n.key == FigureScanner.an || n.key == DateReader.of,
              !SubjectFinder.activityVerbs.contains(n.key) {
            e += 1
        }
        guard e > span.lowerBound else { return nil }
        return s.string(tokens: span.lowerBound, e)
    }

    static let comparisonWords: WordSet = WordKey.set([
        "compared", "with", "to", "from", "versus", "vs", "against", "up", "down", "and", "or", "a", "year",
        "earlier", "before", "previously", "the", "prior", "period", "last", "in",
    ])

    /// "€2.42 billion ($2.7 billion)", "$94.9 billion, compared with $87.6 billion", "up from $1 billion":
    /// the second figure measures what the first does.
    func comparesTo(_ s: ScannedText, from a: Int, to b: Int) -> Bool {
        guard b - a <= 4, b >= a else { return false }
        if b == a + 1, s.isSymbol(a, 40) { return true }
        var sawWord = false
        for k in a..<b {
            let t = s[k]
            if t.kind == .symbol { if t.key != 44 && t.key != 40 { return false }; continue }
            guard t.kind == .word, ClaimExtractor.comparisonWords.contains(t.key) else { return false }
            sawWord = true
        }
        return sawWord
    }

    /// The index of the last figure of each kind in a sentence (-1 for none), without allocating.
    struct KindSlots {
        var money = -1, percent = -1, duration = -1, date = -1, count = -1, multiple = -1, quantity = -1
        subscript(kind: FigureKind) -> Int {
            get {
                switch kind {
                case .money: money
                case .percent: percent
                case .duration: duration
                case .date: date
                case .count: count
                case .multiple: multiple
                case .quantity: quantity
                }
            }
            set {
                switch kind {
                case .money: money = newValue
                case .percent: percent = newValue
                case .duration: duration = newValue
                case .date: date = newValue
                case .count: count = newValue
                case .multiple: multiple = newValue
                case .quantity: quantity = newValue
                }
            }
        }
    }

    static let comparedWords: WordSet = WordKey.set(["from", "versus", "vs", "against"])
    static let comparedPairs: WordSet = WordKey.set(["compared", "comparison", "contrast"])
    static let qualifierWords: WordSet = WordKey.set([
        "about", "roughly", "approximately", "nearly", "almost", "around", "some", "more", "than", "less", "over",
        "under", "just", "an", "estimated", "a", "the", "record",
    ])

    /// "compared to $526.2 million", "up from $4.8 billion", "from $45.6 billion a year earlier": the figure is
    /// the earlier value of the one before it.
    func comparedFrom(_ s: ScannedText, _ f: Figure, span: Range<Int>) -> Bool {
        var j = f.first - 1
        while j >= span.lowerBound, f.first - j <= 4, ClaimExtractor.qualifierWords.contains(s.wordKey(j)) { j -= 1 }
        let k = s.wordKey(j)
        if ClaimExtractor.comparedWords.contains(k) { return s.wordKey(j - 1) != ClaimExtractor.rangeKey }
        // "compared to", "compared with", "in comparison with"
        return (k == ClaimExtractor.toKey || k == ClaimExtractor.withKey) && ClaimExtractor.comparedPairs.contains(s.wordKey(j - 1))
    }
    static let rangeKey: UInt64 = 0x526e_b811_b28d_5cb2  // "range"
    static let toKey: UInt64 = 0x08c8_3907_b56a_c0a4  // "to"
    static let withKey: UInt64 = 0xa66b_06f6_55a0_c2e9  // "with"

    /// A rate's denominator as a singular lower-case name: "month", "share", "barrel"; units by their
    /// canonical name ("W" → "watt", "bbl" → "barrel").
    static func perName(_ s: ScannedText, _ i: Int) -> String {
        let word = s.string(s[i].start, s[i].end)
        if let unit = QuantityUnits.unit(for: word) ?? QuantityUnits.unit(for: word.lowercased()) { return unit }
        var lower = word.lowercased()
        if lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss") { lower.removeLast() }
        return lower
    }

    /// Which way a date without a year leans from the document's date, by the word before it: "since
    /// June", "last March" are past (-1); "next May", "until June", "by March" future (+1); else nearest (0):
    /// "from June" starts a span either way.
    static func lean(_ s: ScannedText, before i: Int) -> Int {
        let key = s.wordKey(i - 1)
        if pastLeads.contains(key) { return -1 }
        if futureLeads.contains(key) { return 1 }
        return 0
    }
    static let pastLeads: WordSet = WordKey.set(["since", "last"])
    static let futureLeads: WordSet = WordKey.set(["next", "until", "till", "by", "before"])

    /// Lines of a table: several numbers with tabs, pipes or wide gaps between them.
    func isTableLike(_ s: ScannedText, _ span: Range<Int>) -> Bool {
        // Counted in locals without branches (this runs over every token of every sentence), returned
        // as a tuple: counters captured by the closure would be stored to memory on every token.
        let (numbers, symbols, pipes) = s.tokens.withUnsafeBufferPointer { tokens in
            var numbers = 0, symbols = 0, pipes = 0
            for i in span {
                let k = tokens[i].kind.rawValue
                numbers &+= k == Token.Kind.number.rawValue ? 1 : 0
                let symbol = k == Token.Kind.symbol.rawValue
                symbols &+= symbol ? 1 : 0
                pipes &+= symbol && tokens[i].key == 124 ? 1 : 0
            }
            return (numbers, symbols, pipes)
        }
        let words = span.count - numbers - symbols
        if pipes >= 2 { return true }
        guard numbers >= 2 else { return false }
        // Wide gaps: two or more spaces or a tab before a number.
        var wide = 0
        for i in span where s[i].kind == .number || s.isSymbol(i, 40) || s.isSymbol(i, 36) {
            let b = s[i].start
            if b >= 2, s.bytes[b - 1] == 32 && s.bytes[b - 2] == 32 || s.bytes[b - 1] == 9 { wide += 1 }
        }
        return wide >= 2 && numbers * 2 >= words
    }
}
