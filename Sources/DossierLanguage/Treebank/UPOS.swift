/// A Universal Dependencies part-of-speech tag (the 17 UPOS tags).
///
/// Raw values are the tag names as CoNLL-U writes them; the declaration order
/// is the class index the tagger's model uses, so it must never be reordered.
public enum UPOS: UInt8, CaseIterable, Sendable, Hashable, Codable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The tag as written in CoNLL-U (`NOUN`, `PROPN`, …).
    public var name: String { Self.names[Int(rawValue)] }

    /// Reads a CoNLL-U tag name; nil for anything that is not one of the 17.
    public init?(name: some StringProtocol) {
        guard let index = Self.names.firstIndex(where: { $0 == name }) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let tag = UPOS(name: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a UPOS tag: \(text)")
        }
        self = tag
    }
}
