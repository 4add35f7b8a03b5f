/// Decodes character references in strings that did not go through the HTML
/// parser: JSON-LD values, which CMSs often entity-encode (`&amp;`, `&#8217;`).
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "hellip": "…",
        "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
        "raquo": "»", "sbquo": "‚", "bdquo": "„", "middot": "·", "bull": "•", "copy": "©", "reg": "®",
        "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "times": "×",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "atilde": "ã", "aring": "å", "ccedil": "ç", "iacute": "í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "ntilde": "ñ", "szlig": "ß", "Eacute": "É",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "Ccedil": "Ç", "Ntilde": "Ñ", "shy": "\u{AD}", "zwnj": "\u{200C}",
    ]

    /// The string with `&name;`, `&#NNN;` and `&#xHH;` replaced.
    static func decode(_ s: String) -> String {
        guard s.has("&") else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            guard ch == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") else {
                out.append(ch)
                i = s.index(after: i)
                continue
            }
            let body = s[s.index(after: i)..<semi]
            var replacement: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                if let v = UInt32(body.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else if body.hasPrefix("#") {
                if let v = UInt32(body.dropFirst()), let u = Unicode.Scalar(v) { replacement = String(u) }
            } else {
                replacement = named[String(body)]
            }
            if let replacement {
                out += replacement
                i = s.index(after: semi)
            } else {
                out.append(ch)
                i = s.index(after: i)
            }
        }
        return out
    }
}
