#if canImport(Glibc)
import Glibc
#endif

/// The files an import root leaves out: `dossier import --exclude GLOB`,
/// stored with the root so `reindex` leaves out the same files.
///
/// A pattern without a slash is matched against every file and folder name
/// under the root (`*.json`, `drafts`, `README.md`); a folder it matches is
/// not entered. A pattern with a slash is matched against the path relative
/// to the root (`wire/2019/*`, `*/attachments`), and there `*` crosses
/// folders (`drafts/**` is every file under `drafts`). Shell wildcards: `*`, `?`, `[abc]`.
public struct ExcludeRules: Sendable, Equatable {
    /// The absolute root the relative paths are taken from.
    public var base: String
    public var patterns: [String]

    public init(base: String, patterns: [String]) {
        self.base = base
        // "drafts/" means the folder: the same as "drafts".
        self.patterns = patterns.map { var p = $0; while p.count > 1 && p.hasSuffix("/") { p.removeLast() }; return p }
            .filter { !$0.isEmpty }
        names = self.patterns.filter { !$0.contains("/") }
        paths = self.patterns.filter { $0.contains("/") }.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
    }

    private let names: [String]
    private let paths: [String]

    public var isEmpty: Bool { patterns.isEmpty }

    /// Whether the file or folder `name`, found at absolute `path`, is left out.
    public func excludes(name: String, path: String) -> Bool {
        for pattern in names where fnmatch(pattern, name, 0) == 0 { return true }
        guard !paths.isEmpty else { return false }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard path.hasPrefix(prefix) else { return false }
        let relative = String(path.dropFirst(prefix.count))
        for pattern in paths where fnmatch(pattern, relative, 0) == 0 { return true }
        return false
    }

    /// The stored rules that apply under `root`: those of the source whose
    /// root is `root` or the nearest folder above it.
    static func stored(for root: String, in excludes: [String: [String]]) -> ExcludeRules? {
        let owner = excludes.keys.filter { root == $0 || root.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            .max { $0.count < $1.count }
        return owner.map { ExcludeRules(base: $0, patterns: excludes[$0]!) }
    }
}
