internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a document could not be parsed as markup.
public enum MarkupError: Error, Sendable, Equatable {
    /// The bytes are not well-formed XML; `line` and `message` come from libxml2.
    case notWellFormed(line: Int, message: String)
    /// The document declares its own entities in a DTD internal subset. Refused
    /// outright: that is how billion-laughs, quadratic blow-ups and XXE work,
    /// and news and filings never need it.
    case declaresEntities
    /// Nothing to parse.
    case empty
    /// The file is larger than libxml2 can take in one buffer.
    case tooLarge
    /// Elements nested deeper than libxml2's limit (256): the parser stops
    /// there, so nothing inside would be kept. No page or feed needs it; a
    /// hostile file does.
    case tooDeep(line: Int)
}

/// The one place where libxml2 is called and its options for untrusted input
/// are chosen (see SECURITY.md).
public enum Markup {
    /// libxml2's global set-up, once per process, before any thread parses.
    private static let initialised: Void = {
        xmlInitParser()
        dossier_install_refusing_loader()
    }()

    /// Parses HTML with libxml2's forgiving HTML parser (tag soup, unclosed and
    /// stray tags, unquoted attributes). Never fails on content: whatever the
    /// bytes are, some tree comes back.
    ///
    /// - Parameter encoding: the character set to read the bytes as
    ///   (see ``TextEncoding/htmlEncoding(for:declared:)``); nil lets libxml2
    ///   follow the page's own declaration.
    public static func parseHTML(_ bytes: [UInt8], encoding: String?) throws(MarkupError) -> Element {
        _ = initialised
        dossier_silence_errors()
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        guard let context = htmlNewParserCtxt() else { throw .empty }
        defer { htmlFreeParserCtxt(context) }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlCtxtReadMemory(context, base, Int32(buffer.count), nil, encoding, options)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        let depthError = depthErrorLine(context)
        guard let doc, let root = xmlDocGetRootElement(doc) else {
            if let depthError { throw .tooDeep(line: depthError) }
            throw .empty
        }
        let tree = LibXML2Tree.copy(root, lowercaseNames: true)
        // Past the depth limit libxml2 stops reading: keep what came before
        // unless that is nothing, which only a hostile page looks like.
        if let depthError, tree.textContent.allSatisfy(\.isWhitespace) { throw .tooDeep(line: depthError) }
        return tree
    }

    /// Parses XML with the network, DTD loading and entity substitution off.
    ///
    /// - Parameter recover: on a well-formedness error, retry with libxml2's
    ///   recovering parser and return what it salvaged (`recovered` is then true).
    public static func parseXML(_ bytes: [UInt8], recover: Bool = false) throws(MarkupError) -> (root: Element, recovered: Bool) {
        _ = initialised
        dossier_silence_errors()
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        if declaresEntities(bytes) { throw .declaresEntities }

        let base = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        do {
            return (try read(bytes, options: Int32(base)), false)
        } catch {
            guard recover, case .notWellFormed = error else { throw error }
            if let root = try? read(bytes, options: Int32(base | XML_PARSE_RECOVER.rawValue)) {
                return (root, true)
            }
            throw error
        }
    }

    private static func read(_ bytes: [UInt8], options: Int32) throws(MarkupError) -> Element {
        guard let context = xmlNewParserCtxt() else { throw .empty }
        defer { xmlFreeParserCtxt(context) }
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(context, base, Int32(buffer.count), nil, nil, options)
            }
        }
        let recovering = options & Int32(XML_PARSE_RECOVER.rawValue) != 0
        if let line = depthErrorLine(context) {
            // Not salvageable: a recovering parse would stop at the same depth.
            if let doc { xmlFreeDoc(doc) }
            throw .tooDeep(line: line)
        }
        if doc == nil || (!recovering && context.pointee.wellFormed == 0) {
            if let doc { xmlFreeDoc(doc) }
            let error = xmlCtxtGetLastError(context)
            let line = Int(error?.pointee.line ?? 0)
            var message = error?.pointee.message.map { String(cString: $0) } ?? "not well-formed"
            while message.last?.isWhitespace == true { message.removeLast() }
            throw .notWellFormed(line: line, message: message)
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw .empty }
        return LibXML2Tree.copy(root, lowercaseNames: false)
    }

    /// The line of libxml2's "Excessive depth in document" error, if the
    /// parse stopped there (it reports it as an internal error, by message).
    private static func depthErrorLine(_ context: xmlParserCtxtPtr) -> Int? {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message,
              String(cString: message).hasPrefix("Excessive depth") else { return nil }
        return Int(error.pointee.line)
    }

    /// True when a `<!DOCTYPE … [ … ]>` internal subset declares `<!ENTITY`.
    /// A byte scan before parsing, so a bomb is refused in microseconds.
    static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        guard let start = find(doctype, in: bytes, from: 0, caseInsensitive: true) else { return false }
        // The internal subset, if any, opens with `[` before the doctype's `>`.
        var i = start + doctype.count
        var quote: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return false
            } else if b == UInt8(ascii: "[") {
                return find(entity, in: bytes, from: i, caseInsensitive: false) != nil
            }
            i += 1
        }
        return false
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, caseInsensitive: Bool) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        if let first = needle.first, !(first >= 0x41 && first <= 0x5A), !(first >= 0x61 && first <= 0x7A) {
            // A first byte that is no letter matches only itself: jump
            // between its occurrences with memchr instead of testing every byte.
            return haystack.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                while i <= last {
                    guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if matches(needle, in: buffer, at: at, caseInsensitive: caseInsensitive) { return at }
                    i = at + 1
                }
                return nil
            }
        }
        while i <= last {
            var j = 0
            while j < needle.count {
                var b = haystack[i + j]
                if caseInsensitive, b >= 0x61, b <= 0x7A { b -= 0x20 }
                if b != needle[j] { break }
                j += 1
            }
            if j == needle.count { return i }
            i += 1
        }
        return nil
    }

    private static func matches(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at i: Int, caseInsensitive: Bool) -> Bool {
        for j in 0..<needle.count {
            var b = haystack[i + j]
            if caseInsensitive, b >= 0x61, b <= 0x7A { b -= 0x20 }
            if b != needle[j] { return false }
        }
        return true
    }
}
