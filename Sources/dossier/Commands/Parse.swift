import ArgumentParser
import DossierKit
import Foundation

struct Parse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show what the importer would store for files, without storing anything.",
        discussion: """
            Prints each document found in each file: its metadata and main text (and, for filings, \
            its structured facts).

            Example:
              dossier parse corpus/html/ledger-training-costs.html --format jsonl

            jsonl prints one object per document with the fields title, byline, published (ISO 8601 or null), \
            publisher, url, language, kind, format, text, metadata and path (facts too, for filings that have them).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @Argument(help: ArgumentHelp("Files to parse; - reads standard input (zcat page.html.gz | dossier parse -).", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output: text (for people), json (one array) or jsonl (one document per line).")
    var format: Format = .text

    @Option(name: .long, help: "Refuse files larger than this (e.g. 64M).")
    var maxSize: ByteSize = ByteSize(argument: "64M")!

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to parse") }
    }

    func run() async throws {
        var failed = false
        var all: [ParsedDocumentOutput] = []
        for file in files {
            do {
                let parsed = try Archive.parse(path: file, maxSize: maxSize.bytes)
                for warning in parsed.warnings {
                    Terminal.writeStderr("\(file): " + Terminal.styled("warning:", .yellow, stderr: true) + " \(warning)\n")
                }
                for failure in parsed.failures {
                    failed = true
                    Terminal.writeStderr("\(Terminal.printable(failure.path)): " + Terminal.styled("error:", .red, stderr: true) + " \(failure.reason)\n")
                }
                let outputs = parsed.documents.map { ParsedDocumentOutput($0, path: parsed.path) }
                switch format {
                case .jsonl: for output in outputs { print(Renderer.jsonLine(output)) }
                case .json: all.append(contentsOf: outputs)
                case .text: for document in parsed.documents { print(Self.text(document, path: parsed.path)) }
                }
            } catch let failure as ParseFailure {
                failed = true
                Terminal.writeStderr("\(failure.path): " + Terminal.styled("error:", .red, stderr: true) + " \(failure.reason)\n")
            }
        }
        if format == .json { print(Renderer.json(all)) }
        if failed { throw ExitCode(1) }
    }

    static func text(_ d: ParsedDocument, path: String) -> String {
        var lines: [String] = []
        lines.append(Terminal.styled(d.title ?? "(untitled)", .bold))
        var meta: [String] = []
        if let byline = d.byline { meta.append("by \(byline)") }
        if let publisher = d.publisher { meta.append(publisher) }
        if let published = d.published { meta.append(published) }
        meta.append(d.kind.rawValue + "/" + d.format)
        if let language = d.language { meta.append(language) }
        lines.append(Terminal.styled(meta.joined(separator: " · "), .dim))
        lines.append(Terminal.styled(d.part.isEmpty ? path : "\(path)#\(d.part)", .dim))
        if let url = d.url { lines.append(Terminal.styled(url, .dim)) }
        lines.append("")
        lines.append(d.text)
        if !d.facts.isEmpty {
            lines.append("")
            lines.append(Terminal.styled("\(d.facts.count) facts", .bold))
            for fact in d.facts.prefix(50) {
                lines.append("  \(fact.concept) = \(FactOutput.format(fact.value)) \(fact.unit ?? "") \(fact.period ?? "")")
            }
            if d.facts.count > 50 { lines.append("  … (dossier parse --format json shows all)") }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}

/// The JSON shape of a parsed document (documented in the README).
struct ParsedDocumentOutput: Encodable {
    var path: String
    var part: String
    var kind: String
    var format: String
    var title: String?
    var byline: String?
    var published: String?
    var publisher: String?
    var url: String?
    var language: String?
    var text: String
    var metadata: [String: String]
    var facts: [FactOutput]?

    init(_ d: ParsedDocument, path: String) {
        self.path = path
        part = d.part
        kind = d.kind.rawValue
        format = d.format
        title = d.title
        byline = d.byline
        published = d.published
        publisher = d.publisher
        url = d.url
        language = d.language
        text = d.text
        metadata = d.metadata
        facts = d.facts.isEmpty ? nil : d.facts.map(FactOutput.init)
    }

    enum CodingKeys: String, CodingKey {
        case path, part, kind, format, title, byline, published, publisher, url, language, text, metadata, facts
    }

    // Nulls are written out (not omitted) so every line has the same keys.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(part, forKey: .part)
        try c.encode(kind, forKey: .kind)
        try c.encode(format, forKey: .format)
        try c.encode(title, forKey: .title)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(url, forKey: .url)
        try c.encode(language, forKey: .language)
        try c.encode(text, forKey: .text)
        try c.encode(metadata, forKey: .metadata)
        try c.encodeIfPresent(facts, forKey: .facts)
    }
}

/// The JSON shape of a fact.
struct FactOutput: Encodable {
    var concept: String
    var value: Double
    var unit: String?
    var period: String?
    var entity: String?
    var dimensions: [String]
    var decimals: String?

    init(_ f: Fact) {
        concept = f.concept
        value = f.value
        unit = f.unit
        period = f.period
        entity = f.entity
        dimensions = f.dimensions
        decimals = f.decimals
    }

    /// A number for people: no exponent, no trailing `.0`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
