import DossierStorage

/// One value inside a group and everyone who reported it: figures that all
/// agree with each other, with the number of independent publishers behind them.
public struct ValueCluster: Sendable, Equatable {
    /// The value as people read it (`$32 billion`, `> $30 billion`), from the earliest claim.
    public var figure: String
    public var period: String?
    /// The claims reporting this value, earliest first.
    public var claims: [Int64]
    public var documents: Int
    /// Publishers behind the value; a syndicated copy (same text) or a second
    /// story by the same publisher counts once.
    public var independent: Int
    public var publishers: [String]
    /// True when a filing states this value.
    public var primary: Bool
    /// When this value was first published.
    public var firstPublished: String?
}

enum ValueClustering {
    /// Puts each entry in the first cluster whose members all agree with it
    /// (same units and period), else in a new one; sets `valueIndex`.
    ///
    /// Intervals on a line agree pairwise with every member exactly when they
    /// reach the cluster's envelope (no higher than its lowest top, no lower than
    /// its highest bottom), so each test is constant time, not one per member.
    static func cluster(_ entries: inout [EvidenceEntry]) -> [ValueCluster] {
        struct Envelope { var index: Int; var highestLow: Double; var lowestHigh: Double }
        struct Shelf: Hashable { var dimension: FigureDimension; var period: String? }
        var members: [[Int]] = []
        var shelves: [Shelf: [Envelope]] = [:]
        for i in entries.indices {
            let entry = entries[i]
            guard let interval = entry.interval else {
                entries[i].valueIndex = members.count
                members.append([i])
                continue
            }
            let (low, high) = interval.widened
            let shelf = Shelf(dimension: entry.dimension, period: entry.period)
            var envelopes = shelves[shelf, default: []]
            if let n = envelopes.firstIndex(where: { low <= $0.lowestHigh && high >= $0.highestLow }) {
                envelopes[n].highestLow = max(envelopes[n].highestLow, low)
                envelopes[n].lowestHigh = min(envelopes[n].lowestHigh, high)
                members[envelopes[n].index].append(i)
                entries[i].valueIndex = envelopes[n].index
            } else {
                envelopes.append(Envelope(index: members.count, highestLow: low, lowestHigh: high))
                entries[i].valueIndex = members.count
                members.append([i])
            }
            shelves[shelf] = envelopes
        }
        return members.map { indices in
            let list = indices.map { entries[$0] }
            let first = list[0]
            let publishers = orderedUnique(list.compactMap { $0.stored.source.publisher })
            let roots = Dictionary(list.map { ($0.stored.document, $0.copyRoot) }, uniquingKeysWith: { a, _ in a })
            return ValueCluster(
                figure: FigureFormat.describe(first.claim), period: first.period, claims: list.map(\.stored.id),
                documents: Set(list.map(\.stored.document)).count, independent: independentSources(list.map(\.stored), copyRoot: { roots[$0] ?? $0 }),
                publishers: publishers, primary: list.contains(where: \.isPrimary),
                firstPublished: list.compactMap(\.stored.source.published)
                    .min { (PublicationInstant.seconds($0) ?? Int.max, $0) < (PublicationInstant.seconds($1) ?? Int.max, $1) }
            )
        }
    }

    /// The number of independent sources among claims: documents with the same
    /// text, copies of one story (same `copyRoot`) or the same publisher are joined into one.
    static func independentSources(_ claims: [StoredClaim], copyRoot: (Int64) -> Int64 = { $0 }) -> Int {
        Set(sourceComponents(claims, copyRoot: copyRoot).values).count
    }

    /// Document → its independent source (a representative document), joining documents with the
    /// same text, copy set, publisher or filing.
    static func sourceComponents(_ claims: [StoredClaim], copyRoot: (Int64) -> Int64 = { $0 }) -> [Int64: Int64] {
        var documents: [Int64] = []
        var parent: [Int64: Int64] = [:]
        func find(_ x: Int64) -> Int64 {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        func union(_ a: Int64, _ b: Int64) { parent[find(a)] = find(b) }
        var byText: [String: Int64] = [:]
        var byRoot: [Int64: Int64] = [:]
        var byPublisher: [String: Int64] = [:]
        var byFiling: [String: Int64] = [:]
        for claim in claims where parent[claim.document] == nil {
            let doc = claim.document
            parent[doc] = doc
            documents.append(doc)
            if let other = byText[claim.source.textHash] { union(doc, other) } else { byText[claim.source.textHash] = doc }
            if let filing = SourceIdentity.filing(claim.source) {
                if let other = byFiling[filing] { union(doc, other) } else { byFiling[filing] = doc }
            }
            let root = copyRoot(doc)
            if let other = byRoot[root] { union(doc, other) } else { byRoot[root] = doc }
            if let publisher = SourceIdentity.publisherKey(claim.source.publisher) {
                if let other = byPublisher[publisher] { union(doc, other) } else { byPublisher[publisher] = doc }
            }
        }
        return Dictionary(documents.map { ($0, find($0)) }, uniquingKeysWith: { a, _ in a })
    }

    static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
