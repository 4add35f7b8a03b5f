/// The tagger's feature templates: the word, its affixes and shape, the words
/// two either side, and the tags already given to the two words before.
///
/// A second pass adds the first pass's tags of the two words after, which
/// is where a left-to-right tagger loses most (a noun or a verb is often
/// decided by what follows it).
enum TaggerFeatures {
    static let count = 38

    /// Tag code of the pseudo-words outside the sentence.
    static let outside: UInt64 = 0xFFFF

    /// Fills `out` with the features of word `i`; `previous` and `next` are tag codes (``outside`` beyond the ends).
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<WordCodes>, _ i: Int,
                        previous1: UInt64, previous2: UInt64, next1: UInt64, next2: UInt64,
                        into out: UnsafeMutablePointer<UInt64>) {
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : .start
        let p2 = i >= 2 ? words[i - 2] : .start
        let n1 = i + 1 < words.count ? words[i + 1] : .end
        let n2 = i + 2 < words.count ? words[i + 2] : .end
        let first: UInt64 = i == 0 ? 1 : 0
        out[0] = FeatureKey.hot(FeatureKey.key(0, 0))
        out[1] = FeatureKey.key(1, w.word)
        out[2] = FeatureKey.key(2, w.exact)
        out[3] = FeatureKey.hot(FeatureKey.key(3, w.suffix1))
        out[4] = FeatureKey.key(4, w.suffix2)
        out[5] = FeatureKey.key(5, w.suffix3)
        out[6] = FeatureKey.key(6, w.suffix4)
        out[7] = FeatureKey.hot(FeatureKey.key(7, w.prefix1))
        out[8] = FeatureKey.key(8, w.prefix2)
        out[9] = FeatureKey.key(9, w.prefix3)
        out[10] = FeatureKey.hot(FeatureKey.key(10, w.shape))
        out[11] = FeatureKey.hot(FeatureKey.key(11, w.flags, first))
        out[12] = FeatureKey.key(12, p1.word)
        out[13] = FeatureKey.key(13, p2.word)
        out[14] = FeatureKey.key(14, n1.word)
        out[15] = FeatureKey.key(15, n2.word)
        out[16] = FeatureKey.key(16, p1.suffix3)
        out[17] = FeatureKey.key(17, n1.suffix3)
        out[18] = FeatureKey.hot(FeatureKey.key(18, previous1))
        out[19] = FeatureKey.hot(FeatureKey.key(19, previous1, previous2))
        out[20] = FeatureKey.key(20, previous1, w.word)
        out[21] = FeatureKey.key(21, p1.word, w.word)
        out[22] = FeatureKey.key(22, w.word, n1.word)
        out[23] = FeatureKey.key(23, previous1, n1.word)
        out[24] = FeatureKey.hot(FeatureKey.key(24, p1.shape, w.shape))
        out[25] = FeatureKey.hot(FeatureKey.key(25, w.shape, n1.shape))
        out[26] = FeatureKey.key(26, previous1, w.suffix3)
        out[27] = FeatureKey.key(27, n1.suffix1, w.word)
        out[28] = FeatureKey.key(28, p1.word, w.word, n1.word)
        // Second-pass features: the right context's tags.
        out[29] = FeatureKey.hot(FeatureKey.key(29, next1))
        out[30] = FeatureKey.hot(FeatureKey.key(30, next1, next2))
        out[31] = FeatureKey.hot(FeatureKey.key(31, previous1, next1))
        out[32] = FeatureKey.key(32, next1, w.word)
        out[33] = FeatureKey.key(33, next1, w.suffix3)
        // Wider context: the neighbours' endings, case and shapes.
        out[34] = FeatureKey.key(34, n2.suffix3)
        out[35] = FeatureKey.key(35, p2.suffix3)
        out[36] = FeatureKey.key(36, n1.exact)
        out[37] = FeatureKey.key(37, p1.exact)
    }
}
