public import DossierStorage
import Foundation

/// The archive's records as the reading commands list them: claims, facts,
/// sources, and the health check.
extension Archive {
    /// Stored claims matching `query` (`ArchiveError.invalidRequest` for a text query that cannot be read).
    public func claims(_ query: ClaimQuery) async throws -> [StoredClaim] {
        try await answer { Self.cited(try await storage.claims(query), try await sourceNames()) }
    }

    /// One stored claim with its source and any correction; nil when no claim has the id.
    public func claim(id: Int64) async throws -> StoredClaim? {
        try await answer {
            guard let claim = try await storage.claim(id: id) else { return nil }
            return Self.cited([claim], try await sourceNames())[0]
        }
    }

    /// Structured facts (XBRL, Form D, 13F) matching `query`.
    public func facts(_ query: FactQuery) async throws -> [StoredFact] {
        try await answer {
            let names = try await sourceNames()
            return try await storage.facts(query).map { fact in
                var fact = fact
                fact.source.citation = names.cite(fact.source.location)
                return fact
            }
        }
    }

    /// The imported roots with their counts and last run.
    public func sources() async throws -> [SourceRecord] {
        try await answer { try await storage.sources() }.map(SourceRecord.init)
    }

    /// Checks the database, its full-text indexes and its claims (read only).
    public func check() async throws -> CheckReport {
        try await answer { try await storage.check() }
    }

    /// Rebuilds what is derived from the documents. Hold the writer lock (`openForWriting`).
    public func repair() async throws -> CheckReport {
        do { return try await storage.repair() } catch { throw ArchiveError.wrapping(error) }
    }

    /// Drops a root with its files and the documents only they hold; the number of files dropped,
    /// nil when no source has that root. Hold the writer lock (`openForWriting`).
    public func removeSource(root: String) async throws -> Int? {
        do { return try await storage.removeSource(root: root) } catch { throw ArchiveError.wrapping(error) }
    }
}

/// One page of search results with the facets of the whole result (for a search page).
public struct SearchPage: Sendable {
    public var result: SearchResult
    public var facets: SearchFacets
}

extension Archive {
    /// A page of hits and the facets of every match, from one snapshot of the archive.
    public func searchPage(_ query: SearchQuery, publishers: Int = 10) async throws -> SearchPage {
        let (result, facets) = try await answer { try await storage.searchWithFacets(query, publishers: publishers) }
        return SearchPage(result: Self.cited(result, try await sourceNames()), facets: facets)
    }
}

extension Archive {
    /// Known metrics close to `metric` (for a filter that matched nothing); nil when it is a known metric.
    public func metrics(near metric: String) async throws -> [String]? {
        let known = try await answer { try await storage.metrics() }
        return known.contains(metric) ? nil : NearestNames.closest(to: metric, among: known)
    }

    /// Known subjects close to `subject` (for a filter that matched nothing).
    public func subjects(near subject: String) async throws -> [String] {
        let key = Archive.subjectKey(subject)
        let candidates = try await answer { try await storage.subjects(startingLike: key, limit: 5000) }
        let byKey = Dictionary(candidates.map { (Archive.subjectKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        guard byKey[key] == nil else { return [] }
        return NearestNames.closest(to: key, among: Array(byKey.keys)).compactMap { byKey[$0] }
    }
}

extension Archive {
    /// Changes whenever the archive does (see `ArchiveStorage.changeStamp`). A front end keeps a
    /// computed answer (a whole-archive cross-reference) while the stamp is the same.
    public func changeStamp() async -> String {
        await storage.changeStamp()
    }

    /// Runs a storage call with its errors as the archive's cases (see `ArchiveError`).
    func answer<T>(_ call: () async throws -> T) async throws -> T {
        do { return try await call() } catch { throw ArchiveError.wrapping(error) }
    }
}
