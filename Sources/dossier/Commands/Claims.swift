import ArgumentParser
import DossierKit
import Foundation

struct Claims: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the figures found in the archive; reject or correct one.",
        discussion: """
            `dossier claims [QUERY]` lists claims (the default subcommand, `list`), with these filters \
            (`dossier claims list --help` explains each):
              QUERY (words of the sentence), --kind, --metric, --subject, --measure, --period,
              --direction up|down, --min/--max, --since/--until, --document ID, --origin prose|filing,
              --sort published|newest|value|largest|subject, --limit/--offset, --include-rejected,
              --format table|json|jsonl|csv

            A person's judgement is recorded \
            with `reject` and `correct`: the machine's claim is kept, the correction wins in claims, xref and \
            export, and it survives re-extraction (it is keyed by the document and the figure's span).

            Examples:
              dossier claims --metric valuation
              dossier claims reject 42 --reason "a reader's comment, not the article"
              dossier claims correct 57 --value '$25M' --subject 'Corvid Labs'
            """,
        subcommands: [ClaimsList.self, ClaimsReject.self, ClaimsCorrect.self],
        defaultSubcommand: ClaimsList.self
    )
}

struct ClaimsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the figures found in the archive, with their evidence and sources.",
        discussion: """
            Each claim shows its value and qualifier, what it measures (metric), what it is about (subject), \
            the sentence with the figure marked, and the source (title, publisher, date, location).

            Examples:
              dossier claims --metric valuation
              dossier claims 'training cost' --kind money --min 1M --max 1B
              dossier claims --subject Anthropic --since 2025 --format json
              dossier claims --measure 'cost of sales' --period 2025-Q3
              dossier claims --measure job --direction down
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Full-text query over the evidence sentences.")
    var query: String?

    @Option(name: .long, help: "money, percent, duration, date, count, multiple or quantity.")
    var kind: FigureKind?

    @Option(name: .long, help: "What the figure measures: cost, valuation, revenue, funding, investment, price, profit, loss, market_size, share, rate, index, quantity, count, fine, compensation, growth, time, …")
    var metric: String?

    @Option(name: .long, help: "What the figure is about (an organisation, product or activity).")
    var subject: String?

    @Option(name: .long, help: "Only values at least this large (1B, $500M, 10%).")
    var min: FigureBound?

    @Option(name: .long, help: "Only values at most this large.")
    var max: FigureBound?

    @Option(name: .long, help: "Only claims from documents published on or after this date: 2025, 2025-03, 2025-03-14, today, yesterday, last week|month|year, 3 days ago.")
    var since: DateBound?

    @Option(name: .long, help: "Only claims from documents published on or before this date (the same forms as --since).")
    var until: DateBound?

    @Option(name: .long, help: "Only claims from this document id.")
    var document: Int64?

    @Option(name: .long, help: "prose (figures found in text) or filing (structured filing facts).")
    var origin: ClaimOrigin?

    @Option(name: .long, help: "What quantity the figure states, as words of its measure: 'cost of sales', buyback, job.")
    var measure: String?

    @Option(name: .long, help: "The time the figure holds for, ISO 8601 or its start: 2025, 2025-Q3, 2025-03.")
    var period: String?

    @Option(name: .long, help: "up or down: only figures that state a change that way.")
    var direction: Direction?

    @Option(name: .long, help: "published (oldest first), newest, value (smallest first), largest or subject.")
    var sort: ClaimOrder = .published

    @Option(name: .long, help: "At most this many claims.")
    var limit: Int = 100

    @Option(name: .long, help: "Skip this many claims (for paging).")
    var offset: Int = 0

    @Flag(name: .long, help: "Include claims a person rejected.")
    var includeRejected = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if offset < 0 { throw ValidationError("--offset cannot be negative") }
    }

    func run() async throws {
        let archive = try await database.openForReading()
        var claimQuery = ClaimQuery()
        claimQuery.text = query
        claimQuery.kind = kind
        claimQuery.metric = metric
        claimQuery.subject = subject
        claimQuery.subjectKey = subject.map(Archive.subjectKey)
        claimQuery.minimum = min?.value
        claimQuery.maximum = max?.value
        claimQuery.since = since?.value
        claimQuery.until = until?.value
        claimQuery.document = document
        claimQuery.origin = origin
        claimQuery.measure = measure
        claimQuery.period = period
        claimQuery.direction = direction
        claimQuery.order = sort
        claimQuery.limit = limit
        claimQuery.offset = offset
        claimQuery.includeRejected = includeRejected
        let claims = try await archive.claims(claimQuery)
        if claims.isEmpty { await FilterHints.report(archive, metric: metric, subject: subject) }
        ClaimRendering.print(claims, format: output.format)
    }
}


struct ClaimsReject: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a claim: it stays stored but is left out of claims, xref, trace and export.",
        discussion: """
            Example:
              dossier claims reject 42 --reason "the figure is a phone number"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The claim id (from `dossier claims`).")
    var id: Int64

    @Option(name: .long, help: "Why, for the record.")
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("Who judges, for the record (default: $DOSSIER_AUTHOR).", valueName: "name"))
    var by: String?

    func run() async throws {
        let archive = try await database.open()
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            guard try await archive.rejectClaim(id, reason: reason, author: ClaimJudgement.author(by)) else { throw DossierFailure(message: "no claim with id \(id)") }
            try await ClaimJudgement.report(id, archive: archive, output: output, verb: "rejected")
        }
    }
}

struct ClaimsCorrect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a claim's value, metric or subject; the machine's claim is kept beside it.",
        discussion: """
            Examples:
              dossier claims correct 57 --value '$25M'
              dossier claims correct 57 --value '1M-10M' --reason "the complaint gives a range"
              dossier claims correct 12 --metric valuation --subject Anthropic
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The claim id (from `dossier claims`).")
    var id: Int64

    @Option(name: .long, help: "The right value (25M, $1.5bn, 10%) or range (1M-10M, 2..4).")
    var value: String?

    @Option(name: .long, help: "The right metric (cost, valuation, revenue, …).")
    var metric: String?

    @Option(name: .long, help: "The right subject.")
    var subject: String?

    @Option(name: .long, help: "Why, for the record.")
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("Who judges, for the record (default: $DOSSIER_AUTHOR).", valueName: "name"))
    var by: String?

    func validate() throws {
        if value == nil, metric == nil, subject == nil {
            throw ValidationError("say what to correct: --value, --metric or --subject")
        }
        if let value, CorrectedValue(value) == nil {
            throw ValidationError("cannot read --value '\(value)' as a figure or a range (try 25M, $1.5bn, 10%, 1M-10M)")
        }
    }

    func run() async throws {
        let archive = try await database.open()
        // Closed whatever happens: closing checkpoints the WAL before the process exits.
        try await archive.closing { archive in
            var correction = CorrectionInput(metric: metric, subject: subject, reason: reason, author: ClaimJudgement.author(by))
            if let value, let parsed = CorrectedValue(value) { correction = parsed.applied(to: correction) }
            guard try await archive.correctClaim(id, correction) else { throw DossierFailure(message: "no claim with id \(id)") }
            try await ClaimJudgement.report(id, archive: archive, output: output, verb: "corrected")
        }
    }
}

/// Shared by `claims reject` and `claims correct`.
enum ClaimJudgement {
    /// `--by`, else `DOSSIER_AUTHOR`, else nobody named.
    static func author(_ by: String?) -> String? {
        let name = (by ?? ProcessInfo.processInfo.environment["DOSSIER_AUTHOR"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        return name?.isEmpty == false ? name : nil
    }

    static func report(_ id: Int64, archive: Archive, output: OutputOptions, verb: String) async throws {
        guard let claim = try await archive.claim(id: id) else { return }
        if output.format == .table {
            Terminal.writeStderr("\(verb) claim \(id); the machine's claim is kept and the judgement survives re-extraction\n")
        }
        ClaimRendering.print([claim], format: output.format)
    }
}

/// Stored claims in each output format (shared by `claims`, `trace`, `show`).
enum ClaimRendering {
    static func print(_ claims: [StoredClaim], format: OutputFormat) {
        switch format {
        case .json:
            Swift.print(Renderer.json(claims.map(ClaimOutput.init)))
        case .jsonl:
            for c in claims { Swift.print(Renderer.jsonLine(ClaimOutput(c))) }
        case .csv:
            let headers = ["id", "document", "kind", "text", "value", "low", "high", "currency", "unit", "date", "qualifier",
                           "metric", "subject", "attribution", "sentence", "start", "end", "origin", "title", "publisher",
                           "published", "url", "location", "measure", "period", "direction", "as_of", "per", "page"]
            Swift.print(Renderer.csv(headers: headers, rows: claims.map { s in
                let c = s.claim
                func n(_ d: Double?) -> String { d.map(FigureFormat.number) ?? "" }
                return [String(s.id), String(s.document), c.kind.rawValue, c.text, n(c.value), n(c.low), n(c.high),
                        c.currency ?? "", c.unit ?? "", c.date ?? "", c.qualifier.rawValue, c.metric ?? "", c.subject ?? "",
                        c.attribution ?? "", c.sentence, String(c.start), String(c.end), c.origin.rawValue,
                        s.source.title ?? "", s.source.publisher ?? "", s.source.published ?? "", s.source.url ?? "",
                        s.source.location ?? "", c.measure ?? "", c.period ?? "", c.direction?.rawValue ?? "", s.asOf ?? "", c.per ?? "",
                        s.source.page.map(String.init) ?? ""]
            }))
        case .table:
            if claims.isEmpty {
                Terminal.writeStderr("no claims match\n")
                return
            }
            Swift.print(Renderer.table(
                headers: ["id", "figure", "metric", "measure", "subject", "period", "source", "evidence"],
                rows: claims.map { s in
                    [String(s.id), FigureFormat.describe(s.claim), s.claim.metric ?? "", measureText(s.claim), s.claim.subject ?? "",
                     s.claim.period ?? "",
                     source(s.source), marked(s.claim)]
                },
                maxWidth: 32
            ))
        }
    }

    /// The measure with the change's direction ("revenue up", "job down").
    static func measureText(_ claim: Claim) -> String {
        let arrow = claim.direction.map { $0 == .up ? " up" : " down" } ?? ""
        return (claim.measure ?? "") + arrow
    }

    /// `Publisher · 2025-03-14 · Title`; for a claim in a PDF its page before the title
    /// (`2025-03-14 · p. 12 · Title`), so a narrow column that clips the title keeps the page.
    static func source(_ s: ClaimSource) -> String {
        [s.publisher, s.published.map { String($0.prefix(10)) }, s.page.map { "p. \($0)" }, s.title].compactMap { $0 }.joined(separator: " · ")
    }

    /// The sentence with the figure's span marked.
    static func marked(_ claim: Claim) -> String {
        guard !claim.text.isEmpty, let range = claim.sentence.range(of: claim.text) else { return claim.sentence }
        let figure = Terminal.colorStdout ? "\u{1B}[1;33m\(claim.text)\u{1B}[0m" : "**\(claim.text)**"
        return claim.sentence.replacingCharacters(in: range, with: figure)
    }
}
