/// Escaping for each export format, in one place: a document's text may hold
/// `<script>`, `|`, backticks, quotes and newlines, and none of it may change
/// the structure of the output.
public enum TextEscaping {
    /// Text for an HTML element or a quoted attribute value.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // C0/C1 controls other than tab and newline cannot appear in HTML text.
                if isControl(scalar) && scalar != "\n" && scalar != "\t" { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Inline Markdown text: one line, every character that could start
    /// markup (emphasis, links, code, raw HTML, table cells, math, entities)
    /// backslash-escaped, as CommonMark allows for any ASCII punctuation.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || isControl(scalar) {
                if !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = scalar == " "
            if "\\`*_[]<>|#~$&!{}".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// An `http(s)` URL as a Markdown autolink, or nil when it cannot be one
    /// safely (another scheme, spaces, angle brackets): then it is shown as text.
    public static func markdownLink(_ url: String) -> String? {
        guard let href = safeHref(url), !href.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
        return "<" + href + ">"
    }

    /// A URL fit for `href`: only `http` and `https`; nil otherwise (a
    /// `javascript:` URL in a document's metadata must not become a link).
    public static func safeHref(_ url: String) -> String? {
        let trimmed = url.trimmingCharactersInSet()
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !trimmed.unicodeScalars.contains(where: { isControl($0) }) else { return nil }
        return trimmed
    }

    /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line
    /// break. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
    /// `@` first) is prefixed with `'` when `text` is true; numbers are not.
    public static func csv(_ field: String, text: Bool = false) -> String {
        var field = field
        if text, let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { field = "'" + field }
        if field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

extension String {
    func trimmingCharactersInSet() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

/// Lines handed on as they are written, each with its newline.
struct LineSink {
    let emit: (String) -> Void

    func append(_ line: String) { emit(line + "\n") }
}
