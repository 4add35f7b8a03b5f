import ArgumentParser
import DossierKit

struct Xref: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Cross-reference claims: which sources agree, which conflict, how a figure changed.",
        discussion: """
            Groups claims that state the same quantity: the same subject (after normalisation and aliases), \
            the same measure (what the figure measures: revenue, cost of sales, death toll), the same unit or \
            currency and, for a rate, the same "per". Each group is titled subject · measure · period, lists every \
            source's figure, earliest first, and gives a verdict with a one-line reason:
              conflict  independent sources state figures that cannot both be true for the same thing at the same time
              changed   a later figure for a quantity that moves over time (valuation, a running count, …)
              agree     independent sources state matching figures (ranges overlap; "north of $30 billion" agrees with $32 billion)
              related   no verdict: one source only, different or unstated periods, estimates beside reported figures,
                        or figures whose sentences name no measure (grouped on a coarse metric such as "cost")
            Syndicated copies, one publisher's stories and the files of one filing count once. An update by the \
            same publisher is not a conflict. Groups are listed conflicts first, then by independent sources.

            Examples:
              dossier xref --verdict conflict
              dossier xref --subject Anthropic --format json
              dossier xref --min-sources 3 --limit 20
              dossier xref --explain 3fa9c2e1d0
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Keep groups with at least one evidence sentence matching this full-text query.")
    var query: String?

    @Option(name: .long, help: "Only this subject (aliases and normalisation apply).")
    var subject: String?

    @Option(name: .long, help: "Only this metric (cost, valuation, revenue, …).")
    var metric: String?

    @Option(name: .long, help: "Only groups with this verdict: conflict, changed, agree or related.")
    var verdict: Verdict?

    @Option(name: .customLong("min-sources"), help: "Only groups with at least this many independent sources.")
    var minSources: Int = 0

    @Option(name: .long, help: "Show at most this many groups.")
    var limit: Int?

    @Option(name: .long, help: "Skip this many groups first (with --limit, to page).")
    var offset: Int = 0

    @Option(name: .long, help: "Explain one group (by the id xref prints): why each claim is in it and how it was compared.")
    var explain: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
        if minSources < 0 { throw ValidationError("--min-sources must be 0 or more") }
    }

    func run() async throws {
        let archive = try await database.openForReading()
        if let explain {
            try await explainGroup(explain, archive: archive)
            return
        }
        let result = try await archive.crossReference(EvidenceRequest(
            text: query, subject: subject, metric: metric, verdict: verdict, minimumSources: minSources,
            offset: offset, limit: limit))
        let groups = result.groups
        if groups.isEmpty { await FilterHints.report(archive, metric: metric, subject: subject) }
        switch output.format {
        case .json: print(EvidenceJSON.groups(groups))
        case .jsonl: for group in groups { print(EvidenceJSON.groupLine(group)) }
        case .csv:
            var grouped = result
            grouped.ungrouped = []
            print(CSVFactSheet.render(FactSheet(crossReference: grouped)), terminator: "")
        case .table:
            if groups.isEmpty {
                Terminal.writeStderr("no claims about the same quantity in two or more documents"
                                     + (verdict.map { " with the verdict \($0.rawValue)" } ?? "") + "\n")
                return
            }
            print(groups.map(Self.table).joined(separator: "\n\n"))
        }
    }

    func explainGroup(_ id: String, archive: Archive) async throws {
        guard let group = try await archive.crossReferenceGroup(id: id) else {
            throw DossierFailure.usage("no cross-reference group has the id \(id): run `dossier xref` to list the groups and their ids")
        }
        switch output.format {
        case .json, .jsonl: print(output.format == .json ? EvidenceJSON.groups([group]) : EvidenceJSON.groupLine(group))
        case .csv: print(CSVFactSheet.render(FactSheet(crossReference: CrossReference(groups: [group]))), terminator: "")
        case .table: print(GroupExplanation.lines(group).joined(separator: "\n"))
        }
    }

    static func table(_ group: EvidenceGroup) -> String {
        let style: Terminal.Style = switch group.verdict {
        case .conflict: .red
        case .changed: .yellow
        case .agree: .green
        case .related: .dim
        }
        var lines = [
            Terminal.styled(group.title, .bold) + "  "
                + Terminal.styled(group.verdict.rawValue.uppercased(), style)
                + "  \(group.documents) document\(group.documents == 1 ? "" : "s"), \(group.independent) independent"
                + "  [\(group.id)]",
            "  " + group.reason,
        ]
        let rows = group.entries.map { e -> [String] in
            let value = group.values.indices.contains(e.valueIndex) ? group.values[e.valueIndex] : nil
            return [
                ShownDate.of(e.stored),
                FigureFormat.describe(e.claim),
                e.stored.source.publisher ?? e.stored.source.title ?? "",
                String(e.stored.document), String(e.stored.id),
                value.map { "\($0.independent)" } ?? "",
                e.notes.joined(separator: "; "),
                ClaimRendering.marked(e.claim),
            ]
        }
        let table = Renderer.table(headers: ["published", "figure", "source", "doc", "claim", "indep", "notes", "evidence"],
                                   rows: rows, maxWidth: 28, totalWidth: Terminal.width.map { $0 - 2 })
        lines += table.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        for note in group.notes { lines.append("  · " + note) }
        return lines.joined(separator: "\n")
    }
}
