import ArgumentParser
import DossierKit
import Foundation

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a sourced fact sheet: every figure with its quote, citation and xref verdict.",
        discussion: """
            Groups the figures by subject and metric with the xref verdict (conflicts shown, not hidden). \
            Every figure carries its value, qualifier, subject, metric, the quote it rests on and a citation: \
            title, publisher, date, URL or path, and the figure's character offsets in the document.
              md    Markdown with footnote citations ([^1])
              csv   one claim per row with all fields (RFC 4180)
              json  the documented shape (see EvidenceJSON in DossierQuery)
              html  one self-contained page, no external assets; open it in a browser and print

            The sheet says when it was made; set SOURCE_DATE_EPOCH for a fixed date (reproducible output).

            Examples:
              dossier export --subject Anthropic --format md
              dossier export --metric valuation --format html -o valuation.html
              dossier export 'extraction' --format csv -o extraction.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Keep groups with at least one evidence sentence matching this full-text query.")
    var query: String?

    @Option(name: .long, help: "Only this subject (aliases and normalisation apply).")
    var subject: String?

    @Option(name: .long, help: "Only this metric (cost, valuation, revenue, …).")
    var metric: String?

    @Option(name: .long, help: "md, csv, json or html.")
    var format: FactSheetFormat = .md

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var outputFile: String?

    @Option(name: .long, help: "The sheet's title.")
    var title: String = "Fact sheet"

    func run() async throws {
        let archive = try await database.openForReading()
        let sheet = try await archive.factSheet(EvidenceRequest(text: query, subject: subject, metric: metric),
                                                title: title, generatedAt: FactSheetFormat.generatedAt())
        if sheet.claimCount == 0 { Terminal.warning("no claims match; the fact sheet is empty") }
        // Written as it is made (a whole archive's sheet is too large to hold as one string).
        let write: ((String) -> Void) -> Void = { emit in format.write(sheet, emit) }
        guard let outputFile else {
            var out = ChunkedOutput(FileHandle.standardOutput)
            write { out.append($0) }
            try out.finish("standard output")
            return
        }
        // A regular file is replaced whole (never half-written); a device, FIFO or symlink is written through.
        try OutputFile(path: outputFile).write(write)
        Terminal.writeStderr("wrote \(outputFile): \(sheet.claimCount) figures in \(sheet.groups.count) groups\n")
    }
}

/// Text written to a file handle in blocks of about 64 KB, not one write per piece. A failed
/// write (a full disk, a closed pipe) is kept, later writes skipped, and reported by `finish()`.
struct ChunkedOutput {
    let handle: FileHandle
    var buffer = Data()
    private(set) var failure: (any Error)?

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if failure == nil {
            do { try handle.write(contentsOf: buffer) } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and throws the first write error, naming `destination`.
    mutating func finish(_ destination: String) throws {
        flush()
        if let failure {
            let reason = (failure as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" } ?? failure.localizedDescription
            throw DossierFailure(message: "cannot write \(destination): \(reason)")
        }
    }
}
