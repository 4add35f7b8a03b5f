/// One generated file and the plain main text of each document it holds.
public struct GeneratedDocument: Sendable {
    /// The main text of one document inside the file: what the raw FTS5 limit
    /// inserts and what the extractor benchmark scans.
    public struct Plain: Sendable {
        public var title: String
        public var text: String
    }

    /// Path under the corpus's `files/` folder.
    public var relativePath: String
    public var contents: String
    public var plains: [Plain]
}

extension String {
    /// Escaped for HTML and XML text and attribute values.
    var escapedForMarkup: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
