import DossierModel
import Foundation

/// True and false positives and negatives, with precision, recall and F1.
struct Tally: Sendable, Equatable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}

/// How often one field of matched claims is right.
struct Accuracy: Sendable, Equatable {
    var correct = 0
    var total = 0
    var value: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    mutating func record(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }
}

/// An expected claim paired with the predicted claim that matched it.
struct ClaimPair: Sendable {
    var expected: Int
    var predicted: Int
}

/// The scored result for one case: which claims matched, were missed or invented.
struct CaseOutcome: Sendable {
    var item: EvaluationCase
    var predicted: [Claim]
    var matches: [ClaimPair]
    /// Indices of non-optional expected claims nothing matched.
    var missed: [Int]
    /// Indices of predicted claims that matched nothing and overlap no optional claim.
    var spurious: [Int]
}

/// Matches predicted claims against expected ones and tallies the results.
///
/// A match is the same kind, spans that overlap, and the same value, low and
/// high within ``tolerance`` (relative) — or, for dates, the same ISO date.
/// Pure logic with no test-framework dependency, so a CLI can reuse it.
struct EvaluationScorer: Sendable {
    /// Relative tolerance on value, low and high.
    var tolerance = 0.005

    /// Runs `extract` over every case and scores the result.
    func score(_ set: EvaluationSet, extract: (String) -> [Claim]) -> EvaluationReport {
        score(set) { text, _ in extract(text) }
    }

    /// Runs `extract` over every case, with the case's date, and scores the result.
    func score(_ set: EvaluationSet, extract: (String, String?) -> [Claim]) -> EvaluationReport {
        var outcomes: [CaseOutcome] = []
        var spanOnly = Tally()
        for item in set.cases {
            var predicted = extract(item.text, item.published)
            // The older cases predate index points as a quantity ("rose 304 points" is a count there).
            if item.published == nil {
                for i in predicted.indices where predicted[i].kind == .quantity && predicted[i].unit == "point" {
                    predicted[i].kind = .count
                    predicted[i].unit = "points"
                }
            }
            outcomes.append(outcome(for: item, predicted: predicted, requireValue: true))
            let loose = outcome(for: item, predicted: predicted, requireValue: false)
            spanOnly.truePositives += loose.matches.filter { !item.claims[$0.expected].optional }.count
            spanOnly.falsePositives += loose.spurious.count
            spanOnly.falseNegatives += loose.missed.count
        }
        return EvaluationReport(outcomes: outcomes, spanOnly: spanOnly, scorer: self)
    }

    /// Scores one case; `requireValue: false` matches on kind and span alone.
    func outcome(for item: EvaluationCase, predicted: [Claim], requireValue: Bool = true) -> CaseOutcome {
        let ranges = item.claims.map { item.scalarRange(of: $0) }
        var candidates: [[Int]] = item.claims.indices.map { i in
            guard let range = ranges[i] else { return [] }
            return predicted.indices.filter { j in
                let p = predicted[j]
                return p.kind == item.claims[i].kind && range.overlaps(p.start..<max(p.end, p.start + 1))
                    && (!requireValue || agrees(item.claims[i], p))
            }
        }
        // Prefer the tightest span first so greedy augmenting paths pick natural pairs.
        for i in candidates.indices {
            candidates[i].sort { predicted[$0].end - predicted[$0].start < predicted[$1].end - predicted[$1].start }
        }
        // Maximum bipartite matching (Kuhn); required claims first, so optional
        // ones can only absorb predictions that nothing else wanted.
        var owner = [Int?](repeating: nil, count: predicted.count)
        let order = item.claims.indices.sorted { !item.claims[$0].optional && item.claims[$1].optional }
        for i in order {
            var visited = Set<Int>()
            _ = augment(i, candidates, &owner, &visited)
        }
        var matches: [ClaimPair] = []
        for (j, i) in owner.enumerated() { if let i { matches.append(ClaimPair(expected: i, predicted: j)) } }
        matches.sort { $0.expected < $1.expected }
        let matchedExpected = Set(matches.map(\.expected))
        let missed = item.claims.indices.filter { !item.claims[$0].optional && !matchedExpected.contains($0) }
        let optionalRanges = item.claims.indices.filter { item.claims[$0].optional }.compactMap { ranges[$0] }
        let spurious = predicted.indices.filter { j in
            owner[j] == nil && !optionalRanges.contains { $0.overlaps(predicted[j].start..<max(predicted[j].end, predicted[j].start + 1)) }
        }
        return CaseOutcome(item: item, predicted: predicted, matches: matches, missed: missed, spurious: spurious)
    }

    private func augment(_ i: Int, _ candidates: [[Int]], _ owner: inout [Int?], _ visited: inout Set<Int>) -> Bool {
        for j in candidates[i] where visited.insert(j).inserted {
            if owner[j] == nil || augment(owner[j]!, candidates, &owner, &visited) {
                owner[j] = i
                return true
            }
        }
        return false
    }

    /// Whether a prediction carries the expected value (or range, or date).
    func agrees(_ expected: ExpectedClaim, _ predicted: Claim) -> Bool {
        if expected.kind == .date {
            guard let want = expected.date, let got = predicted.date else { return false }
            return want.uppercased() == got.uppercased()
        }
        return close(expected.value, predicted.value) && close(expected.low, predicted.low)
            && close(expected.high, predicted.high)
    }

    /// Both absent, or both present and within ``tolerance`` of each other.
    func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (a?, b?):
            if a == b { return true }
            return abs(a - b) <= tolerance * max(abs(a), abs(b))
        default: return false
        }
    }

    // MARK: Field comparisons

    /// Measures agree on their head word: the last word before the first "of", "for", "on", "in" or
    /// "per", case folded, a trailing "s" dropped (`cost of sales` and `costs` share `cost`).
    static func sameMeasureHead(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, let x = measureHead(a), let y = measureHead(b) else { return false }
        return x == y
    }

    static func measureHead(_ measure: String) -> String? {
        var words: [String] = []
        for w in measure.lowercased().split(separator: " ").map(String.init) {
            if ["of", "for", "on", "in", "per"].contains(w) { break }
            words.append(w)
        }
        guard var head = words.last else { return nil }
        if head.hasSuffix("s") && head.count > 3 { head.removeLast() }
        return head
    }

    /// Units compare case-insensitively without a trailing "s" (`months` = `month`).
    static func sameUnit(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        func norm(_ s: String) -> String {
            let t = s.lowercased().trimmingCharacters(in: .whitespaces)
            return t.hasSuffix("s") ? String(t.dropLast()) : t
        }
        return norm(a) == norm(b)
    }

    /// Names match when one's words appear, in order and contiguous, in the other's
    /// (case-insensitive, punctuation and a leading "the" ignored).
    static func sameName(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return contains(x, y) || contains(y, x)
    }

    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words
    }

    private static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        guard inner.count <= outer.count else { return false }
        return (0...(outer.count - inner.count)).contains { outer[$0..<($0 + inner.count)].elementsEqual(inner) }
    }
}
