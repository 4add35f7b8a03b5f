/// What a location given by a person (`path`, `path#part`, `archive.zip#member/page.html#item-3`)
/// can mean: a recorded file (or container member) and, optionally, one part of it.
public enum LocationReference {
    /// Every reading of `reference`, the whole of it as a file first; then each `#` in turn
    /// as the start of a part (a member's location holds `#` itself, and so may its part).
    public static func readings(of reference: String) -> [(file: String, part: String?)] {
        var readings: [(file: String, part: String?)] = [(reference, nil)]
        var index = reference.startIndex
        while let hash = reference[index...].firstIndex(of: "#") {
            readings.append((String(reference[..<hash]), String(reference[reference.index(after: hash)...])))
            index = reference.index(after: hash)
        }
        return readings
    }
}
