/// Citations a colleague can follow: `name:relative/path` for a file under a named import root,
/// instead of this machine's absolute path.
public struct SourceNames: Sendable, Equatable {
    /// (root, name), longest root first, so a root inside another cites by the inner one.
    private let roots: [(root: String, name: String)]

    public static func == (a: SourceNames, b: SourceNames) -> Bool {
        a.roots.map(\.root) == b.roots.map(\.root) && a.roots.map(\.name) == b.roots.map(\.name)
    }

    /// `names` by root; a root without a name is cited by its last path component.
    public init(roots: [String], names: [String: String]) {
        self.roots = roots.map { ($0, names[$0] ?? Self.defaultName(for: $0)) }.sorted { $0.root.count > $1.root.count }
    }

    /// The citation of a location (`/abs/path` or `/abs/path#part`), nil when no root holds it.
    public func cite(_ location: String?) -> String? {
        guard let location else { return nil }
        for (root, name) in roots {
            // A file given as a root is cited by its name alone (with its part).
            if location == root || location.hasPrefix(root + "#") { return name + location.dropFirst(root.count) }
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if location.hasPrefix(prefix) { return name + ":" + location.dropFirst(prefix.count) }
        }
        return nil
    }

    /// The location a citation names (`name:relative/path` → `/root/relative/path`), nil when no
    /// root has the name or `citation` is not one.
    public func path(of citation: String) -> String? {
        guard !citation.hasPrefix("/") else { return nil }
        guard let colon = citation.firstIndex(of: ":") else {
            // A file given as a root: `name` or `name#part`.
            let name = citation.split(separator: "#", maxSplits: 1).first.map(String.init) ?? citation
            return roots.first(where: { $0.name == name }).map { $0.root + citation.dropFirst(name.count) }
        }
        let name = String(citation[..<colon]), rest = citation[citation.index(after: colon)...]
        guard let root = roots.first(where: { $0.name == name })?.root else { return nil }
        return rest.isEmpty ? root : (root.hasSuffix("/") ? root : root + "/") + rest
    }

    /// The last component of a root, as a name that `problem(with:)` accepts: letters, digits, `.`,
    /// `_` and `-` kept, the rest `-`, no leading `.` or `-`, at most 56 characters (room for `-N`).
    public static func defaultName(for root: String) -> String {
        let leaf = root.split(separator: "/").last.map(String.init) ?? "root"
        let cleaned = String(leaf.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "-" })
            .drop(while: { $0 == "." || $0 == "-" }).prefix(56)
        return cleaned.isEmpty ? "root" : String(cleaned)
    }

    /// Why `name` cannot name a root, or nil when it can: 1–64 letters, digits, `.`, `_`, `-`, not
    /// starting with `.` or `-`; no `:` or `/`, which a citation uses.
    public static func problem(with name: String) -> String? {
        guard !name.isEmpty, name.count <= 64 else { return "a source name has 1 to 64 characters" }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            return "a source name holds letters, digits, '.', '_' and '-' only (no ':' or '/', which citations use)"
        }
        guard let first = name.first, first != ".", first != "-" else { return "a source name starts with a letter, digit or '_'" }
        return nil
    }
}
