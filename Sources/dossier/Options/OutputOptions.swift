import ArgumentParser

/// How results are printed: a table for people, JSON, JSON Lines or CSV for
/// programs. The same option on every reading command.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json (one array), jsonl (one object per line) or csv.")
    var format: OutputFormat = .table
}
