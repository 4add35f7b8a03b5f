public import DossierModel

/// Finds every checkable figure in a text. (Placeholder until the scanner lands.)
public struct ClaimExtractor: Sendable {
    /// Bump when a change would alter extracted claims, so `reindex` re-extracts.
    public static let version = 1

    public init() {}

    public func extract(from text: String) -> [Claim] { [] }
}
