import Foundation
import DossierClaims
import DossierIngest
import DossierModel
import DossierStorage

/// Options of `dossier import` (and later `reindex`).
public struct ImportOptions: Sendable {
    /// Files larger than this are refused without being read.
    public var maxSize: Int = Ingest.defaultMaxSize
    /// Parse tasks in flight at once; the default keeps every core busy while
    /// bounding memory (each holds one file).
    public var parallelism: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Files per write transaction: large transactions are what make SQLite
    /// inserts fast.
    public var batchSize: Int = 256
    /// Glob patterns of files to leave out under the folders imported (see
    /// `ExcludeRules`), remembered with each root for `reindex`. Nil: the
    /// patterns stored with the root, if any.
    public var excludes: [String]?
    /// The most claims one document yields (a warning says when a document reaches it).
    public var claimLimit: Int = ClaimExtractorFacade.claimLimit
    /// Reads PDFs (nil: PDFs fail saying what to install). By default
    /// poppler's `pdftotext`, when it is installed.
    var pdf: (any PDFTextExtractor)? = PopplerPDF.onPath

    /// What the readers need to know.
    var readOptions: ReadOptions { ReadOptions(maxSize: maxSize, pdf: pdf) }

    public init() {}
}

/// Import: walk, then read + parse + extract in parallel tasks, then one
/// writer storing batches. Structured concurrency with a bounded number of
/// files in flight, so memory stays flat however large the corpus.
struct ImportPipeline {
    let storage: any ArchiveStorage
    let options: ImportOptions
    var extractor: ClaimExtractor {
        var extractor = ClaimExtractor()
        extractor.claimLimit = options.claimLimit
        return extractor
    }

    func run(
        files: [FoundFile],
        known: KnownFiles,
        sourceIDs: [String: Int64],
        progress: (@Sendable (ImportProgress) -> Void)?
    ) async -> ImportSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = ImportSummary()
        let storage = self.storage
        let options = self.options
        let known = known
        let extractor = self.extractor
        var stored = known.currentHashes

        // Parse tasks and the writer share one task group: while a batch is
        // being written (on the store's own thread), the next one is parsed,
        // so the cores never wait for SQLite. At most one write runs at a
        // time (one writer), and when the next batch is full before the write
        // ends, no new files are started: that is the back-pressure that
        // keeps memory flat.
        await withTaskGroup(of: PipelineEvent.self) { group in
            var next = 0
            var parsing = 0
            let maxParsing = min(options.parallelism * 2, max(files.count, 1))
            func addTask() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                next += 1
                parsing += 1
                group.addTask {
                    let prepared = Self.prepare(file, known: known, options: options, extractor: extractor)
                    return .prepared(index: index, prepared)
                }
            }
            for _ in 0..<maxParsing { addTask() }
            // A file the writer could not record without reading it (see
            // `FileDisposition.needsRead`) is prepared again, from its bytes.
            var indexByPath: [String: Int] = [:]
            func addReadTask(path: String) {
                if indexByPath.isEmpty { indexByPath = Dictionary(files.indices.map { (files[$0].path, $0) }) { a, _ in a } }
                guard let index = indexByPath[path] else { return }
                let file = files[index]
                parsing += 1
                done -= 1
                group.addTask {
                    .prepared(index: index, Self.prepare(file, known: KnownFiles(), options: options, extractor: extractor))
                }
            }

            var batch: [(FileOutcome, String)] = []
            var writing = false
            var done = 0
            var lastProgress = clock.now
            func startWrite() {
                guard !batch.isEmpty else { return }
                let grouped = Self.groupBySource(batch, sourceIDs: sourceIDs)
                batch.removeAll(keepingCapacity: true)
                writing = true
                group.addTask { .written(await Self.write(grouped, storage: storage)) }
            }

            for await event in group {
                switch event {
                case .prepared(let index, let prepared):
                    parsing -= 1
                    Self.note(prepared, source: sourceIDs[files[index].root], in: &summary)
                    let outcome = prepared.outcome
                    batch.append((outcome, files[index].root))
                    done += 1
                    if batch.count >= options.batchSize && !writing { startWrite() }
                    if batch.count < options.batchSize { addTask() }
                case .written(let results):
                    writing = false
                    Self.record(results, in: &summary, stored: &stored)
                    for path in Self.needingRead(results) { addReadTask(path: path) }
                    if batch.count >= options.batchSize { startWrite() }
                    while parsing < maxParsing && next < files.count { addTask() }
                }
                if let progress, clock.now - lastProgress > .milliseconds(200) {
                    lastProgress = clock.now
                    progress(ImportProgress(done: done, total: files.count, documents: summary.documents,
                                            seconds: (clock.now - start).seconds))
                }
            }
            // Everything parsed and every earlier write done: the last batch,
            // and the files it turns out must be read after all.
            while !batch.isEmpty {
                let results = await Self.write(Self.groupBySource(batch, sourceIDs: sourceIDs), storage: storage)
                Self.record(results, in: &summary, stored: &stored)
                let needed = Set(Self.needingRead(results))
                batch = needed.isEmpty ? [] : files.filter { needed.contains($0.path) }.map { file in
                    let prepared = Self.prepare(file, known: KnownFiles(), options: options, extractor: extractor)
                    Self.note(prepared, source: sourceIDs[file.root], in: &summary)
                    return (prepared.outcome, file.root)
                }
            }
        }
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// What a task of the import's group hands back: one prepared file, or
    /// the result of writing one batch.
    enum PipelineEvent: Sendable {
        case prepared(index: Int, PreparedFile)
        case written([WriteResult])
    }

    /// One file read and parsed: what to store, and what to tell about it.
    struct PreparedFile: Sendable {
        var outcome: FileOutcome
        var warnings: [String] = []
        /// Members, records or messages that failed while the rest was read.
        var partFailures: [PartFailure] = []
        var skipped: [String: Int] = [:]
    }

    /// A prepared file's warnings, failed parts and skipped parts, into the summary.
    static func note(_ prepared: PreparedFile, source: Int64?, in summary: inout ImportSummary) {
        let path = prepared.outcome.path
        for warning in prepared.warnings { summary.warnings.append(.init(path: path, reason: warning)) }
        for failure in prepared.partFailures {
            summary.failedParts += 1
            if let source { summary.bySource[source, default: [:]]["failedParts", default: 0] += 1 }
            summary.failures.append(.init(path: path + "#" + failure.part, reason: failure.reason))
        }
        for (what, count) in prepared.skipped { summary.skipped[what, default: 0] += count }
    }

    /// One source's share of a batch and what the writer did with it.
    struct WriteResult: Sendable {
        var source: Int64?
        var outcomes: [FileOutcome]
        var dispositions: Result<[FileDisposition], any Error>
    }

    /// Outcomes grouped by source, so each file row records its root.
    static func groupBySource(_ batch: [(FileOutcome, String)], sourceIDs: [String: Int64]) -> [(Int64?, [FileOutcome])] {
        var bySource: [Int64?: [FileOutcome]] = [:]
        var order: [Int64?] = []
        for (outcome, root) in batch {
            let id = sourceIDs[root]
            if bySource[id] == nil { order.append(id) }
            bySource[id, default: []].append(outcome)
        }
        return order.map { ($0, bySource[$0]!) }
    }

    /// Writes one batch, a transaction per source.
    static func write(_ grouped: [(Int64?, [FileOutcome])], storage: any ArchiveStorage) async -> [WriteResult] {
        var results: [WriteResult] = []
        for (sourceID, outcomes) in grouped {
            do {
                let dispositions = try await storage.write(outcomes, sourceID: sourceID, parserVersion: Ingest.parserVersion,
                                                         extractorVersion: ClaimExtractor.version)
                results.append(WriteResult(source: sourceID, outcomes: outcomes, dispositions: .success(dispositions)))
            } catch {
                results.append(WriteResult(source: sourceID, outcomes: outcomes, dispositions: .failure(error)))
            }
        }
        return results
    }

    /// Paths of the files the writer asks to be read and written again.
    static func needingRead(_ results: [WriteResult]) -> [String] {
        results.flatMap { result -> [String] in
            guard case .success(let dispositions) = result.dispositions else { return [] }
            return zip(result.outcomes, dispositions).compactMap { $1 == .needsRead ? $0.path : nil }
        }
    }

    /// Counts a written batch into the summary.
    /// `stored`: the contents known to be stored (see `KnownFiles.currentHashes`), grown as batches are written.
    static func record(_ results: [WriteResult], in summary: inout ImportSummary, stored: inout Set<String>) {
        for result in results {
            switch result.dispositions {
            case .success(let dispositions):
                for (outcome, disposition) in zip(result.outcomes, dispositions) {
                    summary.count(disposition, source: result.source)
                    switch outcome.result {
                    case .parsed(let hash, let own, _) where disposition == .imported || disposition == .updated:
                        // A member whose bytes were stored already (before this run, or from another
                        // container in it) added a location, not documents.
                        stored.insert(hash)
                        let documents = own + outcome.members.filter { stored.insert($0.contentHash).inserted }.flatMap(\.documents)
                        summary.documents += documents.count
                        if let source = result.source { summary.bySource[source, default: [:]]["documents", default: 0] += documents.count }
                        summary.claims += documents.reduce(0) { $0 + $1.claims.count }
                    case .failed(_, let reason):
                        summary.failures.append(.init(path: outcome.path, reason: reason))
                    default:
                        if disposition == .failed {
                            summary.failures.append(.init(path: outcome.path, reason: "could not be stored"))
                        }
                    }
                }
            case .failure(let error):
                for outcome in result.outcomes {
                    summary.failed += 1
                    if let source = result.source { summary.bySource[source, default: [:]]["failed", default: 0] += 1 }
                    summary.failures.append(.init(path: outcome.path, reason: "cannot write to the database: \(error)"))
                }
            }
        }
    }

    /// Reads, parses and extracts one file. Runs in parallel; touches the
    /// database only to read (is this content stored already?).
    static func prepare(_ file: FoundFile, known: KnownFiles, options: ImportOptions, extractor: ClaimExtractor) -> PreparedFile {
        func outcome(_ result: FileOutcome.Result, members: [MemberInput] = []) -> FileOutcome {
            FileOutcome(path: file.path, size: file.size, mtimeNanoseconds: file.mtimeNanoseconds, result: result, members: members)
        }
        // Unchanged size and mtime, and documents from the current parser:
        // nothing to read.
        if known.isUnchanged(path: file.path, size: file.size, mtimeNanoseconds: file.mtimeNanoseconds),
           let hash = known.files[file.path]?.contentHash {
            return PreparedFile(outcome: outcome(.known(contentHash: hash)))
        }
        let source: FileBytes
        do {
            source = try FileBytes.read(file.path, size: file.size, limit: options.maxSize)
        } catch {
            return PreparedFile(outcome: outcome(.failed(contentHash: nil, reason: error.reason)))
        }
        let hash = source.contentHash
        // Same bytes as something stored (a touched file, or a copy under
        // another path): record the location only. The writer re-checks, as
        // another task may be storing the same bytes right now. (A copy of
        // what may hold members is read, unless it is this very file touched:
        // its members are recorded at its own path.)
        if known.currentHashes.contains(hash), !source.mayHoldMembers || known.files[file.path]?.contentHash == hash {
            return PreparedFile(outcome: outcome(.known(contentHash: hash)))
        }
        do {
            let result = try source.ingest(fileName: file.path, options: options.readOptions)
            guard !result.documents.isEmpty else {
                return PreparedFile(outcome: outcome(.failed(contentHash: hash, reason: IngestError.empty.description)),
                                    warnings: result.warnings)
            }
            let prepared = DocumentPreparation.prepareAll(result.documents, extractor: extractor)
            var warnings = result.warnings + prepared.compactMap(\.warning)
            if !result.skipped.isEmpty { warnings.append("skipped \(Ingest.describe(skipped: result.skipped)) (not documents)") }
            let (own, members) = MemberInput.split(prepared.map(\.0))
            return PreparedFile(outcome: outcome(.parsed(contentHash: hash, documents: own, warnings: warnings), members: members),
                                warnings: warnings, partFailures: result.failures, skipped: result.skipped)
        } catch {
            return PreparedFile(outcome: outcome(.failed(contentHash: hash, reason: error.description)))
        }
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
