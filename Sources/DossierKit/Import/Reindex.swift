import Foundation
import DossierClaims
import DossierIngest
public import DossierStorage

/// Options of `dossier reindex`.
public struct ReindexOptions: Sendable {
    public var importOptions = ImportOptions()
    /// Compute and report the changes without making them.
    public var dryRun = false
    /// Keep documents whose files disappeared, marked missing, instead of removing them.
    public var keepMissing = false

    public init() {}
}

/// What a reindex would do (or did), file by file.
public struct ReindexPlan: Sendable {
    public var new: [FoundFile] = []
    public var changed: [FoundFile] = []
    public var removed: [String] = []
    public var unchanged = 0
    /// Unchanged files by the root they were found under.
    var unchangedByRoot: [String: Int] = [:]
    /// Files that failed before and have not changed since: not retried.
    public var stillFailing: [FileState] = []
    /// Roots that are gone altogether: their files are kept, not removed.
    public var missingRoots: [PathProblem] = []
    /// What the store knew when the plan was made: the import of new and
    /// changed files starts from it instead of reading it again.
    var known = KnownFiles()
    /// Every file found. Kept with the plan so that a command line that exits
    /// right after the run can leave these large tables to the system to
    /// reclaim (see `keepUntilExit` in the `dossier` command).
    var found: [FoundFile] = []
}

/// What a reindex did.
public struct ReindexSummary: Sendable, Codable {
    public var new = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// New failures: files (or parts of files) that failed in this run, and roots that are gone.
    public var failed = 0
    /// Files that failed before and have not changed since: reported, not retried, and not a new failure
    /// (a nightly reindex does not exit 1 for them again and again).
    public var stillFailing = 0
    /// Members, records or messages that failed inside files that were otherwise imported.
    public var failedParts = 0
    public var documents = 0
    public var claims = 0
    public var seconds = 0.0
    public var dryRun = false
    public var failures: [ImportSummary.Failure] = []
    public var warnings: [ImportSummary.Failure] = []
    /// People's corrections detached because their figure left the document's text (each also a warning).
    public var detachedCorrections = 0
}

extension Archive {
    /// Revisits imported locations (all sources, or those under `paths`):
    /// imports new files, re-imports changed ones (size and mtime first, the
    /// content hash to confirm), re-parses documents from older parser or
    /// extractor versions, and removes (or marks missing) files that are gone.
    /// Unchanged files are not read at all.
    public func reindex(
        _ paths: [String]? = nil,
        options: ReindexOptions = ReindexOptions(),
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) async throws -> (ReindexSummary, ReindexPlan) {
        let clock = ContinuousClock()
        let start = clock.now
        let roots: [String]
        if let paths { roots = paths.map(FileWalker.absolutePath) } else { roots = try await storage.sourceRoots() }
        var plan = try await makePlan(roots: roots)
        var summary = ReindexSummary()
        summary.dryRun = options.dryRun
        summary.unchanged = plan.unchanged
        summary.failed = plan.missingRoots.count
        summary.stillFailing = plan.stillFailing.count
        summary.failures = plan.stillFailing.map { .init(path: $0.path, reason: "still failing (unchanged since it failed): " + ($0.error ?? "unknown error")) }
            + plan.missingRoots.map { .init(path: $0.path, reason: "\($0.reason); its files are kept (dossier sources remove ROOT drops them)") }
        if options.dryRun {
            plan = confirmChanges(plan, maxSize: options.importOptions.maxSize)
            summary.unchanged = plan.unchanged
            summary.new = plan.new.count
            summary.changed = plan.changed.count
            summary.removed = plan.removed.count
            summary.seconds = (clock.now - start).seconds
            return (summary, plan)
        }

        let work = plan.new + plan.changed
        let started = try await storage.runStarted()
        let sourceIDs = try await registerSources(for: Set(work.map(\.root)))
        let result = await ImportPipeline(storage: storage, options: options.importOptions)
            .run(files: work, known: plan.known, sourceIDs: sourceIDs, progress: progress)
        let newPaths = Set(plan.new.map(\.path))
        let failedPaths = Set(result.failures.map(\.path))
        summary.new = plan.new.filter { !failedPaths.contains($0.path) }.count
        summary.changed = plan.changed.filter { !failedPaths.contains($0.path) && !newPaths.contains($0.path) }.count
        // A "changed" file whose bytes turned out identical (touched) counts as unchanged.
        let touched = result.unchanged
        summary.unchanged += touched
        summary.changed = max(0, summary.changed - touched)
        summary.failed += result.failed
        summary.failedParts = result.failedParts
        summary.failures += result.failures
        summary.warnings = result.warnings + ImportSummary.warnings(for: (try? await storage.detachedCorrections(since: started)) ?? [])
        summary.detachedCorrections = summary.warnings.count - result.warnings.count
        summary.documents = result.documents
        summary.claims = result.claims
        summary.removed = try await storage.removeFiles(plan.removed, keepMissing: options.keepMissing)

        let allSources = try await registerSources(for: Set(roots))
        for (root, id) in allSources {
            await recordRun(sourceID: id, counts: Self.counts(of: root, plan: plan, run: result.bySource[id] ?? [:]), command: "reindex")
        }
        summary.seconds = (clock.now - start).seconds
        return (summary, plan)
    }

    /// One root's share of a reindex, for `dossier sources`.
    static func counts(of root: String, plan: ReindexPlan, run: [String: Int]) -> [String: Int] {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        func under(_ path: String) -> Bool { path == root || path.hasPrefix(prefix) }
        var counts = [
            "new": run["imported"] ?? 0, "changed": run["updated"] ?? 0,
            "unchanged": (plan.unchangedByRoot[root] ?? 0) + (run["unchanged"] ?? 0) + (run["duplicates"] ?? 0),
            "removed": plan.removed.filter(under).count, "failed": run["failed"] ?? 0,
            "stillFailing": plan.stillFailing.filter { under($0.path) }.count, "documents": run["documents"] ?? 0,
        ]
        if let parts = run["failedParts"] { counts["failedParts"] = parts }
        if plan.missingRoots.contains(where: { $0.path == root }) { counts["missingRoot"] = 1 }
        return counts
    }

    /// A dry run lists what the real run would re-import: a file whose size or
    /// time changed but whose bytes are those stored (touched, copied back)
    /// is read and hashed here, and counted unchanged, as the real run would.
    func confirmChanges(_ plan: ReindexPlan, maxSize limit: Int) -> ReindexPlan {
        var plan = plan
        plan.changed = plan.changed.filter { file in
            guard let state = plan.known.files[file.path], state.status == .ok, let stored = state.contentHash,
                  plan.known.currentHashes.contains(stored),
                  let bytes = try? FileBytes.read(file.path, size: file.size, limit: limit) else { return true }
            if bytes.contentHash == stored {
                plan.unchanged += 1
                plan.unchangedByRoot[file.root, default: 0] += 1
                return false
            }
            return true
        }
        return plan
    }

    /// Compares the file system under `roots` with what the store recorded.
    func makePlan(roots: [String]) async throws -> ReindexPlan {
        var plan = ReindexPlan()
        var presentRoots: [String] = []
        for root in roots {
            var info = stat()
            if stat(root, &info) == 0 { presentRoots.append(root) }
            else { plan.missingRoots.append(PathProblem(path: root, reason: FileWalker.errnoReason(errno))) }
        }
        // The store's record is read while the folders are walked: on a
        // no-op reindex these two are nearly all the work.
        let roots = presentRoots
        async let recorded = storage.knownFiles(under: roots, parserVersion: Ingest.parserVersion,
                                              extractorVersion: ClaimExtractor.version)
        // Files a source leaves out are not found, so those imported before
        // the pattern was set are removed like deleted ones.
        let excludes = try await storage.sourceExcludes()
        let (walked, problems) = FileWalker.walk(presentRoots) { ExcludeRules.stored(for: $0, in: excludes) }
        let found = withoutOwnFiles(walked)
        let known = try await recorded
        plan.known = known
        plan.found = found
        var matched = 0
        for file in found {
            guard let state = known.files[file.path] else {
                plan.new.append(file)
                continue
            }
            matched += 1
            let sameStat = state.size == file.size && state.mtimeNanoseconds == file.mtimeNanoseconds
            switch state.status {
            case .ok where sameStat && state.contentHash.map(known.currentHashes.contains) == true:
                plan.unchanged += 1
                plan.unchangedByRoot[file.root, default: 0] += 1
            case .failed where sameStat:
                plan.stillFailing.append(state)
            default:
                plan.changed.append(file)
            }
        }
        // Every recorded file was found (found paths are unique): none is gone.
        if matched == known.files.count { return plan }
        let seen = Set(found.map(\.path))
        // A folder that could not be listed is not evidence that its files are gone.
        let unreadable = problems.map(\.path)
        for path in known.files.keys where !seen.contains(path) {
            if unreadable.contains(where: { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { continue }
            plan.removed.append(path)
        }
        plan.removed.sort()
        return plan
    }
}

#if canImport(Glibc)
import Glibc
#endif
