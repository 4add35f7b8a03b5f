import Foundation
public import DossierStorage

/// The JSON shape of an import root in `dossier sources`: its counts, its
/// own last result as a JSON object (not a string holding JSON), and whether
/// the root is still there.
public struct SourceRecord: Encodable, Sendable {
    public var root: String
    /// The root's name in citations (`name:relative/path`).
    public var name: String
    /// `present`, or `missing` when the folder or file is gone (an unmounted disk, a moved folder).
    public var state: String
    public var files: Int
    public var documents: Int
    public var failed: Int
    public var missing: Int
    public var addedAt: String
    public var lastRunAt: String?
    /// `{"command": "reindex", "counts": {"new": 1, …}}` for this root's last run.
    public var lastResult: AnyJSON?
    public var excludes: [String]

    public init(_ summary: SourceSummary) {
        root = summary.root
        name = summary.name ?? SourceNames.defaultName(for: summary.root)
        var info = stat()
        state = stat(summary.root, &info) == 0 ? "present" : "missing"
        files = summary.files
        documents = summary.documents
        failed = summary.failed
        missing = summary.missing
        addedAt = summary.addedAt
        lastRunAt = summary.lastRunAt
        lastResult = summary.lastResult.flatMap { try? JSONDecoder().decode(AnyJSON.self, from: Data($0.utf8)) }
        excludes = summary.excludes
    }

    /// `reindex: 1 new, 3 unchanged` for a table.
    public var resultLine: String {
        guard case .object(let object)? = lastResult, case .string(let command)? = object["command"],
              case .object(let counts)? = object["counts"] else { return "" }
        let parts = counts.sorted { $0.key < $1.key }.compactMap { key, value -> String? in
            guard case .int(let n) = value else { return nil }
            return "\(n) \(key)"
        }
        return command + ": " + parts.joined(separator: ", ")
    }
}
