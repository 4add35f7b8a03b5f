/// The format of a file, detected from its content first and its name second.
public enum SourceFormat: String, Sendable, Equatable, CaseIterable {
    case html
    /// Any XML: feeds, NITF, NewsML, XBRL, ownership and offering forms. The
    /// root element decides which reader takes it.
    case xml
    /// An EDGAR SGML wrapper (`<SEC-DOCUMENT>`, `<SEC-HEADER>`, `<DOCUMENT>`)
    /// or a full submission `.txt`.
    case edgar
    /// One email message (`.eml`): RFC 5322 header fields, then a MIME body.
    case email
    case markdown
    case text

    /// Detects the format. Returns nil for bytes that are not text at all.
    public static func detect(_ bytes: [UInt8], fileName: String) -> SourceFormat? {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if looksBinary(bytes) { return nil }
        let head = lowerHead(bytes)
        // In ASCII text every character is one byte (a carriage return and
        // line feed aside, which no needle here holds), so a byte search
        // answers as `contains` does, without its per-call set-up.
        let ascii = head.utf8.allSatisfy { $0 < 0x80 }
        func mentions(_ needle: String) -> Bool { ascii ? head.has(needle) : head.contains(needle) }
        if head.hasPrefix("<sec-document>") || head.hasPrefix("<sec-header>") || head.hasPrefix("<ims-document>")
            || head.hasPrefix("<document>") || head.hasPrefix("<submission>") {
            return .edgar
        }
        if head.hasPrefix("<?xml") {
            // XHTML declares itself XML but is a web page: the HTML parser
            // copes with it better than a strict XML parse.
            if mentions("<html") && !mentions("xmlns:ix=") && !mentions("<rss") { return .html }
            return .xml
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head") { return .html }
        if head.hasPrefix("<rss") || head.hasPrefix("<feed") || head.hasPrefix("<rdf:rdf") || head.hasPrefix("<nitf")
            || head.hasPrefix("<newsitem") || head.hasPrefix("<newsmessage") || head.hasPrefix("<newsml")
            || head.hasPrefix("<xbrl") || head.hasPrefix("<xbrli:xbrl") || head.hasPrefix("<edgarsubmission")
            || head.hasPrefix("<ownershipdocument") || head.hasPrefix("<informationtable") {
            return .xml
        }
        if ext == "eml" || EmailReader.looksLikeMessage(String(decoding: bytes.prefix(4096), as: UTF8.self)) {
            if ext == "eml" || !head.hasPrefix("<") { return .email }
        }
        switch ext {
        case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx": return .html
        case "xml", "rss", "atom", "rdf", "nitf", "xbrl": return head.hasPrefix("<") ? .xml : .text
        case "md", "markdown", "mdown": return .markdown
        case "txt" where mentions("<sec-header>") || mentions("<document>"): return .edgar
        default: break
        }
        if head.hasPrefix("<!doctype") || mentions("<body") || mentions("<p>") || mentions("<div") { return .html }
        return .text
    }

    /// The first kilobyte, lowercased, with a BOM and leading white space and
    /// comments skipped (real feeds have all three before the XML declaration).
    static func lowerHead(_ bytes: [UInt8]) -> String {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while true {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            if i + 4 <= bytes.count, bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                var j = i + 4
                while j + 2 < bytes.count, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
                i = min(j + 3, bytes.count)
                continue
            }
            break
        }
        let slice = bytes[i..<min(bytes.count, i + 1024)]
        return String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// NUL bytes in text that is not UTF-16, or mostly control characters.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return false }
        if TextEncoding.bom(bytes) == .utf16LE || TextEncoding.bom(bytes) == .utf16BE || TextEncoding.unmarkedUTF16(bytes) != nil {
            return false
        }
        return sample.withUnsafeBufferPointer { sample in
            var control = 0
            for b in sample where b < 0x20 {
                if b == 0 { return true }
                if b < 0x09 || (b > 0x0D && b != 0x1B) { control += 1 }
            }
            return control * 20 > sample.count
        }
    }
}
