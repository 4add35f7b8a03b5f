/// Cuts a run-on "sentence" into overlapping windows for context analysis.
///
/// Text without sentence ends (a minified page, a data dump, a table
/// flattened to one line, a PDF extraction without full stops) reads as one
/// huge sentence. The context passes (metric cues, names, attribution,
/// subject) weigh every word of a sentence against every figure in it, so
/// their work grows with the square of the sentence (and worse). A sentence of
/// more than ``wholeTokens`` tokens is therefore read in windows: each
/// figure belongs to one *core* of about ``coreTokens`` tokens and is analysed
/// with ``marginTokens`` of context on each side of its core. Work per figure
/// is then bounded and the whole text costs O(length × window).
///
/// Sentences up to ``wholeTokens`` tokens — every real sentence, up to several
/// hundred words of legal prose — are read whole, exactly as before.
struct SentenceWindows {
    /// The longest sentence analysed whole, in tokens (a 600-word sentence has about 700).
    static let wholeTokens = 1_000
    /// Tokens of a window whose figures are reported from it.
    static let coreTokens = 256
    /// Context on each side of a core (about 100 words): far more than any cue, name or source the
    /// context passes connect to a figure in real prose.
    static let marginTokens = 128

    /// One window: the tokens read as the "sentence", and which of the sentence's figures
    /// (indices into its figure list) are read in it and reported from it.
    struct Window: Equatable {
        /// Token range analysed as the sentence.
        var span: Range<Int>
        /// Indices of the sentence's figures whose first token is in the core: reported here.
        var reported: Range<Int>
    }

    /// The windows of `sentence`, whose figures are `figures` (in order of position): one window
    /// covering the whole sentence when it is short, otherwise cores of about `core` tokens, never
    /// cut inside a figure, each widened by `margin` tokens on both sides. Cores without figures
    /// are left out.
    static func windows(_ sentence: Range<Int>, figures: [Figure], whole: Int = wholeTokens, core: Int = coreTokens,
                        margin: Int = marginTokens) -> [Window] {
        guard !figures.isEmpty else { return [] }
        if sentence.count <= whole { return [Window(span: sentence, reported: 0..<figures.count)] }
        var out: [Window] = []
        out.reserveCapacity(sentence.count / max(1, core) + 1)
        var coreStart = sentence.lowerBound
        var k = 0  // the first figure not yet reported
        while coreStart < sentence.upperBound, k < figures.count {
            var coreEnd = min(sentence.upperBound, coreStart + max(1, core))
            // A figure that starts in the core ends in it: move the cut past its last token.
            var e = k
            while e < figures.count, figures[e].first < coreEnd {
                coreEnd = max(coreEnd, min(sentence.upperBound, figures[e].last + 1))
                e += 1
            }
            if e > k {
                let lower = max(sentence.lowerBound, min(coreStart - margin, figures[k].first))
                let upper = min(sentence.upperBound, coreEnd + margin)
                out.append(Window(span: lower..<upper, reported: k..<e))
            }
            k = e
            coreStart = coreEnd
        }
        return out
    }

    /// The first tokens of a long sentence, where its first name is looked for; the sentence itself
    /// when it is read whole.
    static func head(_ sentence: Range<Int>) -> Range<Int> {
        sentence.count <= wholeTokens ? sentence
            : sentence.lowerBound..<(sentence.lowerBound + coreTokens + marginTokens)
    }
}
