import Foundation
public import DossierStorage

/// What `dossier copy` moved.
public struct CopySummary: Sendable, Codable, Equatable {
    /// Rows copied in this run, by table (`documents`, `claims`, …).
    public var copied: [String: Int] = [:]
    /// Where an interrupted run was taken up, by table: the highest id the destination had already.
    public var resumedAfter: [String: Int64] = [:]
    public var seconds = 0.0
}

/// How far a copy is: one table, rows so far.
public struct CopyProgress: Sendable {
    public var table: ArchiveTable
    public var copied: Int
}

extension Archive {
    /// Copies every row of `source` into this archive, ids kept (so document and claim numbers cited
    /// elsewhere keep their meaning), corrections, aliases and sources included; the full-text
    /// indexes are then made again. Tables go in the order their references need, in id order, a
    /// batch per transaction: a copy that stops half-way goes on from where it stopped when run
    /// again. Refuses a destination that holds another archive.
    ///
    /// Both archives are held against other writers for the copy (`WritePurpose.exclusive`).
    public func copy(from source: Archive, batch: Int = 500, wait: Double = 0,
                     progress: (@Sendable (CopyProgress) -> Void)? = nil) async throws -> CopySummary {
        // The destination too: an importer writing into it meanwhile would take ids the copy needs.
        try await whileLocked(.exclusive, wait: wait) {
            try await copyLocked(from: source, batch: batch, wait: wait, progress: progress)
        }
    }

    private func copyLocked(from source: Archive, batch: Int, wait: Double,
                            progress: (@Sendable (CopyProgress) -> Void)?) async throws -> CopySummary {
        let clock = ContinuousClock()
        let start = clock.now
        var summary = CopySummary()
        do {
            let sourceLease = try await source.storage.lease(.exclusive, wait: wait)
            defer { withExtendedLifetime(sourceLease) {} }
            try await refuseAnotherArchive(source)
            for table in ArchiveTable.allCases {
                var after = try await storage.lastID(table)
                if table.hasID, after > 0 { summary.resumedAfter[table.rawValue] = after }
                var copied = 0
                while true {
                    try Task.checkCancellation()
                    let rows = try await source.storage.exportRows(table, after: after, limit: max(1, batch))
                    guard !rows.isEmpty else { break }
                    // Counted as written: a resumed run does not count again what an earlier one copied
                    // (rows without ids, such as aliases, are offered again each time).
                    copied += try await storage.importRows(table, rows)
                    progress?(CopyProgress(table: table, copied: copied))
                    guard table.hasID, let last = rows.last?.id else { break }
                    after = last
                }
                summary.copied[table.rawValue] = copied
            }
            try await storage.finishCopy()
        } catch {
            throw ArchiveError.wrapping(error)
        }
        summary.seconds = (clock.now - start).seconds
        return summary
    }

    /// A destination is empty, or an earlier copy of `source` stopped part-way: for every table its
    /// rows are the source's first rows (the row at its highest id says which archive it is).
    private func refuseAnotherArchive(_ source: Archive) async throws {
        for table in ArchiveTable.allCases where table.hasID {
            let last = try await storage.lastID(table)
            guard last > 0 else { continue }
            let mine = try await storage.exportRows(table, after: last - 1, limit: 1).first
            let theirs = try await source.storage.exportRows(table, after: last - 1, limit: 1).first
            // The id and the row's key (root, path, content hash, document…) must agree.
            guard let mine, let theirs, mine.id == theirs.id, mine.values.dropFirst().first == theirs.values.dropFirst().first else {
                throw ArchiveError.invalidRequest(
                    "\(description) already holds another archive (its \(table.rawValue) differ from \(source.description)'s); copy into an empty database")
            }
        }
    }
}
