import DossierModel
import DossierStorage

/// A fact sheet as CSV (RFC 4180): one claim per row with every field, its
/// group's subject, metric and verdict, and its citation.
public enum CSVFactSheet {
    public static let headers = [
        "citation", "group_subject", "group_metric", "verdict", "value_index", "independent", "primary", "estimate", "period",
        "notes", "id", "document", "kind", "text", "value", "low", "high", "currency", "unit", "date", "qualifier", "metric",
        "subject", "attribution", "sentence", "start", "end", "origin", "correction", "correction_reason", "title", "publisher",
        "published", "url", "location", "group_id", "group_measure", "group_period", "confidence", "reason", "measure",
        "claim_period", "direction", "per", "page", "file_citation",
    ]

    public static func render(_ sheet: FactSheet) -> String {
        var lines = [headers.map { TextEscaping.csv($0) }.joined(separator: ",")]
        for group in sheet.groups {
            for entry in group.entries {
                let independent = group.values.indices.contains(entry.valueIndex) ? group.values[entry.valueIndex].independent : 1
                let lead: [(String, Bool)] = [
                    (number(sheet.citationNumber(entry.stored.id)), false), (group.subject, true), (group.metric, true),
                    (group.verdict.rawValue, false), (String(entry.valueIndex), false), (String(independent), false),
                    (String(entry.isPrimary), false), (String(entry.isEstimate), false), (entry.period ?? "", true),
                    (entry.notes.joined(separator: "; "), true),
                ]
                let tail: [(String, Bool)] = [
                    (group.id, false), (group.measure, true), (group.period ?? "", true), (group.confidence.rawValue, false),
                    (group.reason, true),
                ]
                lines.append(record(lead + fields(entry.stored) + tail + meaning(entry.stored)))
            }
        }
        for stored in sheet.other {
            let lead: [(String, Bool)] = [(number(sheet.citationNumber(stored.id)), false)] + Array(repeating: ("", false), count: 9)
            lines.append(record(lead + fields(stored) + Array(repeating: ("", false), count: 5) + meaning(stored)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The claim's own fields and its source; the flag marks free text.
    static func fields(_ s: StoredClaim) -> [(String, Bool)] {
        let c = s.claim
        func n(_ d: Double?) -> String { d.map(FigureFormat.number) ?? "" }
        return [
            (String(s.id), false), (String(s.document), false), (c.kind.rawValue, false), (c.text, true), (n(c.value), false),
            (n(c.low), false), (n(c.high), false), (c.currency ?? "", false), (c.unit ?? "", true), (c.date ?? "", true),
            (c.qualifier.rawValue, false), (c.metric ?? "", true), (c.subject ?? "", true), (c.attribution ?? "", true),
            (c.sentence, true), (String(c.start), false), (String(c.end), false), (c.origin.rawValue, false),
            (s.correction?.action.rawValue ?? "", false), (s.correction?.reason ?? "", true), (s.source.title ?? "", true),
            (s.source.publisher ?? "", true), (s.source.published ?? "", true), (s.source.url ?? "", true),
            (s.source.location ?? "", true),
        ]
    }

    /// What the claim measures, as the extractor read it; appended last so older readers' columns stay put.
    static func meaning(_ s: StoredClaim) -> [(String, Bool)] {
        let c = s.claim
        return [(c.measure ?? "", true), (c.period ?? "", true), (c.direction?.rawValue ?? "", false), (c.per ?? "", true),
                (s.source.page.map(String.init) ?? "", false), (s.source.citation ?? "", true)]
    }

    static func record(_ fields: [(String, Bool)]) -> String {
        fields.map { TextEscaping.csv($0.0, text: $0.1) }.joined(separator: ",")
    }

    static func number(_ n: Int?) -> String { n.map(String.init) ?? "" }
}
