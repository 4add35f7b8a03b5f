/// Decides which claims are about the same subject: the extractor's
/// normalisation ("Anthropic PBC" and "the AI company Anthropic" → `anthropic`)
/// followed by the user's aliases (`dossier alias add`).
///
/// The normalisation is passed in because it lives in the claims extractor,
/// which this layer does not depend on.
public struct SubjectResolver: Sendable {
    /// Normalises a subject as written into its grouping key.
    public var normalize: @Sendable (String) -> String
    /// Alias key (normalised) → the subject it stands for, as written by the user.
    public var aliases: [String: String]

    public init(normalize: @escaping @Sendable (String) -> String, aliases: [String: String] = [:]) {
        self.normalize = normalize
        self.aliases = aliases
    }

    /// Lower-cased, spaces collapsed: enough for tests and for callers without an extractor.
    public static let plain = SubjectResolver(normalize: { subject in
        subject.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    })

    /// The grouping key of a subject, after following aliases (at most a few
    /// hops, so an alias cycle cannot loop).
    public func key(_ subject: String) -> String {
        var key = normalize(subject)
        var seen: Set<String> = [key]
        for _ in 0..<4 {
            guard let target = aliases[key] else { break }
            let next = normalize(target)
            guard seen.insert(next).inserted else { break }
            key = next
        }
        return key
    }

    /// The name to show for a group: the alias target when the key came from
    /// an alias the user chose, else nil (the caller picks the commonest spelling).
    public func preferredName(forKey key: String) -> String? {
        aliases.values.first { normalize($0) == key }
    }

    /// The same resolver, remembering each subject's key: for one pass over many claims.
    func memoized() -> SubjectResolver {
        let cache = KeyCache()
        let normalize = self.normalize
        var copy = self
        copy.normalize = { subject in
            if let key = cache.keys[subject] { return key }
            let key = normalize(subject)
            cache.keys[subject] = key
            return key
        }
        return copy
    }
}

/// Keys already computed by a ``SubjectResolver/memoized()`` resolver. Used by one pass on one
/// thread, never shared across tasks.
private final class KeyCache: @unchecked Sendable {
    var keys: [String: String] = [:]
}
