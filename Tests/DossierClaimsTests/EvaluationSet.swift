import DossierModel
import Foundation

/// One figure a careful reader expects in an evaluation sentence.
///
/// Mirrors the fields of ``Claim`` that the scorer compares; see
/// `Evaluation/README.md` for the conventions behind each value.
struct ExpectedClaim: Codable, Sendable, Equatable {
    var kind: FigureKind
    /// The exact span: the figure with its currency, scale and unit words, never
    /// the qualifier ("about", "up to", "~", "+").
    var text: String
    var value: Double?
    var low: Double?
    var high: Double?
    var currency: String?
    var unit: String?
    var date: String?
    var qualifier: Qualifier
    var metric: String?
    var subject: String?
    var attribution: String?
    /// Claim meaning (cases with `published` only): see the README's conventions.
    var measure: String?
    var period: String?
    var direction: String?
    var per: String?
    /// A figure a reasonable extractor may or may not report: not a miss when
    /// absent, not a false positive when present.
    var optional: Bool
    /// Which occurrence of ``text`` in the sentence (0-based) when it repeats.
    var occurrence: Int

    private enum CodingKeys: String, CodingKey {
        case kind, text, value, low, high, currency, unit, date, qualifier
        case metric, subject, attribution, optional, occurrence, measure, period, direction, per
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(FigureKind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        low = try c.decodeIfPresent(Double.self, forKey: .low)
        high = try c.decodeIfPresent(Double.self, forKey: .high)
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
        metric = try c.decodeIfPresent(String.self, forKey: .metric)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        attribution = try c.decodeIfPresent(String.self, forKey: .attribution)
        optional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
        occurrence = try c.decodeIfPresent(Int.self, forKey: .occurrence) ?? 0
        measure = try c.decodeIfPresent(String.self, forKey: .measure)
        period = try c.decodeIfPresent(String.self, forKey: .period)
        direction = try c.decodeIfPresent(String.self, forKey: .direction)
        per = try c.decodeIfPresent(String.self, forKey: .per)
    }

    /// Whether the figure is a range (it has a low or a high end).
    var isRange: Bool { low != nil || high != nil }
}

/// One sentence (or short passage) of the evaluation set with its expected claims.
struct EvaluationCase: Codable, Sendable {
    var id: String
    var text: String
    var claims: [ExpectedClaim]
    /// The file the case comes from, without extension (`wire`, `filings`, …).
    var style: String = ""
    /// The imagined article's date: the case is labelled for measure, period and direction too.
    var published: String?

    private enum CodingKeys: String, CodingKey { case id, text, claims, published }

    /// Offsets of an expected span in Unicode scalars of ``text`` (end
    /// exclusive), the same unit as ``Claim/start``; nil when it does not occur.
    func scalarRange(of claim: ExpectedClaim) -> Range<Int>? {
        let haystack = Array(text.unicodeScalars)
        let needle = Array(claim.text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            if seen == claim.occurrence { return start..<(start + needle.count) }
            seen += 1
        }
        return nil
    }
}

extension EvaluationCase {
    /// Whether the scalars just outside `range` are not letters or digits, so a
    /// span never cuts a word or number in half.
    func isWordBoundary(_ range: Range<Int>) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func isWordScalar(_ i: Int) -> Bool {
            guard scalars.indices.contains(i) else { return false }
            return scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil
        }
        return !isWordScalar(range.lowerBound - 1) && !isWordScalar(range.upperBound)
    }
}

/// Why an evaluation file could not be read.
struct EvaluationSetError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
}

/// The evaluation set: every `*.jsonl` file of a folder, one case per line.
struct EvaluationSet: Sendable {
    var cases: [EvaluationCase]

    /// Reads every `*.jsonl` file in `directory`, in file-name order.
    static func load(directory: URL) throws -> EvaluationSet {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".jsonl") }
            .sorted()
        var cases: [EvaluationCase] = []
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let style = String(name.dropLast(".jsonl".count))
            cases += try parse(jsonl: String(decoding: data, as: UTF8.self), style: style, file: name)
        }
        return EvaluationSet(cases: cases)
    }

    /// Parses JSON Lines text; blank lines are skipped.
    static func parse(jsonl: String, style: String, file: String = "<input>") throws -> [EvaluationCase] {
        let decoder = JSONDecoder()
        var cases: [EvaluationCase] = []
        for (index, line) in jsonl.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                var item = try decoder.decode(EvaluationCase.self, from: Data(trimmed.utf8))
                item.style = style
                cases.append(item)
            } catch {
                throw EvaluationSetError(file: file, line: index + 1, message: "\(error)")
            }
        }
        return cases
    }

    /// The set shipped with the test target (`resources: [.copy("Evaluation")]`).
    static func bundled() throws -> EvaluationSet {
        guard let url = Bundle.module.url(forResource: "Evaluation", withExtension: nil) else {
            throw EvaluationSetError(file: "Evaluation", line: 0, message: "resource folder missing from the bundle")
        }
        return try load(directory: url)
    }
}

// MARK: - Validation

extension EvaluationSet {
    /// Units a duration may carry, singular.
    static let durationUnits: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "quarter", "year",
    ]

    /// Every inconsistency in the data, as `id: message` lines; empty when clean.
    func problems() -> [String] {
        var problems: [String] = []
        var ids: Set<String> = []
        var texts: Set<String> = []
        for item in cases {
            if !ids.insert(item.id).inserted { problems.append("\(item.id): duplicate id") }
            if !texts.insert(item.text).inserted { problems.append("\(item.id): duplicate text") }
            if !item.id.hasPrefix(item.style + "-") {
                problems.append("\(item.id): id does not start with its file's style '\(item.style)-'")
            }
            if item.text.isEmpty { problems.append("\(item.id): empty text") }
            var taken: [Range<Int>] = []
            for claim in item.claims {
                let label = "\(item.id) «\(claim.text)»"
                problems += Self.fieldProblems(claim).map { "\(label): \($0)" }
                guard let range = item.scalarRange(of: claim) else {
                    problems.append("\(label): span (occurrence \(claim.occurrence)) not in text")
                    continue
                }
                if !item.isWordBoundary(range) {
                    problems.append("\(label): span starts or ends inside a word")
                }
                if !claim.optional {
                    if taken.contains(where: { $0.overlaps(range) }) {
                        problems.append("\(label): overlaps another expected span")
                    }
                    taken.append(range)
                }
                for (field, words) in [("subject", claim.subject), ("attribution", claim.attribution)] {
                    if let words, item.text.range(of: words, options: .caseInsensitive) == nil {
                        problems.append("\(label): \(field) '\(words)' not in text")
                    }
                }
            }
        }
        return problems
    }

    /// Field consistency of one claim, independent of its sentence.
    static func fieldProblems(_ claim: ExpectedClaim) -> [String] {
        var problems: [String] = []
        if claim.kind == .money {
            if let code = claim.currency {
                if code.count != 3 || code.uppercased() != code { problems.append("currency '\(code)' is not ISO 4217") }
            } else {
                problems.append("money without currency")
            }
        } else if claim.currency != nil {
            problems.append("currency on a \(claim.kind.rawValue)")
        }
        if claim.kind == .date {
            if let date = claim.date {
                if !isPartialISODate(date) { problems.append("date '\(date)' is not partial ISO 8601") }
            } else {
                problems.append("date claim without date")
            }
            if claim.value != nil || claim.isRange { problems.append("date claim with a value") }
        } else {
            if claim.date != nil { problems.append("date on a \(claim.kind.rawValue)") }
            if claim.isRange {
                if let low = claim.low, let high = claim.high {
                    if low > high { problems.append("range low > high") }
                } else {
                    problems.append("range needs both low and high")
                }
                if claim.value != nil { problems.append("a pure range has a null value") }
            } else if claim.value == nil {
                problems.append("no value")
            }
        }
        switch claim.kind {
        case .duration:
            if !durationUnits.contains(claim.unit ?? "") { problems.append("duration unit '\(claim.unit ?? "nil")'") }
            if claim.metric != Metric.time.rawValue { problems.append("duration metric must be 'time'") }
        case .count:
            if (claim.unit ?? "").isEmpty { problems.append("count without the counted noun") }
        case .quantity:
            if (claim.unit ?? "").isEmpty { problems.append("quantity without its unit") }
        case .money, .percent, .multiple, .date:
            if claim.unit != nil { problems.append("unit on a \(claim.kind.rawValue)") }
        }
        if let metric = claim.metric, Metric(rawValue: metric) == nil { problems.append("unknown metric '\(metric)'") }
        return problems
    }

    /// `2025`, `2025-03`, `2025-03-14`, `2025-Q3` or `2025-H1`.
    static func isPartialISODate(_ text: String) -> Bool {
        // Year-less forms, as the extractor writes them without a document date: --09, --03-14, --Q3.
        if text.hasPrefix("--") {
            let rest = text.dropFirst(2)
            if rest.hasPrefix("Q"), let q = Int(rest.dropFirst()) { return (1...4).contains(q) }
            let parts = rest.split(separator: "-").compactMap { Int($0) }
            return (parts.count == 1 || parts.count == 2) && (1...12).contains(parts[0]) && (parts.count == 1 || (1...31).contains(parts[1]))
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, year.count == 4, Int(year) != nil else { return false }
        switch parts.count {
        case 1: return true
        case 2:
            let p = parts[1]
            if p.count == 2, let month = Int(p) { return (1...12).contains(month) }
            if p.count == 2, p.first == "Q", let q = Int(p.dropFirst()) { return (1...4).contains(q) }
            if p.count == 2, p.first == "H", let h = Int(p.dropFirst()) { return (1...2).contains(h) }
            return false
        case 3:
            guard parts[1].count == 2, parts[2].count == 2,
                  let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
            return (1...12).contains(month) && (1...31).contains(day)
        default: return false
        }
    }
}
