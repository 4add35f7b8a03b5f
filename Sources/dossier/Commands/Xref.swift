import ArgumentParser
import DossierKit
import DossierModel
import DossierQuery
import DossierStore

struct Xref: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Cross-reference claims: which sources agree, which conflict, how a figure changed.",
        discussion: """
            Groups claims about the same subject and metric across documents. Each group lists every \\
            source's figure, earliest first, and a verdict:
              agree     the figures match within tolerance (ranges overlap; "north of $30 billion" agrees with $32 billion)
              conflict  figures that cannot both be true for the same thing at the same time
              changed   a later figure for a quantity that moves over time (valuation, revenue, users, …)
            Figures for different periods, estimates by different analysts, and an estimate beside a filing's \\
            value are shown side by side, not as conflicts. Filing facts are marked as the primary source. \\
            Syndicated copies (same text) and stories by the same publisher count once as independent sources.

            Examples:
              dossier xref --metric valuation
              dossier xref --subject Anthropic --format json
              dossier xref 'extraction'
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

    func run() async throws {
        let archive = try database.openForReading()
        let result: CrossReference
        do {
            result = try archive.crossReference(EvidenceRequest(text: query, subject: subject, metric: metric))
        } catch let error as SearchError {
            throw DossierFailure.usage(error.description)
        }
        let groups = result.groups
        switch output.format {
        case .json: print(EvidenceJSON.groups(groups))
        case .jsonl: for group in groups { print(EvidenceJSON.groupLine(group)) }
        case .csv:
            var grouped = result
            grouped.ungrouped = []
            print(CSVFactSheet.render(FactSheet(crossReference: grouped)), terminator: "")
        case .table:
            if groups.isEmpty {
                Terminal.writeStderr("no claims about the same subject and metric in two or more documents\n")
                return
            }
            print(groups.map(Self.table).joined(separator: "\n\n"))
        }
    }

    static func table(_ group: EvidenceGroup) -> String {
        let style: Terminal.Style = group.verdict == .conflict ? .red : (group.verdict == .changed ? .yellow : .green)
        var lines = [
            Terminal.styled("\(group.subject) · \(group.metric)", .bold) + "  "
                + Terminal.styled(group.verdict.rawValue.uppercased(), style)
                + "  \(group.documents) document\(group.documents == 1 ? "" : "s"), \(group.independent) independent",
        ]
        let rows = group.entries.map { e -> [String] in
            let value = group.values.indices.contains(e.valueIndex) ? group.values[e.valueIndex] : nil
            return [
                e.stored.source.published.map { String($0.prefix(10)) } ?? "undated",
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
