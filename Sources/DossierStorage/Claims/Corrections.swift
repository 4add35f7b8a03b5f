/// A person's correction of a claim: any field left nil keeps the machine's value.
public struct CorrectionInput: Sendable, Equatable {
    public var value: Double?
    /// A range instead of a single value (both or neither).
    public var low: Double?
    public var high: Double?
    public var metric: String?
    public var subject: String?
    public var reason: String?
    /// Who judged, as they gave their name; nil when they did not.
    public var author: String?

    public init(value: Double? = nil, low: Double? = nil, high: Double? = nil, metric: String? = nil,
                subject: String? = nil, reason: String? = nil, author: String? = nil) {
        self.author = author
        self.value = value
        self.low = low
        self.high = high
        self.metric = metric
        self.subject = subject
        self.reason = reason
    }

    /// True when the correction changes nothing.
    public var isEmpty: Bool { value == nil && low == nil && high == nil && metric == nil && subject == nil }
}

/// A person's correction that a re-import detached: its figure is no longer in the document's text.
public struct DetachedCorrection: Sendable, Equatable, Codable {
    public var document: Int64
    /// The file (and part) the document comes from.
    public var location: String?
    /// The figure as it stood when the correction was made (`$5 million`).
    public var figure: String?
    public var action: CorrectionAction
    public var author: String?

    public init(document: Int64, location: String? = nil, figure: String? = nil, action: CorrectionAction, author: String? = nil) {
        self.document = document
        self.location = location
        self.figure = figure
        self.action = action
        self.author = author
    }
}
