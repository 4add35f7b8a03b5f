/// Everything an archive asks of its database, whatever the engine: the seam between Dossier and
/// SQLite (the default, one file) or PostgreSQL (a shared server for a team).
///
/// Front ends and queries see only this protocol and the neutral records beside it; each backend
/// keeps its SQL to itself. The API is `async` end to end: an engine reached over the network must
/// not hold a thread while it waits, and an embedded one runs its blocking calls off Swift's
/// cooperative threads.
///
/// The contract every backend keeps is written down as tests, once, in the conformance suite
/// (`Tests/DossierConformance`), and run against each backend.
public protocol ArchiveStorage: AnyObject, Sendable {
    /// What the archive is, for messages and caching: a file path, or a URL without its password.
    var description: String { get }

    /// A value that changes whenever the stored data does. A front end keeps a computed answer
    /// (a whole-archive cross-reference) while it is the same.
    func changeStamp() async -> String

    /// Ends the use of the database; later calls fail.
    func close() async throws

    // MARK: Writing an import

    /// Takes the lock `purpose` needs (see `WritePurpose`), waiting up to `wait` seconds for another
    /// writer; `WriterBusy` when it is still held. The lock holds until the lease is released or dropped.
    func lease(_ purpose: WritePurpose, wait: Double) async throws -> WriterLease

    /// Registers an import root (a folder or file given on the command line) and returns its id.
    func registerSource(root: String) async throws -> Int64
    /// Records the end of a run on a source: when, and its counts (a JSON object).
    func finishSource(id: Int64, summaryJSON: String) async throws
    /// Every recorded file (only those under `roots`, when given) and the contents whose
    /// documents are current for these versions.
    func knownFiles(under roots: [String]?, parserVersion: Int, extractorVersion: Int) async throws -> KnownFiles
    /// Writes a batch of file outcomes: each file's documents whole or not at all, a failure on one
    /// file recorded without losing the others. Returns what happened to each file, in order.
    func write(_ outcomes: [FileOutcome], sourceID: Int64?, parserVersion: Int, extractorVersion: Int) async throws -> [FileDisposition]
    /// Forgets these files (or keeps them as missing); documents no file holds any more go.
    func removeFiles(_ paths: [String], keepMissing: Bool) async throws -> Int
    /// The time a run starts, in the form detachments are stamped with.
    func runStarted() async throws -> String
    /// Corrections detached at or after `since` (their figure left the document's text).
    func detachedCorrections(since: String) async throws -> [DetachedCorrection]

    // MARK: Sources

    func sources() async throws -> [SourceSummary]
    func sourceRoots() async throws -> [String]
    /// Each root's remembered exclude patterns.
    func sourceExcludes() async throws -> [String: [String]]
    func setExcludes(_ patterns: [String], root: String) async throws
    /// Removes a root, its files and the documents no other file holds; nil when there is no such root.
    func removeSource(root: String) async throws -> Int?
    /// Every root with its name, nil for a root not named yet: what citations are made from, in one read.
    func sourceNames() async throws -> [String: String?]
    /// Names a root (`SourceNames` checks the name); false when there is no such root. A name
    /// another root has is refused with `StorageError`.
    func renameSource(root: String, name: String) async throws -> Bool
    /// The root moved (a disk mounted elsewhere): its recorded files' paths are rewritten from
    /// `from` to `to`, documents and judgements untouched. The number of files moved, nil when
    /// there is no such root.
    func moveSource(from: String, to: String) async throws -> Int?

    // MARK: Reading

    /// One page of hits, best first (`SearchHit.rank`: lower is better, comparable within one result list).
    func search(_ query: SearchQuery) async throws -> SearchResult
    /// A page of hits and the facets of every match (kinds and the top `publishers`).
    func searchWithFacets(_ query: SearchQuery, publishers: Int) async throws -> (SearchResult, SearchFacets)
    func document(id: Int64) async throws -> StoredDocument?
    /// The documents of the file at `path` (`path#part` names one part).
    func documentIDs(path: String) async throws -> [Int64]
    func claims(_ query: ClaimQuery) async throws -> [StoredClaim]
    func claim(id: Int64) async throws -> StoredClaim?
    func facts(_ query: FactQuery) async throws -> [StoredFact]
    /// Every metric in use, for suggestions.
    func metrics() async throws -> [String]
    /// Normalised subjects starting like `key`, for suggestions.
    func subjects(startingLike key: String, limit: Int) async throws -> [String]

    // MARK: Judgements

    /// A person rejects a claim; false when no claim has this id. Survives re-extraction.
    func reject(claim id: Int64, reason: String?, author: String?) async throws -> Bool
    /// A person corrects a claim; false when no claim has this id. Survives re-extraction.
    func correct(claim id: Int64, _ correction: CorrectionInput) async throws -> Bool
    func aliases() async throws -> [SubjectAlias]
    func addAlias(_ alias: SubjectAlias) async throws
    func removeAlias(key: String) async throws -> Bool

    // MARK: Moving between backends (`dossier copy`)

    /// Rows of `table` with ids above `after`, in id order, at most `limit` (every row of a table
    /// without ids, when `after` is 0).
    func exportRows(_ table: ArchiveTable, after: Int64, limit: Int) async throws -> [ArchiveRow]
    /// Writes rows as they are, ids kept; rows whose id (or key) is already there are skipped, so a
    /// copy that was interrupted goes on where it stopped. Returns how many rows were written.
    func importRows(_ table: ArchiveTable, _ rows: [ArchiveRow]) async throws -> Int
    /// The highest id in `table` (0 when empty, and for a table without ids).
    func lastID(_ table: ArchiveTable) async throws -> Int64
    /// After rows were imported: what is derived from them made again (the full-text indexes) and
    /// new ids numbered after the copied ones.
    func finishCopy() async throws

    // MARK: Health

    /// Checks the stored data against itself: the engine's integrity, the full-text index, claims
    /// against their text, files against documents.
    func check() async throws -> CheckReport
    /// Rebuilds what `check` found derived and wrong, and checks again.
    func repair() async throws -> CheckReport
}

/// Why a writer wants the archive: what must not run beside it differs.
public enum WritePurpose: Sendable, Equatable {
    /// `import` and `reindex`. SQLite allows one at a time; PostgreSQL lets several run at once.
    case importing
    /// Corrections, aliases, excludes: short writes.
    case judging
    /// Removing a source or repairing: nothing else may write meanwhile.
    case exclusive
}

/// A held writer lock; dropping it releases the lock.
public final class WriterLease: Sendable {
    private let release: @Sendable () -> Void

    public init(release: @escaping @Sendable () -> Void) { self.release = release }

    /// A lease that holds nothing (the engine needs no lock for this purpose).
    public static var none: WriterLease { WriterLease {} }

    deinit { release() }
}

/// Another writer holds the archive; retry later or wait longer.
public struct WriterBusy: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
