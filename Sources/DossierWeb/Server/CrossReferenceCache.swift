import DossierKit

/// The last few cross-references the server worked out, kept while the archive is unchanged.
///
/// Judging every group of an archive takes seconds (`dossier xref` on 10,000 files: 12–17 s), and a
/// person paging through `/xref` or following a group and coming back asks for the same answer
/// again. An answer is kept for its request (filters, without paging) and the archive's
/// `changeStamp`; any write to the archive makes it stale.
actor CrossReferenceCache {
    private struct Key: Hashable {
        var request: EvidenceRequest
        var stamp: String
    }

    private var entries: [(key: Key, value: CrossReference)] = []
    /// Whole-archive answers are large (hundreds of MB of claims at 10,000 files): keep few.
    let capacity: Int

    init(capacity: Int = 2) {
        self.capacity = capacity
    }

    /// The cross-reference for `request` (its paging ignored: callers page the groups), computed
    /// when not kept for the archive as it is now.
    func result(for request: EvidenceRequest, archive: Archive) async throws -> CrossReference {
        var unpaged = request
        unpaged.offset = 0
        unpaged.limit = nil
        let key = Key(request: unpaged, stamp: await archive.changeStamp())
        if let index = entries.firstIndex(where: { $0.key == key }) {
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.value
        }
        let value = try await archive.crossReference(unpaged)
        entries.removeAll { $0.key == key }
        entries.append((key, value))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return value
    }

    /// How many answers are kept (for tests).
    var count: Int { entries.count }
}
