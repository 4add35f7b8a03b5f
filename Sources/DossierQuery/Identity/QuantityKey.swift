public import DossierModel

/// What makes two claims state the same quantity, before their times are
/// compared: the same resolved subject, the same measure, the same dimension
/// (currency or unit), the same denominator for a rate (a price a month is
/// not a price a year) and the same nature (a change — "rose $2bn" — is not
/// the level it changes).
///
/// Time is not part of the key: a valuation at two dates is one quantity
/// whose value changed, and the group judges that. Periods decide inside the
/// group which figures are compared at all.
public struct QuantityKey: Hashable, Sendable {
    public var subject: String
    public var measure: String
    public var dimension: FigureDimension
    public var per: String?
    public var isChange: Bool

    /// The key of a claim whose subject resolves to `subjectKey`, or nil when
    /// the claim cannot be cross-referenced (a date, no measure).
    public init?(_ claim: Claim, subjectKey: String) {
        guard claim.kind != .date, !subjectKey.isEmpty, let measure = MeasureKey(claim) else { return nil }
        subject = subjectKey
        self.measure = measure.text
        dimension = FigureDimension(claim)
        per = claim.per.map(FigureDimension.singular)
        isChange = claim.direction != nil
    }

    /// A stable name for the group (`xref --explain`): the same key gives the same id in every run
    /// and on every machine. `part` names one part of the quantity's claims — a flow's period, a
    /// cluster of coarse claims — so each part's group keeps its own id.
    public func id(period part: String?) -> String {
        var fields = [subject, measure, dimension.description, per ?? "", isChange ? "change" : "level"]
        if let part { fields.append(part) }
        let text = fields.joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
