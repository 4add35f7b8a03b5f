/// The parser's feature templates, after Zhang & Nivre (2011) adapted to
/// the arc-hybrid system: words and tags of the top three stack words and the
/// first three buffer words, their outermost children and those children's
/// labels, distances, valencies and label sets, alone and in combinations;
/// plus the tags beside the stack top and the buffer front in the sentence
/// (+0.4 UAS on dev). Templates that read no word (tags, labels, distances,
/// valencies) are marked hot (`hot(…)`, see ``FeatureKey``). Tried and
/// dropped: punctuation counts between the two candidates, more iterations
/// (20 instead of 15).
enum ParserFeatures {
    static let count = 93

    /// Tag codes of the root and of a missing position (beyond UPOS's 17).
    static let rootTag: UInt64 = 40
    static let noTag: UInt64 = 41
    static let noLabel: UInt64 = 200

    /// Reads the configuration into `out` (``count`` keys).
    static func extract(_ state: ParserState, words: UnsafeBufferPointer<WordCodes>,
                        tags: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt64>) {
        @inline(__always) func w(_ p: Int) -> UInt64 {
            p > 0 ? words[p - 1].word : (p == 0 ? WordCodes.root.word : WordCodes.none.word)
        }
        @inline(__always) func t(_ p: Int) -> UInt64 {
            p > 0 ? UInt64(tags[p - 1]) : (p == 0 ? rootTag : noTag)
        }
        @inline(__always) func l(_ p: Int) -> UInt64 { p > 0 ? UInt64(state.labels[p]) : noLabel }
        @inline(__always) func suffix(_ p: Int) -> UInt64 { p > 0 ? words[p - 1].suffix3 : 0 }

        let s0 = state.s(0), s1 = state.s(1), s2 = state.s(2)
        let b0 = state.stack.isEmpty && state.front > state.count ? -1 : state.b0
        let b1 = state.b(1), b2 = state.b(2)
        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2w = w(s2), s2t = t(s2)
        let b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2)

        let s0l1 = s0 > 0 ? Int(state.left1[s0]) : -1, s0l2 = s0 > 0 ? Int(state.left2[s0]) : -1
        let s0r1 = s0 > 0 ? Int(state.right1[s0]) : -1, s0r2 = s0 > 0 ? Int(state.right2[s0]) : -1
        let s1l1 = s1 > 0 ? Int(state.left1[s1]) : -1
        let s1r1 = s1 > 0 ? Int(state.right1[s1]) : -1
        let b0l1 = b0 >= 0 ? Int(state.left1[b0]) : -1, b0l2 = b0 >= 0 ? Int(state.left2[b0]) : -1

        let d0 = distance(s0, b0, count: state.count)
        let d1 = distance(s1, s0, count: state.count)
        let s0vl = s0 > 0 ? UInt64(state.leftCount[s0]) : 99, s0vr = s0 > 0 ? UInt64(state.rightCount[s0]) : 99
        let s1vl = s1 > 0 ? UInt64(state.leftCount[s1]) : 99, s1vr = s1 > 0 ? UInt64(state.rightCount[s1]) : 99
        let b0vl = b0 >= 0 ? UInt64(state.leftCount[b0]) : 99
        let s0ls = s0 > 0 ? state.leftLabels[s0] : 1 << 63, s0rs = s0 > 0 ? state.rightLabels[s0] : 1 << 63
        let b0ls = b0 >= 0 ? state.leftLabels[b0] : 1 << 63

        var k = 0
        @inline(__always) func put(_ key: UInt64) { out[k] = key; k += 1 }
        @inline(__always) func hot(_ key: UInt64) { out[k] = FeatureKey.hot(key); k += 1 }
        typealias F = FeatureKey
        // Single positions.
        put(F.key(1, s0w)); hot(F.key(2, s0t)); put(F.key(3, s0w, s0t))
        put(F.key(4, s1w)); hot(F.key(5, s1t)); put(F.key(6, s1w, s1t))
        put(F.key(7, b0w)); hot(F.key(8, b0t)); put(F.key(9, b0w, b0t))
        put(F.key(10, b1w)); hot(F.key(11, b1t)); put(F.key(12, b1w, b1t))
        put(F.key(13, b2w)); hot(F.key(14, b2t)); hot(F.key(15, s2t)); put(F.key(16, s2w))
        // Pairs.
        put(F.key(17, s0w, s0t, b0w, b0t)); put(F.key(18, s0w, s0t, b0w)); put(F.key(19, s0w, b0w, b0t))
        put(F.key(20, s0w, s0t, b0t)); put(F.key(21, s0t, b0w, b0t)); put(F.key(22, s0w, b0w))
        hot(F.key(23, s0t, b0t)); hot(F.key(24, b0t, b1t))
        put(F.key(25, s1w, s1t, s0w, s0t)); put(F.key(26, s1w, s0w)); hot(F.key(27, s1t, s0t))
        put(F.key(28, s1t, s0w)); put(F.key(29, s1w, s0t))
        // Tag triples.
        hot(F.key(30, b0t, b1t, b2t)); hot(F.key(31, s0t, b0t, b1t)); hot(F.key(32, s1t, s0t, b0t))
        hot(F.key(33, s2t, s1t, s0t)); hot(F.key(34, s0t, t(s0l1), b0t)); hot(F.key(35, s0t, t(s0r1), b0t))
        hot(F.key(36, s0t, b0t, t(b0l1))); hot(F.key(37, s0t, t(s0l1), t(s0l2))); hot(F.key(38, s0t, t(s0r1), t(s0r2)))
        hot(F.key(39, b0t, t(b0l1), t(b0l2))); hot(F.key(40, s1t, t(s1r1), s0t)); hot(F.key(41, s1t, t(s1l1), s0t))
        hot(F.key(42, s1t, s0t, t(s0r1)))
        // Distances.
        put(F.key(43, s0w, d0)); hot(F.key(44, s0t, d0)); put(F.key(45, b0w, d0)); hot(F.key(46, b0t, d0))
        hot(F.key(47, s0t, b0t, d0)); put(F.key(48, s0w, b0w, d0)); hot(F.key(49, s1t, s0t, d1)); put(F.key(50, s1w, s0w, d1))
        // Valencies.
        put(F.key(51, s0w, s0vr)); hot(F.key(52, s0t, s0vr)); put(F.key(53, s0w, s0vl)); hot(F.key(54, s0t, s0vl))
        put(F.key(55, b0w, b0vl)); hot(F.key(56, b0t, b0vl)); put(F.key(57, s1w, s1vr)); hot(F.key(58, s1t, s1vr))
        hot(F.key(59, s1t, s1vl))
        // Children.
        put(F.key(60, w(s0l1))); hot(F.key(61, t(s0l1))); hot(F.key(62, l(s0l1)))
        put(F.key(63, w(s0r1))); hot(F.key(64, t(s0r1))); hot(F.key(65, l(s0r1)))
        put(F.key(66, w(b0l1))); hot(F.key(67, t(b0l1))); hot(F.key(68, l(b0l1)))
        put(F.key(69, w(s1r1))); hot(F.key(70, t(s1r1))); hot(F.key(71, l(s1r1)))
        hot(F.key(72, t(s0l2))); hot(F.key(73, l(s0l2))); hot(F.key(74, t(s0r2))); hot(F.key(75, l(s0r2)))
        hot(F.key(76, t(b0l2))); hot(F.key(77, l(b0l2))); hot(F.key(78, t(s1l1), l(s1l1)))
        // Label sets.
        put(F.key(79, s0w, s0ls)); hot(F.key(80, s0t, s0ls)); put(F.key(81, s0w, s0rs)); hot(F.key(82, s0t, s0rs))
        put(F.key(83, b0w, b0ls)); hot(F.key(84, b0t, b0ls))
        // Word endings for unseen words; the children's labels with the head.
        put(F.key(85, suffix(b0), b0t)); put(F.key(86, suffix(s0), s0t))
        hot(F.key(87, s0t, l(s0l1), l(s0r1))); hot(F.key(88, b0t, l(b0l1), s0t))
        // Linear context: the tags just before and after the stack top and just before the buffer front,
        // which a tree alone does not show (a comma or a "that" between them).
        let before0 = s0 > 1 ? t(s0 - 1) : noTag, after0 = s0 > 0 && s0 < state.count ? t(s0 + 1) : noTag
        let beforeFront = b0 > 1 ? t(b0 - 1) : noTag
        hot(F.key(89, s0t, before0)); hot(F.key(90, s0t, after0)); hot(F.key(91, b0t, beforeFront))
        hot(F.key(92, s0t, b0t, beforeFront)); hot(F.key(93, b1t, b2t, t(state.b(3))))
        assert(k == count)
    }

    /// Distance buckets: 1, 2, 3, 4, 5–6, 7–9, 10+; the root and missing positions have their own.
    @inline(__always)
    static func distance(_ a: Int, _ b: Int, count: Int) -> UInt64 {
        if a <= 0 || b < 0 { return 50 }
        if b == 0 { return 51 }
        let d = abs(b - a)
        switch d {
        case ...4: return UInt64(d)
        case 5...6: return 5
        case 7...9: return 6
        default: return 7
        }
    }
}
