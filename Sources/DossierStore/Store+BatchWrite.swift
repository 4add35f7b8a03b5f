import DossierModel
internal import GRDB

extension Store {
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
            let previous = try Store.previousHash(of: outcome.path, db)
            switch outcome.result {
            case .failed(let hash, let reason):
                try record(outcome, hash: hash, status: "failed", error: reason, db)
                if let previous { replaced.append(previous) }
                return .failed

            case .known(let hash):
                return try recordKnown(outcome, hash: hash, previous: previous, db)

            case .parsed(let hash, let documents, _):
                let existing = try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT part, parser_version, extractor_version FROM documents WHERE content_hash = ?"),
                    arguments: [hash])
                // Another task may have stored the same bytes (found under another
                // path) since this file was checked: then keep those.
                if !existing.isEmpty, existing.allSatisfy({ ($0[1] as Int) >= parserVersion && ($0[2] as Int) >= extractorVersion }) {
                    return try recordKnown(outcome, hash: hash, previous: previous, db)
                }
                try Store.storeDocuments(documents, contentHash: hash, existingParts: Set(existing.map { $0[0] as String }),
                                         now: now, parserVersion: parserVersion, extractorVersion: extractorVersion,
                                         backlog: &backlog, db: db)
                try record(outcome, hash: hash, status: "ok", error: nil, db)
                if let previous, previous != hash { replaced.append(previous) }
                return (existing.isEmpty && previous == nil) ? .imported : .updated
            }
        }

        private mutating func recordKnown(_ outcome: FileOutcome, hash: String, previous: String?, _ db: Database) throws -> FileDisposition {
            try record(outcome, hash: hash, status: "ok", error: nil, db)
            if let previous, previous != hash { replaced.append(previous) }
            return previous == hash ? .unchanged : .duplicate
        }

        private func record(_ outcome: FileOutcome, hash: String?, status: String, error: String?, _ db: Database) throws {
            try Store.recordFile(outcome, contentHash: hash, status: status, error: error, sourceID: sourceID, now: now, db: db)
        }

        /// Indexes the batch's new rows, then removes replaced content; in
        /// that order, because the delete triggers must find in the index
        /// every row they take out.
        mutating func finish(_ db: Database) throws {
            try backlog.index(db)
            try Store.removeOrphans(replaced, db)
            replaced.removeAll()
        }
    }
}
