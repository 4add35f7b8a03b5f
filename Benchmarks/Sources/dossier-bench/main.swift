// dossier-bench: runs Dossier's benchmark suite (see BENCHMARKS.md).
//
//   dossier-bench [--count N]... [--large] [--runs R] [--seed S] [--only import,search,...]
//                 [--dossier PATH] [--sqlite3 PATH] [--work DIR] [--keep]
//   dossier-bench generate --count N --seed S DIR     # the corpus alone
import DossierBenchmarks
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dossier-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let ownFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
var options = BenchmarkOptions(dossier: ownFolder + "/dossier")
var sizes: [Int] = []
var large = false
var generateTo: String?
var generate = false
if arguments.first == "generate" { generate = true; arguments.removeFirst() }

var i = 0
while i < arguments.count {
    let flag = arguments[i]
    let next: String? = i + 1 < arguments.count ? arguments[i + 1] : nil
    func number<T: LosslessStringConvertible>(_: T.Type) -> T {
        guard let next, let n = T(next) else { fail("\(flag) takes a number") }
        return n
    }
    func text() -> String {
        guard let next else { fail("\(flag) needs a value") }
        return next
    }
    var consumed = 2
    switch flag {
    case "--count": sizes.append(number(Int.self))
    case "--runs": options.runs = number(Int.self)
    case "--seed": options.seed = number(UInt64.self)
    case "--search-rounds": options.searchRounds = number(Int.self)
    case "--only": options.only = Set(text().split(separator: ",").map(String.init))
    case "--dossier": options.dossier = text()
    case "--sqlite3": options.sqlite3 = text()
    case "--work": options.work = text()
    case "--large": large = true; consumed = 1
    case "--keep": options.keep = true; consumed = 1
    case "--database": options.database = text()
    case "--wrk": options.wrk = text()
    case "--postgres": options.postgres = text()
    case "--web-seconds": options.webSeconds = number(Int.self)
    case "-h", "--help":
        print("usage: dossier-bench [--count N]... [--large] [--runs R] [--seed S] [--only import,parse,containers,extract,search,reindex,evidence,web,postgres] [--dossier PATH] [--work DIR] [--keep] [--database DB] [--wrk PATH] [--web-seconds S] [--postgres URL]")
        print("       dossier-bench generate [--count N] [--seed S] DIR")
        exit(0)
    default:
        guard generate, generateTo == nil, !flag.hasPrefix("-") else { fail("unknown argument \(flag)") }
        generateTo = flag
        consumed = 1
    }
    i += consumed
}
if let unknown = options.only.subtracting(BenchmarkOptions.all.union(["postgres"])).first { fail("unknown benchmark \(unknown)") }
if options.only.contains("postgres"), options.postgres == nil { fail("--only postgres needs --postgres URL (scripts/postgres-test-server.sh start prints one)") }

if generate {
    guard let generateTo else { fail("generate needs a folder") }
    let summary = try CorpusGenerator(seed: options.seed, count: sizes.first ?? 1000).write(to: generateTo)
    print("\(summary.files) files, \(summary.documents) documents, \(summary.fileBytes) bytes")
    exit(0)
}
options.sizes = sizes.isEmpty ? [10_000] : sizes
if large { options.sizes.append(100_000) }
guard FileManager.default.isExecutableFile(atPath: options.dossier) else {
    fail("no dossier binary at \(options.dossier); build it (swift build -c release --product dossier) or pass --dossier")
}
do {
    let report = try BenchmarkSuite.run(options) { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    print(report)
} catch {
    fail("\(error)")
}
