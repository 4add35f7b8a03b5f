import DossierModel
import DossierStorage

/// A fact sheet as Markdown: one section per subject and metric with its
/// verdict, a table of every figure with its quote, and a footnote citation
/// (`[^n]`) per figure giving title, publisher, date, URL or path and offsets.
public enum MarkdownFactSheet {
    public static func render(_ sheet: FactSheet) -> String {
        var text = ""
        write(sheet) { text += $0 }
        return text
    }

    /// The sheet line by line as it is made, for writing without holding it all.
    public static func write(_ sheet: FactSheet, _ emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in lines(sheet, LineSink(emit: emit)) }
    }

    static func lines(_ sheet: FactSheet, _ out: LineSink) {
        let md = TextEscaping.markdown
        out.append("# " + md(sheet.title))
        out.append("")
        var about: [String] = []
        if let scope = sheet.scope { about.append("Scope: " + md(scope) + ".") }
        about.append("\(sheet.claimCount) figure\(sheet.claimCount == 1 ? "" : "s") from \(sheet.documentCount) document\(sheet.documentCount == 1 ? "" : "s").")
        if let generated = sheet.generatedAt { about.append("Generated " + md(generated) + ".") }
        out.append(about.joined(separator: " "))
        out.append("")
        out.append("Verdicts: **agree** — the sources' figures match within tolerance; **conflict** — figures that cannot both be true; "
                   + "**changed** — a later figure for a quantity that moves over time; **related** — shown together, no verdict "
                   + "(one source, different periods, or not surely the same quantity).")
        for group in sheet.groups {
            out.append("")
            out.append("## " + md(group.title))
            out.append("")
            out.append("**Verdict: \(group.verdict.rawValue)** · \(group.entries.count) figure\(group.entries.count == 1 ? "" : "s"), "
                       + "\(group.documents) document\(group.documents == 1 ? "" : "s"), \(group.independent) independent source\(group.independent == 1 ? "" : "s")")
            out.append("")
            out.append(md(group.reason))
            if !group.notes.isEmpty {
                out.append("")
                for note in group.notes { out.append("- " + md(note)) }
            }
            out.append("")
            out.append("| Published | Figure | Qualifier | Source | Quote | Notes |")
            out.append("|---|---|---|---|---|---|")
            for entry in group.entries {
                out.append(row(entry.stored, notes: entry.notes, sheet: sheet))
            }
            out.append("")
            out.append("Values reported:")
            out.append("")
            for value in group.values {
                let who = value.publishers.isEmpty ? "" : " (" + md(value.publishers.joined(separator: ", ")) + ")"
                let period: String = value.period.map { " for " + md($0) } ?? ""
                let sources = "\(value.independent) independent publisher\(value.independent == 1 ? "" : "s")"
                let line: String = "- " + md(value.figure) + period + " — " + sources + who + (value.primary ? ", stated in a filing" : "")
                out.append(line)
            }
        }
        if !sheet.other.isEmpty {
            out.append("")
            out.append("## Other figures")
            out.append("")
            out.append("Figures without a subject or a measure: listed, not cross-referenced.")
            out.append("")
            out.append("| Published | Figure | Qualifier | Source | Quote | Notes |")
            out.append("|---|---|---|---|---|---|")
            for stored in sheet.other { out.append(row(stored, notes: [], sheet: sheet)) }
        }
        out.append("")
        for citation in sheet.citations { out.append(footnote(citation)) }
    }

    static func row(_ stored: StoredClaim, notes: [String], sheet: FactSheet) -> String {
        let md = TextEscaping.markdown
        let claim = stored.claim
        let number = sheet.citationNumber(stored.id).map { " [^\($0)]" } ?? ""
        let cells = [
            md(ShownDate.of(stored)),
            md(FigureFormat.describe(claim)),
            md(claim.qualifier.rawValue),
            md(stored.source.publisher ?? stored.source.title ?? "document \(stored.document)"),
            "“" + md(claim.sentence) + "”" + number,
            md(notes.joined(separator: "; ")),
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    static func footnote(_ c: Citation) -> String {
        let md = TextEscaping.markdown
        var parts: [String] = [md(c.label)]
        if let url = c.url { parts.append(TextEscaping.markdownLink(url) ?? md(url)) }
        if let location = c.citation ?? c.location { parts.append("file " + md(location)) }
        parts.append(c.span)
        return "[^\(c.number)]: " + parts.joined(separator: ". ") + "."
    }
}
