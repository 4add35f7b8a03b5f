/// The header of an EDGAR submission: accession number, form type, dates and
/// the companies involved, in either of EDGAR's two spellings —
/// `KEY:<tab>value` lines inside `<SEC-HEADER>` (full submission `.txt`) or
/// `<TAG>value` lines (the `.hdr.sgml` / `<SUBMISSION>` form).
struct SubmissionHeader: Sendable, Equatable {
    /// Metadata keys as Dossier stores them: `accession_number`, `form_type`,
    /// `filing_date`, `period`, `company`, `cik`, `sic`, …
    var metadata: [String: String] = [:]

    /// The role sections whose first company names the filing, most telling first.
    private static let rolePriority = ["SUBJECT COMPANY", "ISSUER", "FILER", "FILED BY", "REPORTING-OWNER", "REPORTING OWNER"]

    private static let keys: [String: String] = [
        "ACCESSION NUMBER": "accession_number", "ACCESSION-NUMBER": "accession_number",
        "CONFORMED SUBMISSION TYPE": "form_type", "TYPE": "form_type",
        "PUBLIC DOCUMENT COUNT": "document_count", "PUBLIC-DOCUMENT-COUNT": "document_count",
        "CONFORMED PERIOD OF REPORT": "period", "PERIOD": "period",
        "FILED AS OF DATE": "filing_date", "FILING-DATE": "filing_date",
        "EFFECTIVENESS DATE": "effective_date", "EFFECTIVENESS-DATE": "effective_date",
        "ACCEPTANCE-DATETIME": "accepted",
        "ITEM INFORMATION": "items", "ITEMS": "items",
        "SEC FILE NUMBER": "file_number", "FILE-NUMBER": "file_number",
    ]
    private static let companyKeys: [String: String] = [
        "COMPANY CONFORMED NAME": "company", "CONFORMED-NAME": "company",
        "CENTRAL INDEX KEY": "cik", "CIK": "cik",
        "STANDARD INDUSTRIAL CLASSIFICATION": "sic", "ASSIGNED-SIC": "sic",
        "STATE OF INCORPORATION": "state_of_incorporation", "STATE-OF-INCORPORATION": "state_of_incorporation",
        "FISCAL YEAR END": "fiscal_year_end", "FISCAL-YEAR-END": "fiscal_year_end",
    ]

    init(text: String) {
        var sections: [String: [String: String]] = [:]
        var order: [String] = []
        var section: String?
        var items: [String] = []
        for rawLine in PlainFilingText.unifiedLineEnds(text).split(separator: "\n") {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty else { continue }
            var key: String
            var value: String
            if line.hasPrefix("</") {
                let tag = String(line.dropFirst(2).prefix { $0 != ">" }).uppercased()
                if Self.normalizedRole(tag) == section { section = nil }
                continue
            } else if line.hasPrefix("<"), let close = line.firstIndex(of: ">") {
                key = String(line[line.index(after: line.startIndex)..<close]).uppercased()
                value = line[line.index(after: close)...].trimmingSpaces()
            } else if let colon = line.firstIndex(of: ":") {
                key = line[..<colon].trimmingSpaces().uppercased()
                value = line[line.index(after: colon)...].trimmingSpaces()
            } else {
                continue
            }
            if value.isEmpty {
                if let role = Self.normalizedRole(key) {
                    section = role
                    if sections[role] == nil { sections[role] = [:]; order.append(role) }
                }
                continue
            }
            if let name = Self.companyKeys[key] {
                let role = section ?? "FILER"
                if sections[role] == nil { sections[role] = [:]; order.append(role) }
                if sections[role]?[name] == nil { sections[role]?[name] = value }
                continue
            }
            guard let name = Self.keys[key] else { continue }
            if name == "items" { items.append(value); continue }
            // `<TYPE>` inside a company section would be odd; the first wins.
            if metadata[name] == nil { metadata[name] = Self.normalizeValue(name, value) }
        }
        if !items.isEmpty { metadata["items"] = items.joined(separator: "; ") }
        let chosen = Self.rolePriority.first { sections[$0]?["company"] != nil } ?? order.first
        if let chosen, let company = sections[chosen] {
            for (key, value) in company { metadata[key] = value }
        }
        for role in order where role != chosen {
            if let name = sections[role]?["company"] {
                let key = role.lowercased().replacing(" ", with: "_").replacing("-", with: "_")
                if metadata[key] == nil { metadata[key] = name }
            }
        }
    }

    /// Role section names, in either spelling, as `SUBJECT COMPANY`, `FILER`…
    private static func normalizedRole(_ key: String) -> String? {
        let spaced = key.replacing("-", with: " ")
        switch spaced {
        case "FILER", "SUBJECT COMPANY", "ISSUER", "FILED BY", "REPORTING OWNER", "SERIAL COMPANY", "DEPOSITOR", "SECURITIZER":
            return spaced
        default:
            return nil
        }
    }

    /// `20250314` → `2025-03-14` for dates; other values as written.
    private static func normalizeValue(_ key: String, _ value: String) -> String {
        switch key {
        case "period", "filing_date", "effective_date":
            return NewsDate.normalize(value).map { String($0.prefix(10)) } ?? value
        case "accepted":
            // 20250314163012 → 2025-03-14T16:30:12 (Eastern time, as EDGAR records it)
            let digits = Array(value.filter { $0.isASCII && $0.isNumber })
            guard digits.count == 14 else { return value }
            let s = String(digits)
            let d = Array(s)
            return String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<8]) + "T" + String(d[8..<10]) + ":"
                + String(d[10..<12]) + ":" + String(d[12..<14])
        default:
            return value
        }
    }
}
