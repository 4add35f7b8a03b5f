import DossierKit
import DossierQuery
import DossierSQLite
import DossierStorage
import Foundation
import Testing

/// `xref` judged against the answer key of a multi-outlet corpus written for
/// this purpose (`XrefCorpus/`, its labelling rules in its README): which
/// mentions state the same quantity, the verdict each shared quantity should
/// get, and traps that must never be grouped or called a conflict.
///
/// `DOSSIER_XREF_REPORT=/tmp/xref.txt swift test --filter XrefAnswerKey` writes every miss.
@Suite struct XrefAnswerKeyTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("XrefCorpus")

    struct Key: Decodable {
        struct Mention: Decodable { var id, file, figure, context, quantity: String }
        struct Quantity: Decodable { var id, description, verdict: String }
        struct Trap: Decodable { var id, kind: String; var mentions: [String]?; var quantity: String?; var note: String? }
        var mentions: [Mention]
        var quantities: [Quantity]
        var traps: [Trap]
    }

    /// What the tool did, seen through the key.
    struct Outcome {
        var mapped: [Int64: String] = [:]      // claim id → mention id
        var groupOf: [String: String] = [:]    // mention id → group id
        var verdictOf: [String: Verdict] = [:] // group id → verdict
        var conflicted: Set<String> = []       // mentions judged to conflict with another
        var titleOf: [String: String] = [:]    // group id → title
        var toolPairs: Set<[String]> = []
        var keyPairs: Set<[String]> = []
        var report: [String] = []
    }

    @Test func xrefMeetsTheAnswerKey() async throws {
        let key = try JSONDecoder().decode(Key.self, from: Data(contentsOf: Self.corpus.appendingPathComponent("answer-key.json")))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-xref-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = Self.corpus.appendingPathComponent("documents").standardizedFileURL.resolvingSymlinksInPath()
        let archive = try Archive.open(path: folder.appendingPathComponent("x.sqlite").path)
        let imported = try await archive.importPaths([documents.path])
        #expect(imported.failed == 0)
        let xref = try await archive.crossReference(EvidenceRequest(minimumDocuments: 1))
        var outcome = Self.match(xref, key: key, documentsPath: documents.path + "/")

        // Pairs of mentions in different files that the tool puts in one group, against the key's.
        let byQuantity = Dictionary(grouping: key.mentions, by: \.quantity)
        for mentions in byQuantity.values {
            for a in mentions { for b in mentions where a.id < b.id && a.file != b.file { outcome.keyPairs.insert([a.id, b.id]) } }
        }
        let fileOf = Dictionary(key.mentions.map { ($0.id, $0.file) }, uniquingKeysWith: { a, _ in a })
        let byGroup = Dictionary(grouping: outcome.groupOf.keys, by: { outcome.groupOf[$0]! })
        for members in byGroup.values {
            for a in members { for b in members where a < b && fileOf[a] != fileOf[b] { outcome.toolPairs.insert([a, b]) } }
        }
        let right = outcome.toolPairs.intersection(outcome.keyPairs)
        let precision = outcome.toolPairs.isEmpty ? 1 : Double(right.count) / Double(outcome.toolPairs.count)
        let recall = outcome.keyPairs.isEmpty ? 1 : Double(right.count) / Double(outcome.keyPairs.count)
        for pair in outcome.toolPairs.subtracting(outcome.keyPairs).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            outcome.report.append("wrong pair: \(pair[0]) + \(pair[1])")
        }

        for pair in outcome.keyPairs.subtracting(outcome.toolPairs).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let a = outcome.groupOf[pair[0]].map { outcome.titleOf[$0] ?? $0 } ?? "not found"
            let b = outcome.groupOf[pair[1]].map { outcome.titleOf[$0] ?? $0 } ?? "not found"
            outcome.report.append("missed pair: \(pair[0]) [\(a)] + \(pair[1]) [\(b)]")
        }

        // Verdicts: the group holding most of a shared quantity's mentions.
        var judged = 0, correct = 0
        for quantity in key.quantities where ["agree", "conflict", "changed"].contains(quantity.verdict) {
            judged += 1
            let groups = (byQuantity[quantity.id] ?? []).compactMap { outcome.groupOf[$0.id] }
            // Most mentions; among equals, the smallest id (dictionary order varies from run to run).
            let home = Dictionary(grouping: groups, by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
            let got = home.flatMap { outcome.verdictOf[$0] }
            if got?.rawValue == quantity.verdict { correct += 1 } else {
                outcome.report.append("verdict \(quantity.id): want \(quantity.verdict), got \(got?.rawValue ?? "no group")")
            }
        }
        let verdictAccuracy = judged == 0 ? 1 : Double(correct) / Double(judged)

        // Traps: never grouped together; never a conflict.
        var sprung: [String] = []
        for trap in key.traps {
            switch trap.kind {
            case "not_same_quantity":
                let groups = (trap.mentions ?? []).map { outcome.groupOf[$0] }
                if groups.count == 2, let g = groups[0], g == groups[1] { sprung.append("\(trap.id): grouped \(trap.mentions ?? [])") }
            case "no_conflict":
                let ids = (trap.quantity.flatMap { byQuantity[$0] } ?? []).map(\.id) + (trap.mentions ?? [])
                // Judged a conflict: one of its mentions is in a conflicting pair (not merely in a group beside one).
                if ids.contains(where: { outcome.conflicted.contains($0) }) {
                    sprung.append("\(trap.id): conflict for \(trap.quantity ?? ids.joined(separator: ","))")
                }
            default:
                Issue.record("unknown trap kind \(trap.kind)")
            }
        }
        let mappedShare = Double(Set(outcome.mapped.values).count) / Double(max(1, key.mentions.count))
        let summary = String(format: "xref answer key: %d of %d mentions found as claims (%.2f); pairs: %d by the tool, %d in the key, %d right; precision %.3f, recall %.3f; verdicts %d/%d (%.3f); traps sprung %d of %d",
                             Set(outcome.mapped.values).count, key.mentions.count, mappedShare, outcome.toolPairs.count,
                             outcome.keyPairs.count, right.count, precision, recall, correct, judged, verdictAccuracy, sprung.count, key.traps.count)
        print(summary)
        if let path = ProcessInfo.processInfo.environment["DOSSIER_XREF_REPORT"] {
            try ([summary] + sprung + outcome.report).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }

        // Floors a little under what the tool measures today (see XrefFloors), so a regression fails.
        #expect(sprung.count <= XrefFloors.trapsSprung, "\(sprung)")
        #expect(precision >= XrefFloors.precision, "pair precision \(precision)")
        #expect(recall >= XrefFloors.recall, "pair recall \(recall)")
        #expect(verdictAccuracy >= XrefFloors.verdicts, "verdict accuracy \(verdictAccuracy)")
        // The issue's bars (#14), not met yet: most misses come from subjects and measures read
        // differently in different articles (#13). Each fails loudly once it is met, to be moved up.
        withKnownIssue("traps sprung: a misread measure (backlog read as revenue) and figures of one sentence grouped") {
            #expect(sprung.isEmpty)
        }
        withKnownIssue("pair precision below the 0.95 bar") { #expect(precision >= 0.95) }
        withKnownIssue("pair recall below the 0.85 bar") { #expect(recall >= 0.85) }
        withKnownIssue("verdict accuracy below the 0.9 bar") { #expect(verdictAccuracy >= 0.9) }
    }

    /// Each claim to the key mention it is: same file, its figure text, a sentence holding the mention's context.
    static func match(_ xref: CrossReference, key: Key, documentsPath: String) -> Outcome {
        var outcome = Outcome()
        let byFile = Dictionary(grouping: key.mentions, by: \.file)
        for group in xref.groups {
            outcome.verdictOf[group.id] = group.verdict
            outcome.titleOf[group.id] = group.title
            for entry in group.entries {
                guard let location = entry.stored.source.location else { continue }
                let path = String(location.split(separator: "#").first ?? "")
                guard path.hasPrefix(documentsPath) else { continue }
                let file = String(path.dropFirst(documentsPath.count))
                let sentence = normal(entry.claim.sentence)
                let text = normal(entry.claim.text)
                // An XBRL instance's fact is labelled by its markup (`<us-gaap:Revenues …>4187300000<…>`):
                // its claim ("us-gaap:Revenues = USD 4187300000 (…)") matches by concept and value.
                let concept = entry.claim.origin == .filing ? sentence.components(separatedBy: " = ").first : nil
                let candidates = (byFile[file] ?? []).filter { m in
                    let figure = normal(m.figure)
                    guard text == figure || text.contains(figure) || figure.contains(text) else { return false }
                    if let concept, normal(m.context).contains("<" + concept + " ") { return true }
                    return sentence.contains(normal(m.context))
                }
                guard let mention = candidates.first(where: { outcome.groupOf[$0.id] == nil }) ?? candidates.first else { continue }
                outcome.mapped[entry.stored.id] = mention.id
                outcome.groupOf[mention.id] = group.id
            }
            for pair in group.conflicts {
                for id in [pair.earlier, pair.later] { if let m = outcome.mapped[id] { outcome.conflicted.insert(m) } }
            }
        }
        return outcome
    }

    /// Lower case, single spaces, straight quotes and dashes: how text is compared with the key.
    static func normal(_ text: String) -> String {
        var out = ""
        var space = false
        for ch in text.lowercased() {
            if ch.isWhitespace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            switch ch {
            case "“", "”": out.append("\"")
            case "‘", "’": out.append("'")
            case "–", "—": out.append("-")
            default: out.append(ch)
            }
        }
        return out
    }
}

/// What `XrefAnswerKeyTests` measured when last recorded, less a little: a drop below is a regression.
/// Measured 2026-12-07: 317 of 427 mentions found, precision 0.768, recall 0.096, verdicts 9/69, 4 of 40 traps sprung
/// (one false conflict: a backlog "up from $9.1 billion" read as quarterly revenue; three pairs grouped within one document).
/// Measured 2026-12-08 (extractor version 8): 316 found, precision 0.800, recall 0.104, verdicts 7/69, 3 traps sprung.
enum XrefFloors {
    static let precision = 0.78
    static let recall = 0.10
    static let verdicts = 0.10
    static let trapsSprung = 3
}
