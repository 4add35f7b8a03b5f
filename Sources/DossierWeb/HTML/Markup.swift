import DossierKit

/// Text made safe for HTML. Every string that comes from a document, a query or a person passes
/// through here before it reaches a page. The escaping is the fact sheets' (`TextEscaping.html`):
/// `&`, `<`, `>`, `"` and `'` become entities, so neither element content nor a quoted attribute
/// value can be left, and control characters other than line breaks and tabs become U+FFFD.
enum Markup {
    static func escape(_ text: some StringProtocol) -> String {
        TextEscaping.html(String(text))
    }

    /// Untrusted inline text isolated from its surroundings: escaped, inside `<bdi>`, so a
    /// right-to-left override or embedding in a title cannot reorder the page around it.
    static func isolated(_ text: some StringProtocol) -> String {
        "<bdi>" + escape(text) + "</bdi>"
    }

    /// A query string value, percent-encoded (RFC 3986 unreserved characters kept).
    static func queryValue(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return out
    }

    /// `path?name=value&…` with empty values left out; the result is safe inside a quoted attribute.
    static func link(_ path: String, _ parameters: [(String, String?)]) -> String {
        let pairs = parameters.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : queryValue(name) + "=" + queryValue($0) }
        }
        return escape(pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&"))
    }

    /// A snippet whose highlight marks are `open` and `close` sentinels: escaped, then the marks
    /// become `<mark>` elements (balanced: a stray sentinel is dropped).
    static func highlighted(_ snippet: String, open: Character, close: Character) -> String {
        var out = ""
        var inside = false
        var run = ""
        func flush() {
            out += escape(run)
            run = ""
        }
        for character in snippet {
            if character == open, !inside {
                flush()
                out += "<mark>"
                inside = true
            } else if character == close, inside {
                flush()
                out += "</mark>"
                inside = false
            } else if character != open, character != close {
                run.append(character)
            }
        }
        flush()
        if inside { out += "</mark>" }
        return out
    }
}
