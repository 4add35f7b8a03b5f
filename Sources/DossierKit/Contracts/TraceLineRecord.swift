public import DossierQuery

/// One JSON Lines record of `trace`: the claim with its role.
public struct TraceLineRecord: Encodable, Sendable {
    public var entry: TraceEntry
    public init(_ entry: TraceEntry) { self.entry = entry }
    public func encode(to encoder: any Encoder) throws {
        try ClaimRecord(entry.stored).encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(entry.role.rawValue, forKey: .role)
        try c.encodeIfPresent(entry.copyOf, forKey: .copyOf)
        try c.encode(entry.quantity, forKey: .quantity)
    }
    enum Keys: String, CodingKey { case role, copyOf, quantity }
}
