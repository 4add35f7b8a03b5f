// Claims extractor benchmark and probe. Build and run with ./run.sh (see there).
import DossierClaims
import DossierModel
#if canImport(Glibc)
import Glibc
#endif

/// Prose in the styles the extractor meets: wire, tech press, filings, with traps.
let paragraphs = [
    "Anthropic raised $13 billion in a Series F round that valued the AI company at $183 billion, according to people familiar with the matter. The startup's annualized revenue run rate topped $5 billion in August, up from roughly $1 billion at the start of the year.",
    "Training GPT-4 class models cost roughly $100 million in compute. Extracting a comparable model? Estimates put it at 0.1% to 1% of that cost, researchers said on Tuesday.",
    "Net sales increased 8% to $94.9 billion in the third quarter of fiscal 2025, compared with $87.6 billion a year earlier. Operating expenses were $14.2 billion, or 15.0% of net sales.",
    "The European Commission fined the company €2.42 billion ($2.7 billion) in 2017 for abusing its dominance in search, and the appeal could take another 18 to 24 months.",
    "Nvidia shipped about 3.76 million H100 GPUs last year, analysts at Morgan Stanley estimate, while the iPhone 15 and Boeing 737 MAX were unaffected. Call 555-123-4567 before 5 p.m. or visit 1600 Pennsylvania Avenue.",
    "The plant, which will employ 1,200 people when it opens in mid-2026, will cost between $5 billion and $8 billion over the next three years; the governor's office said the state would contribute up to $500 million.",
    "Shares fell 4.2% to $182.35 in early trading on March 14, 2025, erasing more than $90 billion in market value. The Federal Reserve raised rates by 25 basis points, the tenth increase since 2022.",
    "Item 7. Management's Discussion and Analysis. As of December 31, 2024, we had approximately 12,500 full-time employees and 3.4 million subscribers; revenue grew 2.5x over the past two years.",
]

/// Prose without figures: most sentences of a news story or a filing.
let plain = [
    "The company's chief executive told employees in a memo that the reorganization would let teams move faster and focus on the products customers use most, while the board said it remained confident in the strategy.",
    "Regulators in Brussels and Washington have been examining whether the partnership gives the larger firm effective control of the smaller one, a question that has drawn comment from rivals, academics and consumer groups.",
    "People familiar with the discussions cautioned that the talks were at an early stage and could still fall apart, and a spokeswoman for the startup declined to comment on what she called market speculation.",
    "We depend on third-party suppliers for certain components, and any disruption in their operations, including as a result of natural disasters, geopolitical events or public health crises, could adversely affect our business.",
    "Critics argue that the technology is being deployed faster than anyone can evaluate it, while supporters counter that waiting for certainty would hand the advantage to competitors abroad. — Café owners in Zürich said they were unconvinced.",
]

/// `figureShare` of the paragraphs carry figures; the rest are plain prose.
func corpus(bytes target: Int, figureShare: Int) -> String {
    var out = ""
    out.reserveCapacity(target + 4096)
    var i = 0
    while out.utf8.count < target {
        out += i % 10 < figureShare ? paragraphs[i % paragraphs.count] : plain[i % plain.count]
        out += i % 3 == 2 ? "\n\n" : " "
        i += 1
    }
    return out
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)  // CPU time: the machine is shared
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let args = CommandLine.arguments
if args.count > 1 && args[1] == "dump" {
    // Reads stdin and prints one line per claim: the probe used while developing.
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    for c in ClaimExtractor().extract(from: text) {
        let v = c.value.map { "\($0)" } ?? "\(c.low ?? .nan)–\(c.high ?? .nan)"
        print("[\(c.kind.rawValue)] \"\(c.text)\" \(c.start)-\(c.end) v=\(v) cur=\(c.currency ?? "-") unit=\(c.unit ?? "-") date=\(c.date ?? "-") q=\(c.qualifier.rawValue) metric=\(c.metric ?? "-") subj=\(c.subject ?? "-") attr=\(c.attribution ?? "-")")
    }
    exit(0)
}

let size = args.count > 1 ? Int(args[1]) ?? 50_000_000 : 50_000_000
let extractor = ClaimExtractor()
// Plain: no figures at all. Typical: a third of paragraphs carry figures (news, filings). Dense: every paragraph does.
let only = args.count > 2 ? args[2] : nil
for (name, share) in [("plain", 0), ("typical", 3), ("dense", 10)] where only == nil || only == name {
    let text = corpus(bytes: size, figureShare: share)
    _ = extractor.extract(from: String(text.prefix(100_000)))
    var best = Double.infinity
    var count = 0
    for _ in 0..<3 {
        let t0 = now()
        count = extractor.extract(from: text).count
        best = min(best, now() - t0)
    }
    let mb = Double(text.utf8.count) / 1_000_000
    let rate = (mb / best).rounded()
    print("\(name): \((mb * 10).rounded() / 10) MB in \((best * 1000).rounded() / 1000) s (best of 3): \(Int(rate)) MB/s, \(count) claims")
}
