public import DossierStorage

/// Which documents are copies of one another: the same main text (same
/// `textHash`), or a syndicated story that kept the wire's sentences but not
/// its headline, credits or boilerplate (most of their figure sentences
/// identical), or another file of the same filing. A copy is not independent evidence.
public struct Syndication: Sendable {
    /// Document → the earliest document of its copy set (itself when it has no copies).
    public private(set) var original: [Int64: Int64] = [:]

    /// Shared sentences needed, as a share of the smaller document's figure sentences.
    static let sharedShare = 0.6
    /// And at least this many: one quoted sentence in common does not make a copy.
    static let sharedMinimum = 2

    public init(claims: [StoredClaim]) {
        var sentences: [Int64: Set<UInt64>] = [:]
        var published: [Int64: Int] = [:]
        var byText: [String: [Int64]] = [:]
        var byFiling: [String: [Int64]] = [:]
        for stored in claims {
            let doc = stored.document
            if sentences[doc] == nil {
                byText[stored.source.textHash, default: []].append(doc)
                if let filing = SourceIdentity.filing(stored.source) { byFiling[filing, default: []].append(doc) }
                // The instant, so a 06:30 −08:00 story comes after a 07:00 −05:00 one; undated last.
                published[doc] = PublicationInstant.seconds(stored.source.published) ?? Int.max
            }
            sentences[doc, default: []].insert(Self.key(stored.claim.sentence))
        }
        var parent = Dictionary(uniqueKeysWithValues: sentences.keys.map { ($0, $0) })
        func find(_ x: Int64) -> Int64 {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        func union(_ a: Int64, _ b: Int64) { parent[find(a)] = find(b) }

        for docs in byText.values where docs.count > 1 { for doc in docs.dropFirst() { union(doc, docs[0]) } }
        // The files of one filing (inline XBRL page, instance, full submission) are one source.
        for docs in byFiling.values where docs.count > 1 { for doc in docs.dropFirst() { union(doc, docs[0]) } }
        // Count shared sentences per pair through an index, not by comparing every pair.
        var index: [UInt64: [Int64]] = [:]
        for (doc, set) in sentences { for sentence in set { index[sentence, default: []].append(doc) } }
        var shared: [Pair: Int] = [:]
        for docs in index.values where docs.count > 1 && docs.count <= 50 {
            let sorted = docs.sorted()
            for i in sorted.indices { for j in sorted.indices where j > i { shared[Pair(a: sorted[i], b: sorted[j]), default: 0] += 1 } }
        }
        for (pair, count) in shared where count >= Self.sharedMinimum {
            let smaller = min(sentences[pair.a]?.count ?? 0, sentences[pair.b]?.count ?? 0)
            if Double(count) >= Self.sharedShare * Double(smaller) { union(pair.a, pair.b) }
        }
        var members: [Int64: [Int64]] = [:]
        for doc in sentences.keys { members[find(doc), default: []].append(doc) }
        for docs in members.values {
            let first = docs.min { (published[$0] ?? Int.max, $0) < (published[$1] ?? Int.max, $1) } ?? docs[0]
            for doc in docs { original[doc] = first }
        }
    }

    /// The earliest document this one copies, or nil when it is an original.
    public func copyOf(_ document: Int64) -> Int64? {
        guard let first = original[document], first != document else { return nil }
        return first
    }

    /// The copy set a document belongs to.
    func root(_ document: Int64) -> Int64 { original[document] ?? document }

    struct Pair: Hashable { var a: Int64; var b: Int64 }

    /// A sentence as a 64-bit FNV-1a hash of its text without case, spacing or curly-quote
    /// differences: sets of these per document are compared, never the text, so a hash holds what
    /// a copy of every sentence would (a 64-bit collision among one archive's sentences is negligible).
    static func key(_ sentence: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ scalar: Unicode.Scalar) {
            for byte in String(scalar).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        func feedASCII(_ byte: UInt32) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var space = false
        var started = false
        for scalar in sentence.unicodeScalars {
            // ASCII first: Unicode property lookups were a fifth of cross-referencing's time.
            let isSpace = scalar.isASCII ? (scalar == " " || (scalar.value >= 9 && scalar.value <= 13)) : scalar.properties.isWhitespace
            if isSpace { space = true; continue }
            if space, started { feedASCII(32) }
            space = false
            started = true
            switch scalar {
            case "“", "”", "„": feedASCII(34)
            case "‘", "’": feedASCII(39)
            default:
                if scalar.isASCII {
                    feedASCII(scalar.value >= 65 && scalar.value <= 90 ? scalar.value + 32 : scalar.value)
                } else {
                    for lower in String(scalar).lowercased().unicodeScalars { feed(lower) }
                }
            }
        }
        return hash
    }
}
