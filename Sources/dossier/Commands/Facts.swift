import ArgumentParser
import DossierKit

struct Facts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List structured facts from filings (XBRL, inline XBRL, Forms 3/4/D, 13F).",
        discussion: """
            Examples:
              dossier facts --concept Revenues
              dossier facts --concept us-gaap:NetIncomeLoss --period 2025 --format csv
              dossier facts --entity 0009999123 --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "prefix:LocalName (us-gaap:Revenues) or the local name alone (Revenues).")
    var concept: String?

    @Option(name: .long, help: "The entity: its CIK or a company name.")
    var entity: String?

    @Option(name: .long, help: "A period: 2025, 2025-03-31, or start/end.")
    var period: String?

    @Option(name: .long, help: "Only facts from this document id.")
    var document: Int64?

    @Option(name: .long, help: "At most this many facts.")
    var limit: Int = 1000

    func run() async throws {
        let archive = try await database.openForReading()
        var query = FactQuery()
        query.concept = concept
        query.entity = entity
        query.period = period
        query.document = document
        query.limit = limit
        let facts = try await archive.facts(query)
        switch output.format {
        case .json: print(Renderer.json(facts.map(FactRecord.init)))
        case .jsonl: for fact in facts { print(Renderer.jsonLine(FactRecord(fact))) }
        case .csv:
            print(Renderer.csv(
                headers: ["id", "document", "concept", "value", "unit", "period", "entity", "dimensions", "decimals", "title", "location"],
                rows: facts.map { f in
                    [String(f.id), String(f.source.document), f.fact.concept, FigureFormat.number(f.fact.value), f.fact.unit ?? "",
                     f.fact.period ?? "", f.fact.entity ?? "", f.fact.dimensions.joined(separator: ";"), f.fact.decimals ?? "",
                     f.source.title ?? "", f.source.location ?? ""]
                }))
        case .table:
            if facts.isEmpty { Terminal.writeStderr("no facts match\n"); return }
            print(Renderer.table(
                headers: ["document", "concept", "value", "unit", "period", "dimensions", "source"],
                rows: facts.map { f in
                    [String(f.source.document), f.fact.concept, FigureFormat.grouped(f.fact.value), f.fact.unit ?? "",
                     f.fact.period ?? "", f.fact.dimensions.joined(separator: "; "), f.source.title ?? f.source.location ?? ""]
                },
                maxWidth: 48))
        }
    }
}
