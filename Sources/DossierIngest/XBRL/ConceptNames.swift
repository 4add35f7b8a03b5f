/// Resolves the `prefix:LocalName` QNames of XBRL (concept names, dimensions,
/// members, measures, ixt formats) by namespace, and renames them with the
/// prefix that is conventional for that namespace.
///
/// Filers bind whatever prefixes they like (`gaap:`, `usgaap:`, `ns1:`), and
/// taxonomy years change the URI (`http://fasb.org/us-gaap/2024`); what
/// identifies a concept is the namespace family, so `us-gaap:Revenues` is the
/// same concept whichever prefix and year the filer used. A filer's own
/// extension namespace keeps the filer's prefix.
struct ConceptNames: Sendable {
    /// prefix → namespace URI, as declared in the document.
    private(set) var declarations: [String: String]

    init(declarations: [String: String]) {
        self.declarations = declarations
    }

    /// Collects the `xmlns:prefix="uri"` declarations in the bytes, first one
    /// of each prefix winning (XBRL documents declare prefixes on the root),
    /// plus the prefixes the element tree itself shows.
    init(bytes: [UInt8], root: Element?) {
        self.init(bytes: bytes, elements: root.map { [$0] + $0.descendants() } ?? [])
    }

    init(bytes: [UInt8], elements: [Element]) {
        var found = Self.scanDeclarations(bytes)
        for element in elements {
            if let prefix = element.prefix, let uri = element.namespace, found[prefix] == nil { found[prefix] = uri }
        }
        declarations = found
    }

    /// The namespace URI bound to a prefix.
    func namespace(ofPrefix prefix: String) -> String? { declarations[prefix] }

    /// `anyprefix:Local` → `conventional:Local`. A name without a prefix, or
    /// with an undeclared one, is returned trimmed and otherwise unchanged.
    func conventional(_ qname: String) -> String {
        let trimmed = qname.trimmingSpaces()
        guard let colon = trimmed.firstIndex(of: ":") else { return trimmed }
        let prefix = String(trimmed[..<colon])
        let local = trimmed[trimmed.index(after: colon)...]
        guard let uri = declarations[prefix] else { return trimmed }
        return (Self.conventionalPrefix(forNamespace: uri) ?? prefix) + ":" + local
    }

    /// The local part of a QName (`iso4217:USD` → `USD`).
    static func localPart(_ qname: String) -> String {
        let trimmed = qname.trimmingSpaces()
        guard let colon = trimmed.lastIndex(of: ":") else { return trimmed }
        return String(trimmed[trimmed.index(after: colon)...])
    }

    /// The conventional prefix for a standard taxonomy's namespace, or nil
    /// for a filer's own namespace.
    static func conventionalPrefix(forNamespace uri: String) -> String? {
        let lower = uri.lowercased()
        switch lower {
        case "http://www.xbrl.org/2003/iso4217": return "iso4217"
        case "http://www.xbrl.org/2003/instance": return "xbrli"
        case "http://xbrl.org/2006/xbrldi": return "xbrldi"
        default: break
        }
        if UTF8Search.contains(lower, "us-gaap") { return "us-gaap" }
        if UTF8Search.contains(lower, "xbrl.ifrs.org") {
            if lower.hasSuffix("/ifrs-full") || lower.hasSuffix("/ifrs") { return "ifrs-full" }
            return lower.split(separator: "/").last.map(String.init)
        }
        // http://xbrl.sec.gov/dei/2023, http://fasb.org/srt/2023, http://xbrl.us/dei/2009-01-31
        for host in ["xbrl.sec.gov/", "fasb.org/", "xbrl.us/"] {
            if let rest = UTF8Search.after(host, in: lower) {
                if let name = rest.split(separator: "/").first, !name.isEmpty, name.first?.isLetter == true {
                    return String(name)
                }
            }
        }
        if UTF8Search.contains(lower, "esma.europa.eu/taxonomy/"), let last = lower.split(separator: "/").last {
            return String(last)
        }
        return nil
    }

    /// A linear scan for `xmlns:prefix="uri"` (single or double quotes).
    static func scanDeclarations(_ bytes: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        let needle = Array("xmlns:".utf8)
        var i = 0
        let n = bytes.count
        while i + needle.count < n {
            guard bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) else { i += 1; continue }
            var j = i + needle.count
            var prefix: [UInt8] = []
            while j < n, prefix.count < 64, isNameByte(bytes[j]) { prefix.append(bytes[j]); j += 1 }
            while j < n, bytes[j] == 0x20 { j += 1 }
            guard j < n, bytes[j] == UInt8(ascii: "=") else { i = j; continue }
            j += 1
            while j < n, bytes[j] == 0x20 { j += 1 }
            guard j < n, bytes[j] == 0x22 || bytes[j] == 0x27 else { i = j; continue }
            let quote = bytes[j]
            j += 1
            var uri: [UInt8] = []
            while j < n, bytes[j] != quote, uri.count < 512 { uri.append(bytes[j]); j += 1 }
            let key = String(decoding: prefix, as: UTF8.self)
            if !key.isEmpty, result[key] == nil { result[key] = String(decoding: uri, as: UTF8.self) }
            i = j
        }
        return result
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x2E
    }
}
