import DossierStore

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
    static func cluster(_ entries: inout [EvidenceEntry]) -> [ValueCluster] {
        var members: [[Int]] = []
        for i in entries.indices {
            let entry = entries[i]
            let home = members.firstIndex { cluster in
                cluster.allSatisfy { j in
                    let other = entries[j]
                    guard other.dimension == entry.dimension, other.period == entry.period,
                          let a = other.interval, let b = entry.interval else { return false }
                    return a.agrees(with: b)
                }
            }
            if let home {
                members[home].append(i)
                entries[i].valueIndex = home
            } else {
                entries[i].valueIndex = members.count
                members.append([i])
            }
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
                firstPublished: list.compactMap(\.stored.source.published).min()
            )
        }
    }

    /// The number of independent sources among claims: documents with the same
    /// text, copies of one story (same `copyRoot`) or the same publisher are joined into one.
    static func independentSources(_ claims: [StoredClaim], copyRoot: (Int64) -> Int64 = { $0 }) -> Int {
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
        return Set(documents.map(find)).count
    }

    static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
