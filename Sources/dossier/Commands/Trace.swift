import ArgumentParser
import DossierKit

struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace a figure to its origin: who reported it first, who repeated it.",
        discussion: """
            Finds every claim stating the figure (within 1%), earliest publication first, each with its \
            evidence sentence. Syndicated copies are marked. Ranges that contain the figure are listed separately.

            Examples:
              dossier trace '$100 million'
              dossier trace 30B --metric valuation
              dossier trace 0.1% --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The figure: '$100 million', 30B, 0.1%, '6 months'.")
    var figure: String

    @Option(name: .long, help: "Only claims with this metric.")
    var metric: String?

    @Option(name: .long, help: "Only claims about this subject.")
    var subject: String?

    func run() async throws {
        guard let target = TraceTarget(parsing: figure) else {
            throw DossierFailure.usage("cannot read '\(figure)' as a figure (try '$100 million', 30B, 0.1%, '6 months')")
        }
        let archive = try await database.openForReading()
        let trace = try await archive.trace(target, metric: metric, subject: subject)
        let all = trace.matches + trace.ranges + trace.others
        switch output.format {
        case .json: print(EvidenceJSON.trace(trace))
        case .jsonl: for entry in all { print(EvidenceJSON.encode(Self.record(entry), pretty: false)) }
        case .csv:
            let headers = ["role", "copy_of", "id", "document", "published", "publisher", "title", "figure", "text", "value",
                           "low", "high", "qualifier", "metric", "subject", "attribution", "sentence", "start", "end", "url", "location"]
            print(Renderer.csv(headers: headers, rows: all.map { e in
                let s = e.stored, c = s.claim
                func n(_ d: Double?) -> String { d.map(FigureFormat.number) ?? "" }
                return [e.role.rawValue, e.copyOf.map(String.init) ?? "", String(s.id), String(s.document),
                        s.source.published ?? "", s.source.publisher ?? "", s.source.title ?? "", FigureFormat.describe(c), c.text,
                        n(c.value), n(c.low), n(c.high), c.qualifier.rawValue, c.metric ?? "", c.subject ?? "", c.attribution ?? "",
                        c.sentence, String(c.start), String(c.end), s.source.url ?? "", s.source.location ?? ""]
            }))
        case .table:
            guard let first = trace.first else {
                Terminal.writeStderr("no claim states \(figure)" + (trace.ranges.isEmpty ? "\n" : "; ranges containing it:\n"))
                if !trace.ranges.isEmpty { print(Self.table(trace.ranges)) }
                return
            }
            let who = first.stored.source.publisher ?? first.stored.source.title ?? "document \(first.stored.document)"
            let when = first.stored.source.published.map { " on \($0.prefix(10))" } ?? ""
            let others = Set(trace.matches.map(\.stored.document)).count - 1
            print(Terminal.styled("\(figure): first reported by \(who)\(when) (document \(first.stored.document))", .bold)
                  + (trace.quantity.map { " as a \($0) figure" } ?? "")
                  + "; \(others) later document\(others == 1 ? "" : "s"), \(trace.independent) independent publisher\(trace.independent == 1 ? "" : "s") in all")
            print(Self.table(trace.matches))
            if !trace.ranges.isEmpty {
                print("")
                print(Terminal.styled("Ranges containing \(figure):", .bold))
                print(Self.table(trace.ranges))
            }
            if !trace.others.isEmpty {
                print("")
                print(Terminal.styled("The same number for other quantities (not counted as repeats):", .bold))
                print(Self.table(trace.others))
            }
        }
    }

    static func record(_ entry: TraceEntry) -> TraceLineRecord { TraceLineRecord(entry) }

    static func table(_ entries: [TraceEntry]) -> String {
        Renderer.table(
            headers: ["role", "published", "figure", "source", "doc", "claim", "evidence"],
            rows: entries.map { e in
                let s = e.stored
                let role = e.copyOf.map { "copy of \($0)" } ?? e.role.rawValue
                return [role, ShownDate.of(s), FigureFormat.describe(s.claim),
                        s.source.publisher ?? s.source.title ?? "", String(s.document), String(s.id), ClaimRendering.marked(s.claim)]
            },
            maxWidth: 30
        )
    }
}
