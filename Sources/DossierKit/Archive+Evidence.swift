import Foundation
import DossierModel
public import DossierStorage
public import DossierQuery

/// What to cross-reference or export: an optional full-text query over the
/// evidence sentences, a subject and a metric.
public struct EvidenceRequest: Sendable, Hashable {
    /// A group is kept when at least one of its claims' sentences matches.
    public var text: String?
    /// Kept when the group's subject (after normalisation and aliases) is this one.
    public var subject: String?
    public var metric: String?
    /// Groups drawing on fewer documents are left out.
    public var minimumDocuments: Int
    /// Only groups with this verdict.
    public var verdict: Verdict?
    /// Only groups with at least this many independent sources.
    public var minimumSources: Int
    /// Paging over the groups, in the order `xref` lists them.
    public var offset: Int
    public var limit: Int?

    public init(text: String? = nil, subject: String? = nil, metric: String? = nil, minimumDocuments: Int = 2,
                verdict: Verdict? = nil, minimumSources: Int = 0, offset: Int = 0, limit: Int? = nil) {
        self.text = text
        self.subject = subject
        self.metric = metric
        self.minimumDocuments = minimumDocuments
        self.verdict = verdict
        self.minimumSources = minimumSources
        self.offset = offset
        self.limit = limit
    }

    /// "subject Anthropic, metric valuation, matching “IPO”" for a fact sheet's header.
    public var scope: String? {
        var parts: [String] = []
        if let subject { parts.append("subject \(subject)") }
        if let metric { parts.append("metric \(metric)") }
        if let verdict { parts.append("verdict \(verdict.rawValue)") }
        if minimumSources > 1 { parts.append("at least \(minimumSources) independent sources") }
        if let text { parts.append("matching “\(text)”") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

extension Archive {
    /// How subjects are grouped: the extractor's normalisation and the user's aliases.
    public func subjectResolver() async throws -> SubjectResolver {
        try await answer { try await self.resolver() }
    }

    func resolver() async throws -> SubjectResolver {
        let aliases = try await storage.aliases()
        return SubjectResolver(
            normalize: { Archive.subjectKey($0) },
            aliases: Dictionary(aliases.map { ($0.key, $0.subject) }, uniquingKeysWith: { _, last in last })
        )
    }

    /// Claims grouped by subject and metric across documents, each group with its verdict.
    public func crossReference(_ request: EvidenceRequest) async throws -> CrossReference {
        try await answer { try await self.crossReferenceNow(request) }
    }

    func crossReferenceNow(_ request: EvidenceRequest) async throws -> CrossReference {
        let resolver = try await resolver()
        var query = ClaimQuery()
        query.limit = Int.max
        if let subject = request.subject {
            // Only the documents that speak of the subject are read (by its key and its aliases' keys).
            let key = resolver.key(subject)
            query.subject = subject
            query.subjectKey = key
            query.subjectAliases = resolver.aliases.keys.filter { resolver.key($0) == key }.sorted()
            query.wholeDocuments = true
        }
        let claims = Self.cited(try await storage.claims(query), try await sourceNames())
        // Grouping and judging is CPU work over every claim read: off the cooperative threads.
        var result = try await Offload.run { CrossReference(claims: claims, resolver: resolver, minimumDocuments: request.minimumDocuments) }
        if let subject = request.subject {
            let key = resolver.key(subject)
            let needle = subject.lowercased()
            result = result.filtered { $0.subjectKey == key || $0.subject.lowercased().contains(needle) }
            result.ungrouped = result.ungrouped.filter { $0.claim.subject.map { resolver.key($0) == key } ?? false }
        }
        if let text = request.text {
            var textQuery = ClaimQuery()
            textQuery.text = text
            textQuery.metric = request.metric
            textQuery.limit = Int.max
            let matching = Set(try await storage.claims(textQuery).map(\.id))
            result = result.filtered { group in group.entries.contains { matching.contains($0.stored.id) } }
            result.ungrouped = result.ungrouped.filter { matching.contains($0.id) }
        }
        if let metric = request.metric {
            // After grouping, so a group and its verdict are the same with or without the filter.
            result = result.filtered { group in group.metric == metric || group.entries.contains { $0.claim.metric == metric } }
            result.ungrouped = result.ungrouped.filter { $0.claim.metric == metric }
        }
        if let verdict = request.verdict { result = result.filtered { $0.verdict == verdict } }
        if request.minimumSources > 1 { result = result.filtered { $0.independent >= request.minimumSources } }
        if request.offset > 0 || request.limit != nil {
            let start = min(request.offset, result.groups.count)
            let end = request.limit.map { min(result.groups.count, start + max(0, $0)) } ?? result.groups.count
            result.groups = Array(result.groups[start..<end])
        }
        return result
    }

    /// The group with this id (from `xref`), or the one group whose id starts with it (at least 4
    /// characters), judged over every claim as `xref` judges it; nil when no group has it.
    ///
    /// With `subject` (the group's, as a link carries it), only the documents about it are read
    /// first, as `xref --subject` reads them; the whole archive is read only when that misses.
    public func crossReferenceGroup(id: String, subject: String? = nil) async throws -> EvidenceGroup? {
        try await answer {
            if let subject, let group = try await self.groupNow(id: id, within: EvidenceRequest(subject: subject, minimumDocuments: 1)) {
                return group
            }
            return try await self.groupNow(id: id, within: EvidenceRequest(minimumDocuments: 1))
        }
    }

    func groupNow(id: String, within request: EvidenceRequest) async throws -> EvidenceGroup? {
        let all = try await crossReferenceNow(request)
        let wanted = id.lowercased()
        if let exact = all.groups.first(where: { $0.id == wanted }) { return exact }
        guard wanted.count >= 4 else { return nil }
        let matching = all.groups.filter { $0.id.hasPrefix(wanted) }
        guard matching.count <= 1 else {
            let ids = matching.map(\.id)
            throw ArchiveError.ambiguous("\(id) starts \(ids.count) group ids (\(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : "")); give more of the id")
        }
        return matching.first
    }

    /// A sourced fact sheet: every matching claim, grouped, judged and cited.
    public func factSheet(_ request: EvidenceRequest, title: String = "Fact sheet", generatedAt: String? = nil) async throws -> FactSheet {
        var request = request
        request.minimumDocuments = 1
        let crossReference = try await crossReference(request)
        return FactSheet(title: title, scope: request.scope, generatedAt: generatedAt, crossReference: crossReference)
    }

    /// Every claim stating `target`, earliest publication first.
    public func trace(_ target: TraceTarget, metric: String? = nil, subject: String? = nil) async throws -> Trace {
        try await answer { try await self.traceNow(target, metric: metric, subject: subject) }
    }

    func traceNow(_ target: TraceTarget, metric: String?, subject: String?) async throws -> Trace {
        var query = ClaimQuery()
        query.metric = metric
        query.limit = Int.max
        // Only documents with a figure near the value are read (durations are compared in days, which the
        // stored values are not, so they are read whole).
        if target.kind != .duration, target.value.isFinite {
            let slack = abs(target.value) * 0.02
            query.documentsWithValue = (target.value - slack)...(target.value + slack)
        }
        if let subject {
            let resolver = try await resolver()
            let key = resolver.key(subject)
            query.subject = subject
            query.subjectKey = key
            query.subjectAliases = resolver.aliases.keys.filter { resolver.key($0) == key }.sorted()
            query.wholeDocuments = true
        }
        var claims = Self.cited(try await storage.claims(query), try await sourceNames())
        let resolver = try await resolver()
        if let subject {
            let key = resolver.key(subject)
            let needle = subject.lowercased()
            claims = claims.filter { c in
                guard let s = c.claim.subject else { return false }
                return resolver.key(s) == key || s.lowercased().contains(needle)
            }
        }
        let found = claims
        return try await Offload.run { Trace(target: target, claims: found, resolver: resolver) }
    }

    /// A document by id, or by the path (or `path#part`) it was imported from; nil when none has it.
    public func document(_ reference: String) async throws -> StoredDocument? {
        let names = try await sourceNames()
        let found: StoredDocument? = try await answer { [storage] in
            if let id = Int64(reference) { return try await storage.document(id: id) }
            // A citation (`name:relative/path`) names the file as a colleague's archive has it.
            let path = names.path(of: reference) ?? reference
            let ids = try await storage.documentIDs(path: path)
            guard let first = ids.first else { return nil }
            guard ids.count == 1 else {
                throw ArchiveError.ambiguous("\(reference) holds \(ids.count) documents (\(ids.map(String.init).joined(separator: ", "))); name one by id or as PATH#PART")
            }
            return try await storage.document(id: first)
        }
        guard var document = found else { return nil }
        document.citations = document.locations.compactMap(names.cite)
        document.claims = Self.cited(document.claims, names)
        return document
    }

    /// Rejects a claim (the machine's claim is kept; the rejection wins in queries).
    @discardableResult
    public func rejectClaim(_ id: Int64, reason: String?, author: String? = nil) async throws -> Bool {
        try await answer { try await storage.reject(claim: id, reason: reason, author: author) }
    }

    /// Corrects a claim's value, range, metric or subject.
    @discardableResult
    public func correctClaim(_ id: Int64, _ correction: CorrectionInput) async throws -> Bool {
        try await answer { try await storage.correct(claim: id, correction) }
    }

    /// Groups claims about `alias` under `subject` from now on. An alias that already stands for
    /// another subject is replaced only with `replace`; otherwise `ArchiveError.invalidRequest` says
    /// which subject it stands for.
    ///
    /// - Returns: the alias, and the subject it stood for before when it was replaced.
    public func addAlias(_ alias: String, subject: String, replace: Bool = false) async throws -> (alias: SubjectAlias, replaced: String?) {
        let entry = SubjectAlias(key: Archive.subjectKey(alias), alias: alias, subject: subject)
        do {
            let existing = try await storage.aliases().first { $0.key == entry.key }
            if let existing, Archive.subjectKey(existing.subject) != Archive.subjectKey(subject), !replace {
                throw ArchiveError.invalidRequest(
                    "'\(existing.alias)' is already an alias of '\(existing.subject)'; add --replace to make it an alias of '\(subject)' instead, or remove it first (dossier alias remove '\(existing.alias)')")
            }
            try await storage.addAlias(entry)
            return (entry, existing.flatMap { Archive.subjectKey($0.subject) == Archive.subjectKey(subject) ? nil : $0.subject })
        } catch {
            throw ArchiveError.wrapping(error)
        }
    }

    public func aliases() async throws -> [SubjectAlias] { try await answer { try await storage.aliases() } }

    @discardableResult
    public func removeAlias(_ alias: String) async throws -> Bool {
        try await answer { try await storage.removeAlias(key: Archive.subjectKey(alias)) }
    }
}
