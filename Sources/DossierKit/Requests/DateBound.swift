/// A date bound for `--since`/`--until`: `2025`, `2025-03` or `2025-03-14`.
public struct DateBound: Sendable, Equatable {
    public var value: String

    public init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil } }
        if parts.count == 3 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil } }
        value = argument
    }

    public static var defaultValueDescription: String { "YYYY[-MM[-DD]]" }
}
