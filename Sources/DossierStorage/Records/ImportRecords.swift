public import DossierModel

/// A claim ready to store: the extractor's claim plus what the store needs to
/// group and link it.
public struct ClaimInput: Sendable {
    public var claim: Claim
    /// The normalised subject (see `SubjectKey`), for grouping in xref.
    public var subjectKey: String?
    /// For a claim made from a filing fact: the fact's index in the document's
    /// `facts`, so the claim links to it.
    public var factIndex: Int?
    /// The date the figure holds at: its period, else the document's date (`YYYY-MM-DD`), so later
    /// features compare like with like.
    public var asOf: String?

    public init(claim: Claim, subjectKey: String? = nil, factIndex: Int? = nil, asOf: String? = nil) {
        self.claim = claim
        self.subjectKey = subjectKey
        self.factIndex = factIndex
        self.asOf = asOf
    }
}

/// A parsed document with its claims, ready to store.
public struct DocumentInput: Sendable {
    public var document: ParsedDocument
    /// SHA-256 of the main text: syndicated copies share it.
    public var textHash: String
    public var claims: [ClaimInput]

    public init(document: ParsedDocument, textHash: String, claims: [ClaimInput]) {
        self.document = document
        self.textHash = textHash
        self.claims = claims
    }
}

/// What happened to one file during an import, as handed to the writer.
public struct FileOutcome: Sendable {
    public enum Result: Sendable {
        /// The file was read and parsed into documents.
        case parsed(contentHash: String, documents: [DocumentInput], warnings: [String])
        /// The file's bytes are already stored (same file unchanged, or the
        /// same content under another path): only its location is recorded.
        case known(contentHash: String)
        /// The file could not be imported.
        case failed(contentHash: String?, reason: String)
    }

    public var path: String
    public var size: Int64
    public var mtimeNanoseconds: Int64
    public var result: Result
    /// For a parsed container (a zip, a web archive): the members whose
    /// documents are keyed by the member's own bytes (see `ContainerMember`),
    /// stored once however many containers hold them. The documents in
    /// `result` are the container's own (a revisit, a message's attachment).
    public var members: [MemberInput]

    public init(path: String, size: Int64, mtimeNanoseconds: Int64, result: Result, members: [MemberInput] = []) {
        self.path = path
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.result = result
        self.members = members
    }
}

/// One member of a container with the documents read from it, ready to store.
/// Its location is `container#part`; its documents' parts are relative to it.
public struct MemberInput: Sendable {
    public var part: String
    public var contentHash: String
    public var size: Int64
    public var documents: [DocumentInput]

    public init(part: String, contentHash: String, size: Int64, documents: [DocumentInput]) {
        self.part = part
        self.contentHash = contentHash
        self.size = size
        self.documents = documents
    }

    /// Where the member is: the container's path, `#`, the member's part.
    public static func location(container: String, part: String) -> String { container + "#" + part }

    /// A document's part relative to this member (see `ContainerMember.relativePart(of:)`).
    public func relativePart(of documentPart: String) -> String? {
        ContainerMember(part: part, contentHash: contentHash, size: size).relativePart(of: documentPart)
    }

    /// Whether a document stored under its container's own bytes (before members were recorded
    /// apart) belongs to one of these members.
    public static func belongs(_ documentPart: String, to members: [MemberInput]) -> Bool {
        owner(of: documentPart, among: members) != nil
    }

    /// The member a document stored under its container's own bytes belongs to, and the document's
    /// part within it: the innermost member whose location starts its part (`w.warc#urn:…` is the
    /// record's, not the WARC file's).
    public static func owner(of documentPart: String, among members: [MemberInput]) -> (index: Int, relativePart: String)? {
        var best: (index: Int, relativePart: String)?
        for (index, member) in members.enumerated() {
            guard let relative = member.relativePart(of: documentPart) else { continue }
            if let current = best, members[current.index].part.count >= member.part.count { continue }
            best = (index, relative)
        }
        return best
    }

    /// The member as a file of its own for the writer: at its location, with the container's mtime.
    public func outcome(in container: FileOutcome) -> FileOutcome {
        FileOutcome(path: Self.location(container: container.path, part: part), size: size,
                    mtimeNanoseconds: container.mtimeNanoseconds,
                    result: .parsed(contentHash: contentHash, documents: documents, warnings: []))
    }

    /// The members of a container's documents, and the documents that are
    /// the container's own, in the order they came.
    public static func split(_ documents: [DocumentInput]) -> (own: [DocumentInput], members: [MemberInput]) {
        var own: [DocumentInput] = []
        var members: [MemberInput] = []
        // Two entries of one name with different bytes (a zip appended to) are two members; the
        // writer keeps the first at that location, as a reader repeating a part keeps the first.
        var index: [ContainerMember: Int] = [:]
        for var input in documents {
            guard let member = input.document.member, let relative = member.relativePart(of: input.document.part) else {
                input.document.member = nil
                own.append(input)
                continue
            }
            input.document.part = relative
            input.document.member = nil
            if let i = index[member] {
                members[i].documents.append(input)
            } else {
                index[member] = members.count
                members.append(MemberInput(part: member.part, contentHash: member.contentHash, size: member.size, documents: [input]))
            }
        }
        return (own, members)
    }
}

/// What the writer did with a file.
public enum FileDisposition: String, Sendable, Codable {
    /// New documents were stored.
    case imported
    /// Stored documents were replaced by a new parse (changed file or a newer parser).
    case updated
    /// Nothing to do: the file's content is stored already.
    case unchanged
    /// Same content as a file stored under another path: location recorded.
    case duplicate
    case failed
    /// Not written: the stored content this file was matched with has just
    /// been revised into another file's new version (in this same run). Read
    /// the file and write it again.
    case needsRead
}

/// A file as last recorded in the store.
public struct FileState: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var mtimeNanoseconds: Int64
    public var contentHash: String?
    public var status: FileStatus
    public var error: String?

    public init(path: String, size: Int64, mtimeNanoseconds: Int64, contentHash: String? = nil, status: FileStatus, error: String? = nil) {
        self.path = path
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
        self.contentHash = contentHash
        self.status = status
        self.error = error
    }
}
