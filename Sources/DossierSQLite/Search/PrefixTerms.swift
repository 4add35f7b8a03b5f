/// Widens a prefix query so that it finds the words it was typed from.
///
/// The index holds porter stems, and FTS5 stems a prefix before matching it:
/// `employ*` becomes `emploi*`, which misses "employees" (indexed `employe`)
/// and "employment" (`employ`); `accelera*` misses "accelerated" (`acceler`),
/// because the stem is shorter than what was typed. On the words of the
/// bundled corpus and tests, 6.6 % of prefix queries of four letters or more
/// missed the very word they were cut from.
///
/// The connection's porter tokenizer (CFTSPrefix) matches a prefix both as
/// stemmed and as typed (`emploi*` and `employ*`). Here `word*` is searched as
/// `(word* OR ⟨wor⟩ OR …)`: that, and each cut of the typed prefix down to three
/// letters shorter (at least four) as a whole indexed term — the stems porter
/// may have cut the word to (`acceler` for `accelera*`). ⟨ ⟩ is a query string
/// starting with ``exactMark``, which the tokenizer leaves unstemmed. Measured
/// on the same words: 0.9 % missed, and the wrong words matched per query went
/// from 0.39 to 0.55.
enum PrefixTerms {
    /// The mark `dossier_fts_register_exact_terms` looks for (DOSSIER_FTS_EXACT_MARK).
    static let exactMark = "\u{1}"

    /// `chunk` is a bare prefix term as typed: letters and digits, then `*`.
    static func widen(_ chunk: String) -> String {
        let typed = String(chunk.dropLast())
        // Only plain letters: digits are never stemmed, and other scripts are
        // folded by the tokenizer in ways a byte-wise cut would not follow.
        guard typed.count >= 4, typed.allSatisfy({ $0.isASCII && $0.isLetter }) else { return chunk }
        let lower = typed.lowercased()
        let cuts = max(4, lower.count - 3)..<lower.count
        guard !cuts.isEmpty else { return chunk }
        let terms = [chunk] + cuts.map { "\"\(exactMark)\(lower.prefix($0))\"" }
        return "(" + terms.joined(separator: " OR ") + ")"
    }
}
