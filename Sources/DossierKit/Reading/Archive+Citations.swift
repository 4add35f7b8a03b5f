import Foundation
public import DossierStorage

/// Citations a colleague can follow (`name:relative/path`), added to what the archive returns.
extension Archive {
    /// The roots' names as citations use them.
    public func sourceNames() async throws -> SourceNames {
        try await answer {
            let names = try await storage.sourceNames()
            return SourceNames(roots: Array(names.keys), names: names.compactMapValues { $0 })
        }
    }

    /// Names a root (as `dossier sources` lists it); false when no source has that root.
    public func renameSource(root: String, name: String) async throws -> Bool {
        if let problem = SourceNames.problem(with: name) { throw ArchiveError.invalidRequest(problem) }
        return try await answer { try await storage.renameSource(root: root, name: name) }
    }

    /// Records that a root now lives at `to` (a disk mounted elsewhere): paths rewritten, nothing
    /// re-read; the number of files moved, nil when no source has the root `from`.
    public func moveSource(from: String, to: String) async throws -> Int? {
        func trimmed(_ path: String) -> String { path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path }
        let from = trimmed(from), to = trimmed(to)
        let roots = try await answer { try await storage.sourceRoots() }
        if let inner = roots.first(where: { $0 != from && $0.hasPrefix(from + "/") }) {
            throw ArchiveError.invalidRequest("\(from) holds another source, \(inner): move that one on its own first")
        }
        if let outer = roots.first(where: { $0 != from && (to == $0 || to.hasPrefix($0 + "/")) }) {
            throw ArchiveError.invalidRequest("\(to) is inside another source, \(outer); choose a place outside it")
        }
        return try await answer { try await storage.moveSource(from: from, to: to) }
    }

    /// Names each root registered without a name after its last path component, unique in the
    /// archive. Never fails an import: a root left unnamed is cited by its last component anyway.
    func nameNewSources(_ roots: some Collection<String>) async {
        do { try await tryNaming(roots) } catch {}
    }

    private func tryNaming(_ roots: some Collection<String>) async throws {
        var names = try await storage.sourceNames().compactMapValues { $0 }
        var taken = Set(names.values)
        for root in roots.sorted() where names[root] == nil {
            let base = SourceNames.defaultName(for: root)
            var name = base
            var n = 2
            while taken.contains(name) { name = "\(base)-\(n)"; n += 1 }
            if try await storage.renameSource(root: root, name: name) {
                taken.insert(name)
                names[root] = name
            }
        }
    }

    static func cited(_ claims: [StoredClaim], _ names: SourceNames) -> [StoredClaim] {
        claims.map { claim in
            var claim = claim
            claim.source.citation = names.cite(claim.source.location)
            return claim
        }
    }

    static func cited(_ result: SearchResult, _ names: SourceNames) -> SearchResult {
        var result = result
        for index in result.hits.indices { result.hits[index].citation = names.cite(result.hits[index].location) }
        return result
    }
}
