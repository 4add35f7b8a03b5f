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
            try write(outcome, container: nil, adopting: [], db)
        }

        /// One file, or (with `container`) one member of a container, recorded as a file at
        /// `container#member` so that its documents are held, found and revised like a file's.
        /// `adopting`: for a member new at its location, the documents its container stored for it
        /// under its own bytes (before members were recorded apart), to be revised into it.
        private mutating func write(_ outcome: FileOutcome, container: Int64?, adopting: [StoredVersion],
                                    _ db: Database) throws -> FileDisposition {
            let previous = try SQLiteStore.previousHash(of: outcome.path, db)
            switch outcome.result {
            case .failed(let hash, let reason):
                try record(outcome, hash: hash, status: "failed", error: reason, container: container, db)
                if let previous { replaced.append(previous) }
                try dropMembers(of: outcome.path, keeping: [], db)
                return .failed

            case .known(let hash):
                // Another file's revision in this run may have taken these
                // bytes' documents over (see `revisesPrevious` below): then
                // the file has to be read after all. A copy of a container is
                // read too: its members are recorded from what it holds.
                if previous != hash, try !SQLiteStore.hasDocuments(contentHash: hash, db) || SQLiteStore.isContainer(contentHash: hash, db) {
                    return .needsRead
                }
                return try recordKnown(outcome, hash: hash, previous: previous, container: container, db)

            case .parsed(let hash, let documents, _):
                let existing = try SQLiteStore.storedDocuments(contentHash: hash, db)
                // Another task may have stored the same bytes (found under another
                // path) since this file was checked: then keep those. (A container
                // goes on: its members are recorded under its own path.)
                if outcome.members.isEmpty, !existing.isEmpty,
                   existing.allSatisfy({ $0.parserVersion >= parserVersion && $0.extractorVersion >= extractorVersion }) {
                    return try recordKnown(outcome, hash: hash, previous: previous, container: container, db)
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
                } else if existing.isEmpty, previous == nil, !adopting.isEmpty {
                    stored = adopting
                }
                // A container's documents stored under its own bytes that belong to a member go to it.
                let legacy = outcome.members.isEmpty ? [] : stored.filter { MemberInput.belongs($0.part, to: outcome.members) }
                if !legacy.isEmpty { stored.removeAll { MemberInput.belongs($0.part, to: outcome.members) } }
                try SQLiteStore.storeDocuments(documents, contentHash: hash, previous: stored, now: now,
                                         parserVersion: parserVersion, extractorVersion: extractorVersion,
                                         backlog: &backlog, db: db)
                try record(outcome, hash: hash, status: "ok", error: nil, container: container, db)
                if let previous, previous != hash, !revisesPrevious { replaced.append(previous) }
                // A new file that is no container has no members to write or drop (the common case: no lookups).
                if !outcome.members.isEmpty || previous != nil { try writeMembers(of: outcome, adopting: legacy, db) }
                return (existing.isEmpty && previous == nil) ? .imported : .updated
            }
        }

        /// A container's members, each as a file at `container#member`; members it no longer holds are dropped.
        /// `legacy`: the container's documents stored under its own bytes for its members; each
        /// member new at its location takes its own, and those no member took are removed.
        private mutating func writeMembers(of outcome: FileOutcome, adopting legacy: [StoredVersion], _ db: Database) throws {
            guard let id = try SQLiteStore.fileID(path: outcome.path, db) else { return }
            var kept: Set<String> = []
            // Each old document goes to the innermost member it was read from.
            var owned: [Int: [StoredVersion]] = [:]
            for stored in legacy {
                guard let (owner, relative) = MemberInput.owner(of: stored.part, among: outcome.members) else { continue }
                var moved = stored
                moved.matchingPart = relative
                owned[owner, default: []].append(moved)
            }
            for (index, member) in outcome.members.enumerated() {
                let file = member.outcome(in: outcome)
                guard kept.insert(file.path).inserted else { continue }
                _ = try write(file, container: id, adopting: owned[index] ?? [], db)
            }
            try dropMembers(of: outcome.path, keeping: kept, db)
            try SQLiteStore.shareMembers(of: outcome.path, db)
            // Taken documents moved to their member's bytes (a revision sets content_hash); the rest go,
            // their people's corrections first handed to the document their member's bytes already have.
            for stored in legacy where try String.fetchOne(
                db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE id = ?"), arguments: [stored.id]) == stored.contentHash {
                if let (owner, relative) = MemberInput.owner(of: stored.part, among: outcome.members) {
                    try db.execute(sql: """
                        UPDATE claim_corrections SET document_id = d.id
                        FROM (SELECT id FROM documents WHERE content_hash = ? AND part = ?) AS d
                        WHERE claim_corrections.document_id = ? AND NOT EXISTS (
                            SELECT 1 FROM claim_corrections c WHERE c.document_id = d.id
                            AND c.start = claim_corrections.start AND c."end" = claim_corrections."end")
                        """, arguments: [outcome.members[owner].contentHash, relative, stored.id])
                }
                backlog.removeDocument(stored.id)
            }
        }

        /// Forgets the members of the container at `path` that are not in `keeping`; their content
        /// goes at the end of the batch unless another file holds it.
        mutating func dropMembers(of path: String, keeping: Set<String>, _ db: Database) throws {
            guard let id = try SQLiteStore.fileID(path: path, db) else { return }
            let members = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT path, content_hash FROM files WHERE container_id = ?"), arguments: [id])
            for member in members {
                let memberPath: String = member[0]
                guard !keeping.contains(memberPath) else { continue }
                try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [memberPath])
                if let hash: String = member[1] { replaced.append(hash) }
            }
        }

        private mutating func recordKnown(_ outcome: FileOutcome, hash: String, previous: String?, container: Int64?,
                                          _ db: Database) throws -> FileDisposition {
            try record(outcome, hash: hash, status: "ok", error: nil, container: container, db)
            if let previous, previous != hash {
                replaced.append(previous)
                // A container whose bytes became another file's: what it held is no longer there.
                if container == nil { try dropMembers(of: outcome.path, keeping: [], db) }
            }
            // A container kept as missing that is back: its members are back with it.
            if container == nil {
                try db.cachedStatement(sql: """
                    UPDATE files SET status = 'ok', seen_at = ?
                    WHERE container_id = (SELECT id FROM files WHERE path = ?) AND status = 'missing'
                    """).execute(arguments: [now, outcome.path])
            }
            return previous == hash ? .unchanged : .duplicate
        }

        private func record(_ outcome: FileOutcome, hash: String?, status: String, error: String?, container: Int64?,
                            _ db: Database) throws {
            try SQLiteStore.recordFile(outcome, contentHash: hash, status: status, error: error, sourceID: sourceID,
                                       container: container, now: now, db: db)
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
