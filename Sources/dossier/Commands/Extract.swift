import ArgumentParser
import DossierKit
import Foundation

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract figures (claims) from text on standard input, as JSON.",
        discussion: """
            Without --jsonl, reads all of standard input as one text and prints a JSON array of claims. \
            With --jsonl, each input line is {"id": …, "text": …} and each output line is \
            {"id": …, "claims": [ … ]}, in input order, streaming.

            Claim fields: kind (money|percent|duration|date|count|multiple|quantity), text, start, end (offsets in \
            Unicode scalars, end exclusive), value, low, high, currency, unit, date, qualifier \
            (exact|approximate|at_least|more_than|at_most|less_than), metric, subject, attribution, measure \
            (the quantity stated, e.g. "cost of sales"), period (ISO 8601), direction (up|down), sentence.

            Examples:
              echo 'Training cost roughly $100 million.' | dossier extract
              echo 'Revenue fell 3% last quarter.' | dossier extract --published 2025-11-04 --explain
              dossier extract --jsonl < sentences.jsonl > claims.jsonl
            """
    )

    @Flag(name: .long, help: "Read and write JSON Lines: {\"id\", \"text\", \"published\"?} in, {\"id\", \"claims\"} out.")
    var jsonl = false

    @Option(name: .long, help: "The document's date (YYYY-MM-DD), for \"last year\", \"on Tuesday\" and dates without a year.")
    var published: DateBound?

    @Flag(name: .long, help: "Print, per figure, the parse path that chose its subject, measure and period (on stderr).")
    var explain = false

    func validate() throws {
        if let p = published, p.value.count != 10 {
            throw ValidationError("--published needs a full date (YYYY-MM-DD), not '\(p.value)'")
        }
    }

    func run() async throws {
        let extractor = ClaimExtractorFacade()
        if !jsonl {
            var input = Data()
            while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty { input.append(chunk) }
            let text = String(decoding: input, as: UTF8.self)
            let claims: [Claim]
            if explain {
                let explained = extractor.explain(text, published: published?.value)
                for (claim, steps) in explained {
                    Terminal.writeStderr("«\(claim.text)» \(claim.kind.rawValue): subject \(claim.subject ?? "-"), measure \(claim.measure ?? "-"), period \(claim.period ?? "-")\n")
                    for step in steps { Terminal.writeStderr("    \(step)\n") }
                }
                claims = explained.map(\.claim)
            } else {
                claims = extractor.extract(text, published: published?.value)
            }
            Self.warnIfLimited(claims, "stdin")
            if !claims.isEmpty, let problem = ClaimExtractorFacade.meaningProblem() {
                Terminal.writeStderr(Terminal.styled("warning:", .yellow, stderr: true) + " \(problem)\n")
            }
            print(Renderer.json(claims.map { ClaimOutput(claim: $0) }))
            return
        }
        let decoder = JSONDecoder()
        var failed = false
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let input = try? decoder.decode(ExtractInput.self, from: Data(line.utf8)) else {
                Terminal.writeStderr("stdin:\(lineNumber): " + Terminal.styled("error:", .red, stderr: true)
                                     + " expected a JSON object with a \"text\" string; line skipped\n")
                print(Renderer.jsonLine(ExtractLine(id: .null, claims: [], error: "line \(lineNumber): not a JSON object with a \"text\" string")))
                failed = true
                continue
            }
            let claims = extractor.extract(input.text, published: input.published ?? published?.value)
            Self.warnIfLimited(claims, "stdin:\(lineNumber)")
            print(Renderer.jsonLine(ExtractLine(id: input.id ?? .null, claims: claims.map { ClaimOutput(claim: $0) }, error: nil)))
        }
        if failed { throw ExitCode(1) }
    }

    static func warnIfLimited(_ claims: [Claim], _ place: String) {
        let limit = ClaimExtractorFacade.claimLimit
        guard claims.count >= limit else { return }
        Terminal.writeStderr("\(place): " + Terminal.styled("warning:", .yellow, stderr: true)
                             + " at least \(limit) figures: only the first \(limit) are listed (is it a data file?)\n")
    }
}

/// One output line of `extract --jsonl`.
struct ExtractLine: Encodable {
    var id: AnyJSON
    var claims: [ClaimOutput]
    var error: String?

    enum CodingKeys: String, CodingKey { case id, claims, error }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(claims, forKey: .claims)
        try c.encodeIfPresent(error, forKey: .error)
    }
}

/// An input line of `extract --jsonl`.
struct ExtractInput: Decodable {
    var id: AnyJSON?
    var text: String
    /// The document's date (ISO 8601), for relative times.
    var published: String?
}
