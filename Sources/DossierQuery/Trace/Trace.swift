public import DossierStore
import DossierModel

/// Where a figure comes from: every claim stating it, earliest publication
/// first, so the first is who reported it first and the rest repeated it.
public struct Trace: Sendable {
    public var target: TraceTarget
    /// Claims stating the value itself (within tolerance), earliest first.
    public var matches: [TraceEntry]
    /// Claims giving a range that contains the value ("$1M–10M" for $2 million).
    public var ranges: [TraceEntry]
    /// Independent publishers among the matches (syndicated copies count once).
    public var independent: Int

    /// The earliest dated match: who reported the figure first.
    public var first: TraceEntry? { matches.first }

    /// Traces `target` through `claims`.
    ///
    /// - Parameter tolerance: relative difference still counted as the same
    ///   figure (0.01: "$100 million" matches $100.5 million, not $97 million;
    ///   "roughly" does not widen it, since tracing follows one number).
    public init(target: TraceTarget, claims: [StoredClaim], tolerance: Double = 0.01) {
        self.target = target
        let point = target.interval.low
        var matches: [TraceEntry] = []
        var ranges: [TraceEntry] = []
        for stored in claims where target.admits(stored.claim) {
            let claim = stored.claim
            let scale = claim.kind == .duration ? FigureDimension.days(per: claim.unit) : 1
            if let value = claim.value {
                if Self.close(value * scale, point, tolerance) { matches.append(TraceEntry(stored: stored, role: .repeated)) }
            } else if let low = claim.low, let high = claim.high {
                if Self.close(low * scale, point, tolerance) || Self.close(high * scale, point, tolerance)
                    || (min(low, high) * scale <= point && point <= max(low, high) * scale) {
                    ranges.append(TraceEntry(stored: stored, role: .range))
                }
            }
        }
        matches = Self.chronological(matches)
        ranges = Self.chronological(ranges)
        // Roles: the earliest is the origin; a later document whose copy set
        // appeared earlier is a copy, anything else a repetition.
        let syndication = Syndication(claims: claims)
        var firstOfSet: [Int64: Int64] = [:]
        for i in matches.indices {
            let document = matches[i].stored.document
            let root = syndication.root(document)
            if document == matches[0].stored.document {
                matches[i].role = .first
            } else if let earlier = firstOfSet[root], earlier != document {
                matches[i].role = .copy
                matches[i].copyOf = earlier
            }
            if firstOfSet[root] == nil { firstOfSet[root] = document }
        }
        self.matches = matches
        self.ranges = ranges
        independent = ValueClustering.independentSources(matches.map(\.stored), copyRoot: syndication.root)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        if a == b { return true }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }

    /// Dated claims oldest first (by the instant of publication, time zones
    /// taken into account, then position), undated last.
    static func chronological(_ entries: [TraceEntry]) -> [TraceEntry] {
        let instants = entries.map { PublicationInstant.seconds($0.stored.source.published) }
        return entries.enumerated().sorted { x, y in
            let a = x.element.stored, b = y.element.stored
            switch (instants[x.offset], instants[y.offset]) {
            case let (pa?, pb?) where pa != pb: return pa < pb
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.document, a.claim.start, x.offset) < (b.document, b.claim.start, y.offset)
            }
        }.map(\.element)
    }
}

/// One claim in a trace.
public struct TraceEntry: Sendable, Equatable {
    public enum Role: String, Codable, Sendable {
        /// The earliest publication of the figure.
        case first
        /// A later, separate report of it.
        case repeated
        /// A syndicated copy of an earlier document (same text).
        case copy
        /// A range that contains the figure.
        case range
    }

    public var stored: StoredClaim
    public var role: Role
    /// For a copy: the document it copies.
    public var copyOf: Int64?

    public init(stored: StoredClaim, role: Role, copyOf: Int64? = nil) {
        self.stored = stored
        self.role = role
        self.copyOf = copyOf
    }
}
