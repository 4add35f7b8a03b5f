/// Makes part keys unique within a file: feeds repeat guids more often than
/// one would hope.
struct PartKeys {
    private var seen: [String: Int] = [:]

    mutating func key(_ preferred: String?, position: Int) -> String {
        let base = preferred ?? "item-\(position)"
        let count = seen[base, default: 0] + 1
        seen[base] = count
        return count == 1 ? base : base + "#\(count)"
    }
}
