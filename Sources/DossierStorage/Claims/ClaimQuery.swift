public import DossierModel

/// A filter over stored claims (`dossier claims`).
public struct ClaimQuery: Sendable {
    /// Full-text query over the evidence sentences.
    public var text: String?
    public var kind: FigureKind?
    public var metric: String?
    /// Matches the normalised subject exactly, or the subject as written by substring.
    public var subject: String?
    public var subjectKey: String?
    /// Further normalised subjects that count as the subject (the keys of the user's aliases for it).
    public var subjectAliases: [String] = []
    /// With a subject: every claim of each document that has a claim about the subject, not only
    /// those claims (cross-referencing needs a document's other claims to resolve "she" or "the company").
    public var wholeDocuments = false
    /// Only documents with a claim whose value lies in this range, or whose own range reaches into
    /// it (through the value and range indexes); every claim of those documents is returned.
    public var documentsWithValue: ClosedRange<Double>?
    /// Bounds on the value (a range claim matches when its range overlaps).
    public var minimum: Double?
    public var maximum: Double?
    /// Bounds on the document's published date.
    public var since: String?
    public var until: String?
    public var document: Int64?
    public var origin: ClaimOrigin?
    /// A word or phrase of the measure (`cost`, `share buyback`), matched as whole words.
    public var measure: String?
    /// An ISO period or its prefix: `2025` matches `2025-Q3`; `2025-Q3` matches only the quarter.
    public var period: String?
    public var direction: Direction?
    public var includeRejected = false
    public var order: ClaimOrder = .published
    public var limit = 100
    public var offset = 0

    public init() {}
}

/// The order claims are listed in. Every order ends on the document and the figure's position, so
/// paging is stable.
public enum ClaimOrder: String, Sendable, CaseIterable, Codable {
    /// Oldest publication first, undated last: the order a story unfolded in.
    case published
    /// Newest first, undated last.
    case newest
    /// Smallest value first (a range by its low end), claims without a value last.
    case value
    /// Largest value first.
    case largest
    /// By subject as written, claims without one last.
    case subject
}

/// A claim as stored, with where it comes from and any person's correction.
public struct StoredClaim: Sendable, Equatable {
    public var id: Int64
    public var document: Int64
    /// The machine's claim with any correction applied (value, metric, subject).
    public var claim: Claim
    public var correction: Correction?
    public var source: ClaimSource
    /// The date the figure holds at: its period, else the document's date.
    public var asOf: String?

    public init(id: Int64, document: Int64, claim: Claim, correction: Correction? = nil, source: ClaimSource, asOf: String? = nil) {
        self.id = id
        self.document = document
        self.claim = claim
        self.correction = correction
        self.source = source
        self.asOf = asOf
    }
}

/// A person's judgement on a claim.
public struct Correction: Sendable, Equatable, Codable {
    public var action: CorrectionAction
    public var reason: String?
    public var value: Double?
    public var metric: String?
    public var subject: String?
    public var createdAt: String
    /// Who judged, as they gave their name (schema 0009); nil for older corrections and anonymous ones.
    public var author: String?

    public init(action: CorrectionAction, reason: String? = nil, value: Double? = nil, metric: String? = nil, subject: String? = nil, createdAt: String, author: String? = nil) {
        self.action = action
        self.reason = reason
        self.value = value
        self.metric = metric
        self.subject = subject
        self.createdAt = createdAt
        self.author = author
    }
}

/// The document a claim stands in: enough to cite it.
public struct ClaimSource: Sendable, Equatable, Codable {
    public var document: Int64
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var url: String?
    public var location: String?
    public var kind: DocumentKind
    public var textHash: String
    /// The detailed source format (`html`, `ixbrl`, `xbrl`, `form-d`, …).
    public var format: String?
    /// A filing's EDGAR accession number, when the document states it: the files of one filing share it.
    public var accession: String?
    /// The page the claim stands on, in a paged document (a PDF).
    public var page: Int?
    /// `name:relative/path` under a named import root (see `SourceNames`), for a colleague on
    /// another machine; nil outside any root.
    public var citation: String?

    public init(document: Int64, title: String? = nil, publisher: String? = nil, published: String? = nil, url: String? = nil,
                location: String? = nil, kind: DocumentKind, textHash: String, format: String? = nil, accession: String? = nil,
                page: Int? = nil) {
        self.page = page
        self.document = document
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
        self.location = location
        self.kind = kind
        self.textHash = textHash
        self.format = format
        self.accession = accession
    }
}
