package import DossierModel

/// A claim's figure itself — its words, kind and value — and the shape of its
/// sentence without digits. A claim whose reading changed because another
/// figure of its sentence was edited (`$9 million` → `$11 million`) keeps
/// this key; one whose sentence was reworded, or that moved, does not.
package struct FigureKey: Hashable {
    var kind: FigureKind
    var text: String
    var value: Double?
    var low: Double?
    var high: Double?
    var sentenceShape: String

    /// With `sentence: false`, the figure alone: its sentence may have been reworded around it.
    package init(_ claim: Claim, sentence: Bool = true) {
        kind = claim.kind
        text = claim.text
        value = claim.value
        low = claim.low
        high = claim.high
        sentenceShape = sentence ? Self.shape(claim.sentence) : ""
    }

    /// The sentence with every run of digits (and the `.` and `,` inside it) made one `#`:
    /// `$9 million` and `$9.5 million`, `$900,000` and `$1,200,000` have one shape.
    static func shape(_ sentence: String) -> String {
        var out = String.UnicodeScalarView()
        var inNumber = false
        for scalar in sentence.unicodeScalars {
            let digit = ("0"..."9").contains(scalar)
            if digit || (inNumber && (scalar == "." || scalar == ",")) {
                if !inNumber { out.append("#") }
                inNumber = true
            } else {
                inNumber = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Everything stored of a claim but its row, document, offsets and extractor
/// version: equal keys are the same claim, wherever it now sits in the text.
package struct ClaimKey: Hashable {
    /// The claim with its offsets set to zero.
    var claim: Claim
    var subjectKey: String?
    var factID: Int64?
    var asOf: String?

    package init(_ claim: Claim, subjectKey: String?, factID: Int64?, asOf: String?) {
        var claim = claim
        claim.start = 0
        claim.end = 0
        self.claim = claim
        self.subjectKey = subjectKey
        self.factID = factID
        self.asOf = asOf
    }
}
