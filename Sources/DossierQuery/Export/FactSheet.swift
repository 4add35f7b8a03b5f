public import DossierStorage

/// A sourced fact sheet: claims grouped by subject and metric with the xref
/// verdict, and one numbered citation per claim. The export formats
/// (Markdown, CSV, JSON, HTML) all render this one value.
public struct FactSheet: Sendable {
    public var title: String
    /// What was asked for, for the reader ("subject Anthropic, metric valuation").
    public var scope: String?
    /// When the sheet was made (ISO 8601), or nil to leave it out (reproducible output).
    public var generatedAt: String?
    public var groups: [EvidenceGroup]
    /// Claims with no subject or metric: listed, not judged.
    public var other: [StoredClaim]
    /// One citation per claim, numbered 1… in reading order.
    public private(set) var citations: [Citation]
    private var numbers: [Int64: Int] = [:]

    public init(title: String = "Fact sheet", scope: String? = nil, generatedAt: String? = nil,
                crossReference: CrossReference) {
        self.title = title
        self.scope = scope
        self.generatedAt = generatedAt
        groups = crossReference.groups
        other = crossReference.ungrouped
        var citations: [Citation] = []
        for claim in groups.flatMap({ $0.entries.map(\.stored) }) + other {
            citations.append(Citation(number: citations.count + 1, claim: claim))
        }
        self.citations = citations
        numbers = Dictionary(citations.map { ($0.claim, $0.number) }, uniquingKeysWith: { first, _ in first })
    }

    /// The citation number of a claim.
    public func citationNumber(_ claimID: Int64) -> Int? {
        numbers[claimID]
    }

    public var claimCount: Int { citations.count }
    public var documentCount: Int { Set(groups.flatMap { $0.entries.map(\.stored.document) } + other.map(\.document)).count }
}

/// Where a claim can be checked: the document, and the figure's character
/// offsets in the document's text.
public struct Citation: Sendable, Equatable, Codable {
    public var number: Int
    public var claim: Int64
    public var document: Int64
    public var title: String?
    public var publisher: String?
    public var published: String?
    public var url: String?
    /// The file (and part) the document was imported from.
    public var location: String?
    /// The same as `name:relative/path` under a named import root: what a colleague can follow.
    public var citation: String?
    /// Offsets of the figure in Unicode scalars of the document's text (`end` exclusive).
    public var start: Int
    public var end: Int
    /// The page the figure stands on, in a paged document (a PDF).
    public var page: Int?

    public init(number: Int, claim stored: StoredClaim) {
        self.number = number
        claim = stored.id
        document = stored.document
        title = stored.source.title
        publisher = stored.source.publisher
        published = stored.source.published
        url = stored.source.url
        location = stored.source.location
        citation = stored.source.citation
        start = stored.claim.start
        end = stored.claim.end
        page = stored.source.page
    }

    /// "document 14, characters 120–133", or for a filing fact whose value is not written in the
    /// document's text (an XBRL instance), that it is a structured fact, never "characters 0–0".
    public var span: String {
        end > start ? "document \(document)\(page.map { ", p. \($0)" } ?? ""), characters \(start)–\(end)"
            : "document \(document), a structured fact of the filing (its value is not written in the text)"
    }

    /// "The Ledger Review, “Title”, 2024-03-12" for people.
    public var label: String {
        var parts: [String] = []
        if let publisher { parts.append(publisher) }
        if let title { parts.append("“\(title)”") }
        if let published { parts.append(String(published.prefix(10))) }
        if parts.isEmpty { parts.append("document \(document)") }
        return parts.joined(separator: ", ")
    }
}
