import Foundation
import DossierClaims
import DossierIngest
import DossierModel
public import DossierStore

/// Options of `dossier import` (and later `reindex`).
public struct ImportOptions: Sendable {
    /// Files larger than this are refused without being read.
    public var maxSize: Int = Ingest.defaultMaxSize
    /// Parse tasks in flight at once; the default keeps every core busy while
    /// bounding memory (each holds one file).
    public var parallelism: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Files per write transaction: large transactions are what make SQLite
    /// inserts fast; each file still has its own savepoint.
    public var batchSize: Int = 256

    public init() {}
}

/// Import: walk, then read + parse + extract in parallel tasks, then one
/// writer storing batches. Structured concurrency with a bounded number of
/// files in flight, so memory stays flat however large the corpus.
struct ImportPipeline {
    let store: Store
    let options: ImportOptions
    let extractor = ClaimExtractor()

    func run(
        files: [FoundFile],
        known: KnownFiles,
        sourceIDs: [String: Int64],
        progress: (@Sendable (ImportProgress) -> Void)?
    ) async -> ImportSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = ImportSummary()
        let store = self.store
        let options = self.options
        let known = known
        let extractor = self.extractor

        await withTaskGroup(of: (Int, FileOutcome, [String]).self) { group in
            var next = 0
            func addTask() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                next += 1
                group.addTask {
                    let (outcome, warnings) = Self.prepare(file, known: known, options: options, extractor: extractor)
                    return (index, outcome, warnings)
                }
            }
            for _ in 0..<min(options.parallelism * 2, files.count) { addTask() }

            var batch: [(FileOutcome, String)] = []
            var done = 0
            var lastProgress = clock.now
            func flush() async {
                guard !batch.isEmpty else { return }
                // One writer; outcomes grouped by source so each row records its root.
                var bySource: [Int64?: [FileOutcome]] = [:]
                for (outcome, root) in batch { bySource[sourceIDs[root], default: []].append(outcome) }
                for (sourceID, outcomes) in bySource {
                    do {
                        let dispositions = try await store.write(outcomes, sourceID: sourceID,
                                                                 parserVersion: Ingest.parserVersion,
                                                                 extractorVersion: ClaimExtractor.version)
                        for (outcome, disposition) in zip(outcomes, dispositions) {
                            summary.count(disposition)
                            switch outcome.result {
                            case .parsed(_, let documents, _) where disposition == .imported || disposition == .updated:
                                summary.documents += documents.count
                                summary.claims += documents.reduce(0) { $0 + $1.claims.count }
                            case .failed(_, let reason):
                                summary.failures.append(.init(path: outcome.path, reason: reason))
                            default:
                                if disposition == .failed {
                                    summary.failures.append(.init(path: outcome.path, reason: "could not be stored"))
                                }
                            }
                        }
                    } catch {
                        for outcome in outcomes {
                            summary.failed += 1
                            summary.failures.append(.init(path: outcome.path, reason: "cannot write to the database: \(error)"))
                        }
                    }
                }
                batch.removeAll(keepingCapacity: true)
            }

            for await (index, outcome, warnings) in group {
                for warning in warnings { summary.warnings.append(.init(path: outcome.path, reason: warning)) }
                batch.append((outcome, files[index].root))
                done += 1
                addTask()
                if batch.count >= options.batchSize { await flush() }
                if let progress, clock.now - lastProgress > .milliseconds(200) {
                    lastProgress = clock.now
                    progress(ImportProgress(done: done, total: files.count, documents: summary.documents,
                                            seconds: (clock.now - start).seconds))
                }
            }
            await flush()
        }
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// Reads, parses and extracts one file. Runs in parallel; touches the
    /// database only to read (is this content stored already?).
    static func prepare(_ file: FoundFile, known: KnownFiles, options: ImportOptions, extractor: ClaimExtractor) -> (FileOutcome, [String]) {
        func outcome(_ result: FileOutcome.Result) -> FileOutcome {
            FileOutcome(path: file.path, size: file.size, mtimeNanoseconds: file.mtimeNanoseconds, result: result)
        }
        // Unchanged size and mtime, and documents from the current parser:
        // nothing to read.
        if known.isUnchanged(path: file.path, size: file.size, mtimeNanoseconds: file.mtimeNanoseconds),
           let hash = known.files[file.path]?.contentHash {
            return (outcome(.known(contentHash: hash)), [])
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(file.path, limit: options.maxSize)
        } catch {
            let reason: String
            switch error {
            case .tooLarge(let size, let limit): reason = IngestError.tooLarge(size: Int(size), limit: limit).description
            case .unreadable(let why): reason = "cannot read: \(why)"
            case .changedWhileReading: reason = "the file changed while it was being read; import it again when it is complete"
            }
            return (outcome(.failed(contentHash: nil, reason: reason)), [])
        }
        let hash = ContentHash.sha256(bytes)
        // Same bytes as something stored (a touched file, or a copy under
        // another path): record the location only. The writer re-checks, as
        // another task may be storing the same bytes right now.
        if known.currentHashes.contains(hash) {
            return (outcome(.known(contentHash: hash)), [])
        }
        do {
            let result = try Ingest.read(bytes, fileName: file.path, maxSize: options.maxSize)
            guard !result.documents.isEmpty else {
                return (outcome(.failed(contentHash: hash, reason: IngestError.empty.description)), result.warnings)
            }
            let documents = result.documents.map { DocumentPreparation.prepare($0, extractor: extractor) }
            return (outcome(.parsed(contentHash: hash, documents: documents, warnings: result.warnings)), result.warnings)
        } catch {
            return (outcome(.failed(contentHash: hash, reason: error.description)), [])
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
