import ArgumentParser
import DossierKit
import Foundation

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a document: its metadata, its text with the figures marked, and its claims.",
        discussion: """
            DOC is a document id (from search, claims or xref) or the path of an imported file \
            (PATH#PART for one document of a feed or a submission).

            Examples:
              dossier show 3
              dossier show corpus/html/byteline-2024-11-20-anthropic-32-billion-listing.html
              dossier show 3 --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "A document id, or an imported file's path.")
    var doc: String

    func run() async throws {
        let archive = try await database.openForReading()
        guard let document = try await archive.document(doc) else { throw DossierFailure(message: "no document \(doc)") }
        switch output.format {
        case .json: print(Renderer.json(DocumentRecord(document)))
        case .jsonl: print(Renderer.jsonLine(DocumentRecord(document)))
        case .csv: ClaimRendering.print(document.claims, format: .csv)
        case .table: print(Self.page(document))
        }
    }

    static func page(_ d: StoredDocument) -> String {
        var lines: [String] = [Terminal.styled("Document \(d.id)", .bold) + " · \(d.kind.rawValue) · \(d.format)"]
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(Terminal.styled((name + ":").padding(toLength: 11, withPad: " ", startingAt: 0), .dim) + value)
        }
        field("Title", d.title)
        field("Byline", d.byline)
        field("Publisher", d.publisher)
        field("Published", d.published)
        field("URL", d.url)
        field("Language", d.language)
        for location in d.locations {
            let file = location.split(separator: "#", maxSplits: 1).first.map(String.init) ?? location
            let here = FileManager.default.fileExists(atPath: file)
            field("File", location + (here ? "" : " (not on this machine; if its disk is mounted elsewhere: dossier sources move OLD NEW)"))
        }
        for citation in d.citations { field("Cite as", citation) }
        if !d.copies.isEmpty {
            field("Copies", "same text as document " + d.copies.map(String.init).joined(separator: ", "))
        }
        if d.metadata != "{}" { field("Metadata", d.metadata) }
        lines.append("")
        let active = d.claims.filter { $0.correction?.action != .reject }
        let segments = MarkedText.segments(d.text, spans: active.map { ($0.claim.start, $0.claim.end) })
        var text = ""
        for segment in segments {
            guard let index = segment.span else { text += segment.text; continue }
            let id = active[index].id
            text += Terminal.colorStdout ? "\u{1B}[1;33m\(segment.text)\u{1B}[0m\u{1B}[2m[\(id)]\u{1B}[0m" : "**\(segment.text)**[\(id)]"
        }
        lines.append(text)
        lines.append("")
        if d.claims.isEmpty {
            lines.append(Terminal.styled("No claims.", .dim))
        } else {
            lines.append(Terminal.styled("Claims (\(d.claims.count))", .bold))
            lines.append(Renderer.table(
                headers: ["id", "figure", "metric", "subject", "attribution", "status", "offsets"],
                rows: d.claims.map { s in
                    let status = s.correction.map { $0.action == .reject ? "rejected" : "corrected" } ?? ""
                    return [String(s.id), FigureFormat.describe(s.claim), s.claim.metric ?? "", s.claim.subject ?? "",
                            s.claim.attribution ?? "", status, (s.source.page.map { "p. \($0), " } ?? "") + "\(s.claim.start)–\(s.claim.end)"]
                },
                maxWidth: 32))
        }
        if !d.facts.isEmpty {
            lines.append("")
            lines.append(Terminal.styled("Facts (\(d.facts.count))", .bold))
            lines.append(Renderer.table(
                headers: ["concept", "value", "unit", "period", "dimensions"],
                rows: d.facts.map { f in
                    [f.fact.concept, FigureFormat.grouped(f.fact.value), f.fact.unit ?? "", f.fact.period ?? "",
                     f.fact.dimensions.joined(separator: "; ")]
                },
                maxWidth: 48))
        }
        return lines.joined(separator: "\n")
    }
}
