public import DossierStorage
import DossierModel
import Foundation

/// The JSON shapes of `xref`, `trace` and `export --format json`.
///
/// A claim has the field names of `dossier extract` (`kind`, `text`, `start`,
/// `end`, `value`, `low`, `high`, `currency`, `unit`, `date`, `qualifier`,
/// `metric`, `subject`, `attribution`, `sentence`; every key present, null
/// when unknown) plus `id`, `origin` (`prose`|`filing`), `correction` (null or
/// the person's judgement) and `source` (`document`, `title`, `publisher`,
/// `published`, `url`, `location`, `kind`, `textHash`). Inside a group each
/// claim adds `valueIndex` (into the group's `values`), `period`, `primary`,
/// `estimate`, `notes` and, in a fact sheet, `citation` (its footnote number).
///
/// A group: `id` (stable, for `xref --explain`), `title` (subject · measure ·
/// period), `subject`, `subjectKey`, `measure`, `metric`, `period`, `unit`,
/// `per`, `change` (true for a group of changes: "rose $2bn"), `verdict`
/// (`agree`|`conflict`|`changed`|`related`), `confidence` (`high`|`medium`|
/// `low`), `matchedOn`, `reason` (one line: why the verdict), `documents`,
/// `independent`, `notes`, `sideBySide` (reasons: `different_periods`,
/// `period_not_stated`, `different_analysts`, `estimate_and_filing`,
/// `different_units`, `measure_not_stated`, `same_source_update`),
/// `conflicts`, `changes` and `agreements` (pairs `{earlier, later}` of claim ids), `values` (`figure`, `period`, `claims`,
/// `documents`, `independent`, `publishers`, `primary`, `firstPublished`) and
/// `claims`. A fact sheet: `title`, `scope`, `generatedAt`, `groups`, `other`
/// (ungrouped claims) and `citations`.
public enum EvidenceJSON {
    /// Pretty, sorted keys, slashes unescaped: stable for diffs and golden files.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    public static func factSheet(_ sheet: FactSheet) -> String {
        var out = ""
        writeFactSheet(sheet) { out += $0 }
        return out
    }

    /// The fact sheet's JSON in pieces, one claim or group at a time, for writing as it goes: the
    /// same bytes as encoding the whole sheet at once, without holding them all (a sheet of 300,000
    /// claims is gigabytes as one encoder's tree).
    public static func writeFactSheet(_ sheet: FactSheet, _ emit: (String) -> Void) {
        emit("{\n")
        emitArray("citations", sheet.citations, emit)
        emit(",\n  \"generatedAt\" : " + encode(sheet.generatedAt) + ",\n")
        emitArray("groups", sheet.groups.map { GroupRecord($0, sheet: sheet) }, emit)
        emit(",\n")
        emitArray("other", sheet.other.map { stored in
            var record = ClaimRecord(stored)
            record.citation = sheet.citationNumber(stored.id)
            return record
        }, emit)
        emit(",\n  \"scope\" : " + encode(sheet.scope) + ",\n  \"title\" : " + encode(sheet.title) + "\n}")
    }

    /// `  "name" : [ … ]` as the pretty printer writes it inside the top-level object: each element
    /// pretty-printed on its own and indented two levels.
    static func emitArray<T: Encodable>(_ name: String, _ elements: [T], _ emit: (String) -> Void) {
        emit("  \"\(name)\" : [\n")
        if elements.isEmpty {
            emit("\n  ]")
            return
        }
        for (n, element) in elements.enumerated() {
            // Indented line by line; the printer leaves the blank line of an empty array blank.
            let lines = encode(element).split(separator: "\n", omittingEmptySubsequences: false)
            emit(lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + (n + 1 < elements.count ? ",\n" : "\n"))
        }
        emit("  ]")
    }
    public static func groups(_ groups: [EvidenceGroup]) -> String { encode(groups.map { GroupRecord($0, sheet: nil) }) }
    public static func groupLine(_ group: EvidenceGroup) -> String { encode(GroupRecord(group, sheet: nil), pretty: false) }
}

/// A stored claim in the `dossier extract` field names, plus its source.
public struct ClaimRecord: Encodable, Sendable {
    public var stored: StoredClaim
    /// Group-specific extras (nil outside a group).
    var entry: EvidenceEntry?
    var citation: Int?
    var role: TraceEntry.Role?
    var copyOf: Int64?

    public init(_ stored: StoredClaim) { self.stored = stored }

    init(entry: EvidenceEntry, citation: Int?) {
        stored = entry.stored
        self.entry = entry
        self.citation = citation
    }

    init(trace: TraceEntry) {
        stored = trace.stored
        role = trace.role
        copyOf = trace.copyOf
    }

    enum Keys: String, CodingKey {
        case id, kind, text, start, end, value, low, high, currency, unit, date, qualifier, metric, subject, attribution, measure, direction, per,
             sentence, origin, correction, source
        case valueIndex, period, primary, estimate, notes, citation, role, copyOf
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        let claim = stored.claim
        try c.encode(stored.id, forKey: .id)
        // In a cross-reference the period is the entry's (stated, or inferred from the group), written below.
        try ClaimFields.encode(claim, into: &c, period: entry == nil)
        try c.encode(claim.origin.rawValue, forKey: .origin)
        try c.encode(stored.correction, forKey: .correction)
        try c.encode(stored.source, forKey: .source)
        if let entry {
            try c.encode(entry.valueIndex, forKey: .valueIndex)
            try c.encode(entry.period ?? claim.period, forKey: .period)
            try c.encode(entry.isPrimary, forKey: .primary)
            try c.encode(entry.isEstimate, forKey: .estimate)
            try c.encode(entry.notes, forKey: .notes)
        }
        try c.encodeIfPresent(citation, forKey: .citation)
        try c.encodeIfPresent(role?.rawValue, forKey: .role)
        try c.encodeIfPresent(copyOf, forKey: .copyOf)
    }
}

struct ValueRecord: Encodable {
    var figure: String
    var period: String?
    var claims: [Int64]
    var documents: Int
    var independent: Int
    var publishers: [String]
    var primary: Bool
    var firstPublished: String?

    init(_ v: ValueCluster) {
        figure = v.figure; period = v.period; claims = v.claims; documents = v.documents
        independent = v.independent; publishers = v.publishers; primary = v.primary; firstPublished = v.firstPublished
    }

    enum Keys: String, CodingKey { case figure, period, claims, documents, independent, publishers, primary, firstPublished }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(figure, forKey: .figure)
        try c.encode(period, forKey: .period)
        try c.encode(claims, forKey: .claims)
        try c.encode(documents, forKey: .documents)
        try c.encode(independent, forKey: .independent)
        try c.encode(publishers, forKey: .publishers)
        try c.encode(primary, forKey: .primary)
        try c.encode(firstPublished, forKey: .firstPublished)
    }
}

struct GroupRecord: Encodable {
    var id: String
    var title: String
    var subject: String
    var subjectKey: String
    var measure: String
    var metric: String
    var period: String?
    var unit: String
    var per: String?
    var change: Bool
    var verdict: String
    var confidence: String
    var matchedOn: [String]
    var reason: String
    var agreements: [ClaimPair]
    var documents: Int
    var independent: Int
    var notes: [String]
    var sideBySide: [String]
    var conflicts: [ClaimPair]
    var changes: [ClaimPair]
    var values: [ValueRecord]
    var claims: [ClaimRecord]

    init(_ g: EvidenceGroup, sheet: FactSheet?) {
        id = g.id; title = g.title; subject = g.subject; subjectKey = g.subjectKey; measure = g.measure; metric = g.metric
        period = g.period; unit = g.key.dimension.description; per = g.key.per; change = g.key.isChange
        verdict = g.verdict.rawValue; confidence = g.confidence.rawValue; matchedOn = g.matchedOn; reason = g.reason
        agreements = g.agreements
        documents = g.documents; independent = g.independent; notes = g.notes; sideBySide = g.sideBySide.map(\.rawValue)
        conflicts = g.conflicts; changes = g.changes; values = g.values.map(ValueRecord.init)
        claims = g.entries.map { ClaimRecord(entry: $0, citation: sheet?.citationNumber($0.stored.id)) }
    }

    enum Keys: String, CodingKey {
        case id, title, subject, subjectKey, measure, metric, period, unit, per, change, verdict, confidence, matchedOn, reason,
             documents, independent, notes, sideBySide, conflicts, changes, agreements, values, claims
    }

    // Written by hand so that a missing period or per is `null`, not an absent key.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(subject, forKey: .subject)
        try c.encode(subjectKey, forKey: .subjectKey)
        try c.encode(measure, forKey: .measure)
        try c.encode(metric, forKey: .metric)
        try c.encode(period, forKey: .period)
        try c.encode(unit, forKey: .unit)
        try c.encode(per, forKey: .per)
        try c.encode(change, forKey: .change)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(matchedOn, forKey: .matchedOn)
        try c.encode(reason, forKey: .reason)
        try c.encode(documents, forKey: .documents)
        try c.encode(independent, forKey: .independent)
        try c.encode(notes, forKey: .notes)
        try c.encode(sideBySide, forKey: .sideBySide)
        try c.encode(conflicts, forKey: .conflicts)
        try c.encode(changes, forKey: .changes)
        try c.encode(agreements, forKey: .agreements)
        try c.encode(values, forKey: .values)
        try c.encode(claims, forKey: .claims)
    }
}

struct FactSheetRecord: Encodable {
    var title: String
    var scope: String?
    var generatedAt: String?
    var groups: [GroupRecord]
    var other: [ClaimRecord]
    var citations: [Citation]

    init(_ sheet: FactSheet) {
        title = sheet.title; scope = sheet.scope; generatedAt = sheet.generatedAt
        groups = sheet.groups.map { GroupRecord($0, sheet: sheet) }
        other = sheet.other.map { stored in
            var record = ClaimRecord(stored)
            record.citation = sheet.citationNumber(stored.id)
            return record
        }
        citations = sheet.citations
    }

    enum Keys: String, CodingKey { case title, scope, generatedAt, groups, other, citations }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(title, forKey: .title)
        try c.encode(scope, forKey: .scope)
        try c.encode(generatedAt, forKey: .generatedAt)
        try c.encode(groups, forKey: .groups)
        try c.encode(other, forKey: .other)
        try c.encode(citations, forKey: .citations)
    }
}

extension EvidenceJSON {
    /// A trace: `target` (`value`, `kind`, `currency`, `unit`), `first` (the
    /// earliest claim's id), `independent`, `quantity` (the metric most matches
    /// give, or null), `matches`, `ranges` and `others` (the same
    /// number stated for other quantities) — claims, each with `role`:
    /// `first`|`repeated`|`copy`|`range`|`other`, and `copyOf` for copies.
    public static func trace(_ trace: Trace) -> String { encode(TraceRecord(trace)) }
}

struct TraceRecord: Encodable {
    struct Target: Encodable {
        var value: Double
        var kind: String?
        var currency: String?
        var unit: String?
        enum Keys: String, CodingKey { case value, kind, currency, unit }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(value, forKey: .value)
            try c.encode(kind, forKey: .kind)
            try c.encode(currency, forKey: .currency)
            try c.encode(unit, forKey: .unit)
        }
    }
    var target: Target
    var first: Int64?
    var independent: Int
    var matches: [ClaimRecord]
    var ranges: [ClaimRecord]
    var quantity: String?
    var others: [ClaimRecord]

    init(_ t: Trace) {
        target = Target(value: t.target.value, kind: t.target.kind?.rawValue, currency: t.target.currency, unit: t.target.unit)
        first = t.first?.stored.id
        independent = t.independent
        matches = t.matches.map(ClaimRecord.init(trace:))
        ranges = t.ranges.map(ClaimRecord.init(trace:))
        quantity = t.quantity
        others = t.others.map(ClaimRecord.init(trace:))
    }

    enum Keys: String, CodingKey { case target, first, independent, matches, ranges, quantity, others }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(target, forKey: .target)
        try c.encode(first, forKey: .first)
        try c.encode(independent, forKey: .independent)
        try c.encode(matches, forKey: .matches)
        try c.encode(ranges, forKey: .ranges)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(others, forKey: .others)
    }
}
