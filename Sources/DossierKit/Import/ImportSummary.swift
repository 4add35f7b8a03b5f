import DossierStorage

/// What an import did, file by file and in total.
public struct ImportSummary: Sendable, Codable {
    /// Files whose documents were stored for the first time.
    public var imported = 0
    /// Files whose stored documents were replaced (changed content, newer parser).
    public var updated = 0
    /// Files already stored as they are.
    public var unchanged = 0
    /// Files with the same content as another stored file.
    public var duplicates = 0
    public var failed = 0
    /// Members of archives, records of web archives and messages of
    /// mailboxes that failed inside files that were otherwise imported.
    public var failedParts = 0
    /// Parts left out on purpose (pictures, scripts, redirects…), by what they were.
    public var skipped: [String: Int] = [:]
    /// Documents written (a feed or a submission holds several per file).
    public var documents = 0
    public var claims = 0
    public var seconds = 0.0
    public var failures: [Failure] = []
    public var warnings: [Failure] = []
    /// People's corrections detached because their figure left the document's text (each also a warning).
    public var detachedCorrections = 0
    /// The same counts for each source (import root) the run touched, so that
    /// `dossier sources` shows each root its own result. Not part of the JSON summary.
    var bySource: [Int64: [String: Int]] = [:]

    enum CodingKeys: String, CodingKey {
        case imported, updated, unchanged, duplicates, failed, failedParts, skipped, documents, claims, seconds, failures, warnings,
             detachedCorrections
    }

    /// A file that failed (or warned), and why.
    public struct Failure: Sendable, Codable, Equatable {
        public var path: String
        public var reason: String
    }

    public var files: Int { imported + updated + unchanged + duplicates + failed }

    /// Each detached correction as a warning that names it.
    static func warnings(for detached: [DetachedCorrection]) -> [Failure] {
        detached.map { d in
            let who = d.author.map { " by \($0)" } ?? ""
            let figure = d.figure.map { " on «\($0)»" } ?? ""
            return Failure(path: d.location ?? "document \(d.document)",
                           reason: "a correction (\(d.action)\(who))\(figure) was detached: that figure is no longer in the document's text; "
                               + "the correction is kept on record (dossier claims --document \(d.document) --include-rejected)")
        }
    }

    mutating func count(_ disposition: FileDisposition, source: Int64?) {
        if let source, disposition != .needsRead {
            let key: String
            switch disposition {
            case .imported: key = "imported"
            case .updated: key = "updated"
            case .unchanged: key = "unchanged"
            case .duplicate: key = "duplicates"
            case .failed, .needsRead: key = "failed"
            }
            bySource[source, default: [:]][key, default: 0] += 1
        }
        switch disposition {
        case .imported: imported += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .duplicate: duplicates += 1
        case .failed: failed += 1
        case .needsRead: break  // written again once read; counted then
        }
    }
}

/// Progress of a running import, for a terminal's status line.
public struct ImportProgress: Sendable {
    public var done: Int
    public var total: Int
    public var documents: Int
    public var seconds: Double
}
