import DossierModel
import DossierStorage
internal import GRDB

extension SQLiteStore {
    /// One write transaction of the import: the rows first, then (in
    /// ``finish(_:)``) the full-text entries of every new row and the removal
    /// of content no file holds any more.
    struct BatchWrite {
        let now: String
        let sourceID: Int64?
        let parserVersion: Int
        let extractorVersion: Int
        var backlog = FullTextBacklog()
        /// Content a file held before it changed, failed or was re-pointed:
        /// removed at the end unless a file (of this batch or before) still
        /// holds those bytes.
        var replaced: [String] = []

        init(now: String, sourceID: Int64?, parserVersion: Int, extractorVersion: Int) {
            self.now = now
            self.sourceID = sourceID
            self.parserVersion = parserVersion
            self.extractorVersion = extractorVersion
        }

        mutating func write(_ outcome: FileOutcome, _ db: Database) throws -> FileDisposition {
            let previous = try SQLiteStore.previousHash(of: outcome.path, db)
            switch outcome.result {
            case .failed(let hash, let reason):
                try record(outcome, hash: hash, status: "failed", error: reason, db)
                if let previous { replaced.append(previous) }
                return .failed

            case .known(let hash):
                // Another file's revision in this run may have taken these
                // bytes' documents over (see `revisesPrevious` below): then
                // the file has to be read after all.
                if previous != hash, try !SQLiteStore.hasDocuments(contentHash: hash, db) { return .needsRead }
                return try recordKnown(outcome, hash: hash, previous: previous, db)

            case .parsed(let hash, let documents, _):
                let existing = try SQLiteStore.storedDocuments(contentHash: hash, db)
                // Another task may have stored the same bytes (found under another
                // path) since this file was checked: then keep those.
                if !existing.isEmpty, existing.allSatisfy({ $0.parserVersion >= parserVersion && $0.extractorVersion >= extractorVersion }) {
                    return try recordKnown(outcome, hash: hash, previous: previous, db)
                }
                // A changed file whose old bytes no other file holds: its
                // documents are revised in place rather than replaced, so
                // what did not change is not written again.
                var stored = existing
                var revisesPrevious = false
                if existing.isEmpty, let previous, previous != hash,
                   try !SQLiteStore.isHeld(contentHash: previous, byAnyFileBut: outcome.path, db) {
                    stored = try SQLiteStore.storedDocuments(contentHash: previous, db)
                    revisesPrevious = true
                }
                try SQLiteStore.storeDocuments(documents, contentHash: hash, previous: stored, now: now,
                                         parserVersion: parserVersion, extractorVersion: extractorVersion,
                                         backlog: &backlog, db: db)
                try record(outcome, hash: hash, status: "ok", error: nil, db)
                if let previous, previous != hash, !revisesPrevious { replaced.append(previous) }
                return (existing.isEmpty && previous == nil) ? .imported : .updated
            }
        }

        private mutating func recordKnown(_ outcome: FileOutcome, hash: String, previous: String?, _ db: Database) throws -> FileDisposition {
            try record(outcome, hash: hash, status: "ok", error: nil, db)
            if let previous, previous != hash { replaced.append(previous) }
            return previous == hash ? .unchanged : .duplicate
        }

        private func record(_ outcome: FileOutcome, hash: String?, status: String, error: String?, _ db: Database) throws {
            try SQLiteStore.recordFile(outcome, contentHash: hash, status: status, error: error, sourceID: sourceID, now: now, db: db)
        }

        /// Makes the batch's index changes, then removes replaced content; in
        /// that order, because the delete triggers must find in the index
        /// every row they take out.
        mutating func finish(_ db: Database) throws {
            try backlog.apply(db)
            try SQLiteStore.removeOrphans(replaced, db)
            replaced.removeAll()
        }
    }
}
