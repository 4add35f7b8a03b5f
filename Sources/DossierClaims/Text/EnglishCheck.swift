/// Whether a text is English, by a cheap count of function words: figures
/// are read only from English (the cue words, the parser and the conventions
/// are English), while other languages are still stored and searchable.
///
/// Function words are the most frequent words of any language and almost
/// never shared: "the", "of", "and" against "der", "und", "le", "de la"… A
/// text with none of either (a table, a headline) counts as English.
enum EnglishCheck {
    /// How much of the text is read: the start of a document says its language.
    static let sampleBytes = 16 * 1024

    static func isEnglish(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var english = 0, other = 0, cyrillic = 0, latin = 0
        var word: [UInt8] = []
        word.reserveCapacity(16)
        func finish() {
            guard !word.isEmpty, word.count <= 6 else { word.removeAll(keepingCapacity: true); return }
            let key = WordKey.of(String(decoding: word, as: UTF8.self))
            if englishWords.contains(key) { english += 1 } else if otherWords.contains(key) { other += 1 }
            word.removeAll(keepingCapacity: true)
        }
        var i = 0
        let end = min(bytes.count, sampleBytes)
        while i < end {
            let b = bytes[i]
            if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) {
                word.append(b >= 65 && b <= 90 ? b + 32 : b)
                latin += 1
            } else if b >= 0xC0 {
                // A non-ASCII letter: Cyrillic lead bytes are 0xD0-0xD3; accented Latin letters end a
                // function word here, which none of the lists' words contain.
                if b >= 0xD0 && b <= 0xD3 { cyrillic += 1 }
                finish()
            } else if b < 0x80 {
                finish()
            }
            i += 1
        }
        finish()
        if cyrillic > latin { return false }
        // One stray foreign word ("Der Spiegel", "per share") does not make a text foreign.
        return other < 2 || english >= other
    }

    static let englishWords: WordSet = WordKey.set([
        "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at", "from", "said",
        "it", "its", "has", "have", "were", "are", "be", "this", "which", "will", "an", "or", "but", "after",
    ])
    /// German, French, Spanish, Italian, Portuguese and Dutch function words that are not English words
    /// (not "per", "do", "da", "se": English tables and names have them).
    static let otherWords: WordSet = WordKey.set([
        "der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "im", "auf", "sich", "des", "dem", "zu",
        "ein", "eine", "wurde", "bei", "nach", "wird", "le", "la", "les", "et", "est", "une", "du", "dans",
        "pour", "qui", "au", "sur", "par", "ont", "aux", "ses", "leur", "el", "los", "las", "del", "una",
        "por", "para", "que", "della", "che", "di", "sono", "het", "een", "niet", "mais", "zijn", "voor", "ook",
        "dat", "werd", "wordt",
    ])
}
