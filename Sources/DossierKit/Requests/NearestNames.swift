/// "Did you mean …?" for a mistyped command, metric or subject: the known names within a small edit
/// distance of what was typed (or starting with it), closest first.
public enum NearestNames {
    public static func closest(to typed: String, among names: [String], limit: Int = 3) -> [String] {
        let lowered = typed.lowercased()
        let scored = names.map { name in (name, distance(lowered, name.lowercased())) }
        let allowed = max(2, lowered.count / 3)
        return scored.filter { $0.1 <= allowed || $0.0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.0.lowercased()) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit).map(\.0)
    }

    /// Levenshtein distance, with a swap of neighbours counted as one edit ("serach").
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[x.count][y.count]
    }

    /// " Did you mean search?" or "" when nothing is close.
    public static func hint(for typed: String, among names: [String]) -> String {
        let close = closest(to: typed, among: names)
        guard !close.isEmpty else { return "" }
        return " Did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
