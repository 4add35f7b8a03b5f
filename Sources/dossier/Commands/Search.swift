import ArgumentParser
import DossierKit
import Foundation

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search, ranked by BM25, with highlighted snippets.",
        discussion: """
            Plain words match all of them (stemmed, accents ignored); "a phrase" matches in order; \
            AND, OR, NOT (in capitals), prefix* and NEAR(a b, 10) work as in SQLite FTS5. \
            Other punctuation is searched as typed: AT&T, U.S. and GPT-4 need no quoting. \
            Title words rank above body words.

            Examples:
              dossier search 'training cost' --since 2025-01
              dossier search '"export controls" AND chips' --format json
              dossier search --queries names.txt --format csv     # one query per line
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The search query.")
    var query: String?

    @Option(name: .long, help: ArgumentHelp("Run every line of this file as a query (blank lines and # comments skipped).", valueName: "file"))
    var queries: String?

    @Flag(name: .long, help: "Match the words as typed, ignoring search syntax.")
    var literal = false

    @Option(name: .long, help: "Only documents of this kind: article, feed-item, wire, filing, text, document (PDF, Word), email.")
    var kind: String?

    @Option(name: .long, help: "Only documents published on or after this date: 2025, 2025-03, 2025-03-14, today, yesterday, last week|month|year, 3 days ago.")
    var since: DateBound?

    @Option(name: .long, help: "Only documents published on or before this date (the same forms as --since).")
    var until: DateBound?

    @Option(name: .long, help: "Only documents whose publisher contains this text (case-insensitive).")
    var publisher: String?

    @Option(name: .long, help: "At most this many hits per query.")
    var limit: Int = 20

    @Option(name: .long, help: "Skip this many hits (for paging).")
    var offset: Int = 0

    func validate() throws {
        if query == nil && queries == nil { throw ValidationError("give a query, or --queries FILE") }
        if query != nil && queries != nil { throw ValidationError("give either a query or --queries FILE, not both") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if offset < 0 { throw ValidationError("--offset cannot be negative") }
        if let kind, DocumentKind(rawValue: kind) == nil {
            let kinds = DocumentKind.allCases.map(\.rawValue)
            throw ValidationError("unknown --kind '\(kind)'; use \(kinds.dropLast().joined(separator: ", ")) or \(kinds.last!)")
        }
    }

    func run() async throws {
        let texts: [String]
        if let queries {
            guard let data = FileManager.default.contents(atPath: queries) else {
                throw DossierFailure.usage("cannot read the query file \(queries)")
            }
            texts = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        } else {
            texts = [query!]
        }
        let archive = try await database.openForReading()
        let batch = queries != nil
        let highlight = output.format == .table && Terminal.colorStdout ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("**", "**")

        var rows: [SearchHitRecord] = []
        var failed = false
        for text in texts {
            var search = SearchQuery(text: text, literal: literal, kind: kind.flatMap(DocumentKind.init(rawValue:)), since: since?.value, until: until?.value,
                                     publisher: publisher, limit: limit, offset: offset)
            search.highlight = highlight
            do {
                let result = try await archive.search(search)
                if let note = result.note { Terminal.writeStderr(note + "\n") }
                let hits = result.hits.map { SearchHitRecord($0, query: batch ? text : nil) }
                if output.format == .jsonl {
                    for hit in hits { print(Renderer.jsonLine(hit)) }
                } else {
                    rows.append(contentsOf: hits)
                }
                if output.format == .table, !batch, hits.isEmpty {
                    Terminal.writeStderr("no documents match \(text)\n")
                }
            } catch let error as ArchiveError {
                guard batch, case .invalidRequest = error else { throw error }
                Terminal.error("query \"\(text)\": \(error.description)")
                failed = true
            }
        }
        switch output.format {
        case .jsonl: break
        case .json: print(Renderer.json(rows))
        case .csv:
            var headers = ["rank", "document", "title", "publisher", "published", "kind", "location", "url", "snippet"]
            if batch { headers.insert("query", at: 0) }
            print(Renderer.csv(headers: headers, rows: rows.map { hit in
                var row = [String(format: "%.4f", hit.rank), String(hit.document), hit.title ?? "", hit.publisher ?? "",
                           hit.published ?? "", hit.kind, hit.location ?? "", hit.url ?? "", hit.snippet]
                if batch { row.insert(hit.query ?? "", at: 0) }
                return row
            }))
        case .table:
            print(Self.cards(rows, batch: batch), terminator: "")
        }
        if failed { throw ExitCode(1) }
    }

    /// Hits for people: title line, source line, snippet.
    static func cards(_ hits: [SearchHitRecord], batch: Bool) -> String {
        var out = ""
        var lastQuery: String?
        for (n, hit) in hits.enumerated() {
            if batch, hit.query != lastQuery {
                out += Terminal.styled("== \(hit.query ?? "")", .magenta) + "\n"
                lastQuery = hit.query
            }
            out += Terminal.styled("\(n + 1). \(hit.title ?? "(untitled)")", .bold) + "\n"
            var source: [String] = []
            if let publisher = hit.publisher { source.append(publisher) }
            if let published = hit.published { source.append(String(published.prefix(10))) }
            source.append(hit.kind)
            if let location = hit.location { source.append(location) }
            if let page = hit.page { source.append("p. \(page)") }
            out += "   " + Terminal.styled(source.joined(separator: " · "), .dim) + "\n"
            out += "   " + hit.snippet.replacingOccurrences(of: "\n", with: " ") + "\n\n"
        }
        return out
    }
}
