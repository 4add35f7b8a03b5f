/// The JSON every front end prints: pretty, keys sorted, slashes unescaped, so the command line,
/// the web API and golden files agree byte for byte. The shapes are documented in README.md
/// (search hits, claims, documents, facts) and on `EvidenceJSON` (xref, trace, export).
public enum ArchiveJSON {
    /// One value, pretty-printed (`--format json`).
    public static func pretty<T: Encodable>(_ value: T) -> String { EvidenceJSON.encode(value) }

    /// One value on one line (`--format jsonl`).
    public static func line<T: Encodable>(_ value: T) -> String { EvidenceJSON.encode(value, pretty: false) }
}
