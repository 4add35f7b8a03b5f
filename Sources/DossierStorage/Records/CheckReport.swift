/// What `dossier check` found.
public struct CheckReport: Sendable, Codable, Equatable {
    /// SQLite's `integrity_check` lines other than "ok".
    public var integrity: [String] = []
    /// Full-text indexes that disagree with their tables.
    public var indexes: [String] = []
    /// Claims whose offsets do not point at their text in the document.
    public var misplacedClaims: [Int64] = []
    /// Documents no file refers to.
    public var orphanDocuments = 0
    /// Files recorded as imported whose documents are gone.
    public var filesWithoutDocuments = 0

    public var isHealthy: Bool {
        integrity.isEmpty && indexes.isEmpty && misplacedClaims.isEmpty && orphanDocuments == 0 && filesWithoutDocuments == 0
    }

    public init(integrity: [String] = [], indexes: [String] = [], misplacedClaims: [Int64] = [], orphanDocuments: Int = 0, filesWithoutDocuments: Int = 0) {
        self.integrity = integrity
        self.indexes = indexes
        self.misplacedClaims = misplacedClaims
        self.orphanDocuments = orphanDocuments
        self.filesWithoutDocuments = filesWithoutDocuments
    }
}
