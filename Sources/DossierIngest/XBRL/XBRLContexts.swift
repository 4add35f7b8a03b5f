/// An XBRL context: who (entity), when (period) and which slice (dimensions).
struct XBRLContext: Sendable, Equatable {
    var id: String
    var entity: String?
    /// `YYYY-MM-DD` for an instant, `start/end` for a duration, `forever`.
    var period: String?
    /// `dimension=member` for explicit members, `dimension=value` for typed ones.
    var dimensions: [String]
    /// True when the segment or scenario holds anything at all.
    var hasDimensions: Bool
}

/// The contexts and units of an instance or of an inline document's
/// `ix:resources`, keyed by id.
struct XBRLResources: Sendable {
    var contexts: [String: XBRLContext] = [:]
    /// unit id → `USD`, `shares`, `USD/shares`, `EUR*shares`…
    var units: [String: String] = [:]

    /// Reads every `context` and `unit` below `root` (any prefix; matched by
    /// local name so HTML-parsed inline documents work too).
    init(root: Element, names: ConceptNames) {
        self.init(elements: root.descendants(where: { $0.plainName == "context" || $0.plainName == "unit" }), names: names)
    }

    /// Reads the given `context` and `unit` elements (found by the caller's own walk).
    init(elements: [Element], names: ConceptNames) {
        for element in elements {
            guard let id = element.attributeNamed("id") else { continue }
            if element.plainName == "context" {
                contexts[id] = Self.context(element, id: id, names: names)
            } else {
                units[id] = Self.unit(element, names: names)
            }
        }
    }

    static func context(_ element: Element, id: String, names: ConceptNames) -> XBRLContext {
        let entityElement = element.childNamed("entity")
        let entity = entityElement?.textAt("identifier")
        var period: String?
        if let p = element.childNamed("period") {
            if let instant = p.textAt("instant") {
                period = day(instant)
            } else if let start = p.textAt("startDate"), let end = p.textAt("endDate") {
                period = day(start) + "/" + day(end)
            } else if p.childNamed("forever") != nil {
                period = "forever"
            }
        }
        var dimensions: [String] = []
        var hasDimensions = false
        // Segments sit in the entity (XBRL 2.1) and scenarios in the context.
        for holder in [entityElement?.childNamed("segment"), element.childNamed("scenario")].compactMap({ $0 }) {
            if !holder.elements.isEmpty { hasDimensions = true }
            for member in holder.elements {
                switch member.plainName {
                case "explicitmember":
                    let dimension = names.conventional(member.attributeNamed("dimension") ?? "")
                    dimensions.append(dimension + "=" + names.conventional(member.foldedText ?? ""))
                case "typedmember":
                    let dimension = names.conventional(member.attributeNamed("dimension") ?? "")
                    dimensions.append(dimension + "=" + (member.foldedText ?? ""))
                default:
                    // Pre-dimensional segments: keep the element's name and text.
                    let name = names.conventional(member.prefix.map { $0 + ":" + member.name } ?? member.name)
                    dimensions.append(name + "=" + (member.foldedText ?? ""))
                }
            }
        }
        return XBRLContext(id: id, entity: entity, period: period, dimensions: dimensions, hasDimensions: hasDimensions)
    }

    /// `iso4217:USD` → `USD`; a divide → `numerator/denominator`; several
    /// measures multiply with `*`.
    static func unit(_ element: Element, names: ConceptNames) -> String {
        func measures(_ parent: Element?) -> String {
            (parent?.childrenNamed("measure") ?? []).compactMap(\.foldedText).map(ConceptNames.localPart).joined(separator: "*")
        }
        if let divide = element.childNamed("divide") {
            let numerator = measures(divide.childNamed("unitNumerator"))
            let denominator = measures(divide.childNamed("unitDenominator"))
            return numerator + "/" + denominator
        }
        return measures(element)
    }

    /// The date part of an XBRL date or dateTime.
    private static func day(_ raw: String) -> String {
        String(raw.trimmingSpaces().prefix(10))
    }
}
