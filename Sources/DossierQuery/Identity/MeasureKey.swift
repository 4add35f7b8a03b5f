public import DossierModel
public import DossierStorage

/// The measure two claims must share to state the same quantity, as a
/// comparable key: the claim's measure from the parse, with words that say
/// *when* or *how much of it* rather than *what* taken off ("quarterly
/// revenue" and "revenue"), and spellings of one line item joined ("net
/// sales" and "revenue"). A claim whose sentence named no measure falls
/// back on its coarse metric, or a count on its counted noun, and says so:
/// such a key is coarse ("cost" covers cost of sales and R&D alike, "people"
/// the dead and the rescued), so a group built on it never yields a conflict
/// or a change.
public struct MeasureKey: Sendable, Equatable, CustomStringConvertible {
    public enum Source: String, Sendable, Codable {
        /// The measure the parse found in the sentence (or a filing concept's name).
        case measure
        /// No measure: the coarse metric class stands in.
        case metric
        /// No measure or metric: a count's counted noun ("4,000 jobs").
        case countedNoun = "counted_noun"
    }

    public var text: String
    public var source: Source

    public init(text: String, source: Source) {
        self.text = text
        self.source = source
    }

    /// The key of a claim, or nil when nothing says what the figure measures.
    public init?(_ claim: Claim) {
        if let measure = claim.measure.map(Self.canonical), !measure.isEmpty {
            // A count whose measure is only its counted noun ("12 people") says no more than the noun: the
            // dead, the injured and the rescued are all "person".
            let bare = claim.kind == .count && claim.unit.map { FigureDimension.singular($0) == measure || Self.canonical($0) == measure
                || measure == "person" && ["people", "persons"].contains($0.lowercased()) } == true
            self.init(text: measure, source: bare ? .countedNoun : .measure)
        } else if let metric = claim.metric, !metric.isEmpty, !(Metric(rawValue: metric)?.isGeneric ?? false) {
            // "count", "rate", "quantity" say what kind of number, not which quantity: no key of their own.
            self.init(text: MeasureWords.metricMeasure[metric] ?? metric, source: .metric)
        } else if claim.kind == .count, let noun = claim.unit, !noun.isEmpty {
            self.init(text: FigureDimension.singular(noun), source: .countedNoun)
        } else {
            return nil
        }
    }

    /// True when the key comes from the sentence's own measure, precise enough for a conflict or a
    /// change. A counted noun alone is not: "12 people" may be the dead, the injured or the rescued.
    public var isPrecise: Bool { source == .measure }

    public var description: String { text }

    /// A measure phrase in comparable form: lower case, period and scope
    /// words dropped, known synonyms of one line item joined.
    public static func canonical(_ phrase: String) -> String {
        var words = phrase.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" })
            .map(String.init)
        while words.count > 1, let first = words.first, MeasureWords.droppedModifiers.contains(first) {
            words.removeFirst()
        }
        let joined = words.joined(separator: " ")
        return MeasureWords.synonyms[joined] ?? joined
    }
}

extension MeasureKey {
    /// True when a stored claim's measure is precise enough for a verdict: its sentence named it, or a
    /// person corrected its metric (then grouped on that metric, but on a person's word).
    public static func isPrecise(_ stored: StoredClaim) -> Bool {
        (MeasureKey(stored.claim)?.isPrecise ?? false) || stored.correction?.metric != nil
    }
}
