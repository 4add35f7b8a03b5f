/// A user's alias: claims whose subject normalises to `key` are grouped under `subject`.
public struct SubjectAlias: Sendable, Equatable, Codable {
    /// The normalised alias (what subjects are matched on).
    public var key: String
    /// The alias as the user typed it.
    public var alias: String
    /// The subject it stands for.
    public var subject: String

    public init(key: String, alias: String, subject: String) {
        self.key = key
        self.alias = alias
        self.subject = subject
    }
}
