public import DossierStorage
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
    /// The metric most matches give (`cost`, `valuation`), when at least two give it: what the number is.
    public var quantity: String?
    /// Matches of the same number that state another quantity: shown apart, not counted as repeats.
    public var others: [TraceEntry]

    /// The earliest dated match: who reported the figure first.
    public var first: TraceEntry? { matches.first }

    /// Traces `target` through `claims`.
    ///
    /// - Parameter tolerance: relative difference still counted as the same
    ///   figure (0.01: "$100 million" matches $100.5 million, not $97 million;
    ///   "roughly" does not widen it, since tracing follows one number).
    ///   A figure written to the cent is also held to its last digit: an
    ///   estimate of $1.18 a share and a reported $1.19 are two figures.
    ///   Matches that state another quantity than most of them (a valuation
    ///   beside a 10-Q line item of the same size) are kept apart as `other`.
    public init(target: TraceTarget, claims: [StoredClaim], tolerance: Double = 0.01, resolver: SubjectResolver = .plain) {
        self.target = target
        let point = target.interval.low
        var matches: [TraceEntry] = []
        var ranges: [TraceEntry] = []
        for stored in claims where target.admits(stored.claim) {
            let claim = stored.claim
            let scale = claim.kind == .duration ? FigureDimension.days(per: claim.unit) : 1
            if let value = claim.value {
                // Durations are compared in days, where the written digits say nothing.
                let precise = claim.kind == .duration || Self.withinLastDigit(value, point)
                if precise, Self.close(value * scale, point, tolerance) { matches.append(TraceEntry(stored: stored, role: .repeated)) }
            } else if let low = claim.low, let high = claim.high {
                if Self.close(low * scale, point, tolerance) || Self.close(high * scale, point, tolerance)
                    || (min(low, high) * scale <= point && point <= max(low, high) * scale) {
                    ranges.append(TraceEntry(stored: stored, role: .range))
                }
            }
        }
        matches = Self.chronological(matches)
        ranges = Self.chronological(ranges)
        // What the number is, by the coarse metric most matches give (finer keys scatter across outlets'
        // wordings): a match with another metric states another quantity.
        let metrics = matches.compactMap(\.stored.claim.metric)
        let traced = Self.commonest(metrics).flatMap { m in metrics.filter { $0 == m }.count >= 2 ? m : nil }
        for i in matches.indices {
            matches[i].quantity = Self.quantity(matches[i].stored, resolver: resolver)
            if let metric = matches[i].stored.claim.metric, let traced, metric != traced { matches[i].role = .other }
        }
        let others = matches.filter { $0.role == .other }
        matches.removeAll { $0.role == .other }
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
        self.others = others
        self.quantity = traced
        self.ranges = ranges
        independent = ValueClustering.independentSources(matches.map(\.stored), copyRoot: syndication.root)
    }

    /// True unless two values differ by at least the rounding their written digits allow together
    /// ("$1.18" and "$1.19" differ in the cents both state; "$100 million" and "$100.4 million" do not).
    static func withinLastDigit(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        let slack = FigureInterval.impliedRounding(a) * abs(a) + FigureInterval.impliedRounding(b) * abs(b)
        return abs(a - b) < slack
    }

    /// "subject · measure" of a claim, when its sentence named both precisely; nil otherwise (shown to people).
    static func quantity(_ stored: StoredClaim, resolver: SubjectResolver) -> String? {
        guard let subject = stored.claim.subject, let measure = MeasureKey(stored.claim), measure.isPrecise else { return nil }
        let key = resolver.key(subject)
        return key.isEmpty ? nil : key + " · " + measure.text
    }

    /// The commonest value; among equals, the one seen first.
    static func commonest(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
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
        /// The same number stated for another quantity (see ``Trace/others``).
        case other
    }

    public var stored: StoredClaim
    public var role: Role
    /// For a copy: the document it copies.
    public var copyOf: Int64?
    /// "subject · measure" when the claim's sentence names both.
    public var quantity: String?

    public init(stored: StoredClaim, role: Role, copyOf: Int64? = nil) {
        self.stored = stored
        self.role = role
        self.copyOf = copyOf
    }
}
