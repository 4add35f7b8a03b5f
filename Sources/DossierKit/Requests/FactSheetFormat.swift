import Foundation
public import DossierQuery

/// The formats of a fact sheet (`dossier export --format`, the web front end's downloads): the
/// same bytes from both.
public enum FactSheetFormat: String, CaseIterable, Sendable {
    /// Markdown with footnote citations.
    case md
    /// One claim per row with all fields (RFC 4180).
    case csv
    /// The documented shape (`EvidenceJSON`).
    case json
    /// A self-contained page.
    case html

    /// Writes `sheet` piece by piece (a whole archive's sheet is too large to hold as one string).
    public func write(_ sheet: FactSheet, _ emit: (String) -> Void) {
        switch self {
        case .md: MarkdownFactSheet.write(sheet, emit)
        case .csv: emit(CSVFactSheet.render(sheet))
        case .json: EvidenceJSON.writeFactSheet(sheet, emit); emit("\n")
        case .html: HTMLFactSheet.write(sheet, emit)
        }
    }

    /// The sheet as one string, for small sheets and responses.
    public func render(_ sheet: FactSheet) -> String {
        var out = ""
        write(sheet) { out += $0 }
        return out
    }

    /// The HTTP media type of a download.
    public var mediaType: String {
        switch self {
        case .md: "text/markdown; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// Now, or `SOURCE_DATE_EPOCH` when set (the reproducible-builds convention).
    public static func generatedAt() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return formatter.string(from: Date())
    }
}
