import Testing
@testable import DossierIngest

@Suite("HTML encodings")
struct HTMLEncodingTests {
    static let page = """
    <html><head><title>Café prices</title></head><body><article>
    <p>The café on the square now charges €3.20 for a “flat white”, up from €2.90 last spring, its owner said on Tuesday.</p>
    <p>Customers said the rise was steep but that the coffee was still the best in town, and the queue at eight o’clock was as long as ever.</p>
    </article></body></html>
    """

    @Test func utf16WithByteOrderMark() throws {
        for littleEndian in [true, false] {
            var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in Self.page.utf16 {
                let lo = UInt8(unit & 0xFF), hi = UInt8(unit >> 8)
                bytes += littleEndian ? [lo, hi] : [hi, lo]
            }
            let document = try HTMLArticleReader.read(bytes)
            #expect(document.title == "Café prices")
            #expect(document.text.contains("€3.20 for a “flat white”"))
        }
    }

    @Test func utf8ByteOrderMarkIsNotText() throws {
        let document = try HTMLArticleReader.read([0xEF, 0xBB, 0xBF] + Array(Self.page.utf8))
        #expect(document.title == "Café prices")
        #expect(!document.text.contains("\u{FEFF}"))
    }

    @Test func validUTF8WinsOverALatin1Label() throws {
        let labelled = Self.page.replacingAll("<head>", "<head><meta charset=\"iso-8859-1\">")
        let document = try HTMLArticleReader.read(Array(labelled.utf8))
        #expect(document.text.contains("The café on the square now charges €3.20"))
    }

    @Test func windows1252BytesWithoutLabel() throws {
        // “ ” € é ’ in windows-1252.
        var bytes = Array("<html><body><p>Price: ".utf8) + [0x80] + Array("5, a ".utf8) + [0x93]
        bytes += Array("bargain".utf8) + [0x94] + Array(" at the caf".utf8) + [0xE9, 0x92, 0x73]
        bytes += Array(" counter, and everyone agreed it was good value for the money.</p></body></html>".utf8)
        let document = try HTMLArticleReader.read(bytes)
        #expect(document.text.contains("Price: €5, a “bargain” at the café’s counter"))
    }

    @Test func declaredCyrillicCharsetIsHonoured() throws {
        // "Привет" in windows-1251.
        let word: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
            + word + Array(", this greeting opened the mayor's speech to the visiting delegation on Monday.</p></body></html>".utf8)
        let document = try HTMLArticleReader.read(bytes)
        #expect(document.text.hasPrefix("Привет, this greeting"))
    }

    @Test func xmlDeclarationEncoding() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Le prix : 12 ".utf8)
        bytes += [0xA4]  // € in ISO-8859-15
        bytes += Array(" pour une entr".utf8) + [0xE9] + Array("e au mus".utf8) + [0xE9] + Array("e, gratuit le dimanche pour tous les habitants.</p></body></html>".utf8)
        let document = try HTMLArticleReader.read(bytes)
        #expect(document.text.contains("Le prix : 12 € pour une entrée au musée"))
    }

    @Test func entitiesDecodedAndWhitespaceFolded() throws {
        let html = "<html><body><p>Fish&nbsp;&amp;&#32;chips&#x2014;a   \n\t British &quot;classic&quot; &eacute;tait served on Fridays at the pier kiosk since 1952.</p></body></html>"
        let document = try HTMLArticleReader.read(Array(html.utf8))
        #expect(document.text == "Fish & chips—a British \"classic\" était served on Fridays at the pier kiosk since 1952.")
    }

    @Test func emptyAndMarkupOnlyPagesAreErrors() {
        #expect(throws: IngestError.self) { try HTMLArticleReader.read([]) }
        #expect(throws: IngestError.self) { try HTMLArticleReader.read(Array("<html><body><div></div></body></html>".utf8)) }
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

@Suite("Lying and unknown charset labels")
struct CharsetLabelTests {
    static func page(_ meta: String, _ body: [UInt8]) -> [UInt8] {
        Array("<html><head><meta charset=\"\(meta)\"></head><body><p>".utf8) + body
            + Array(" was the word on the harbour front all week, said the fishermen at the co-op meeting.</p></body></html>".utf8)
    }

    @Test func utf16LabelOnEightBitBytes() throws {
        let document = try HTMLArticleReader.read(Self.page("utf-16", [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]))
        #expect(document.text.hasPrefix("“Café” was the word"))
    }

    @Test func unknownLabelFallsBackToWindows1252() throws {
        let document = try HTMLArticleReader.read(Self.page("x-no-such-charset", [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]))
        #expect(document.text.hasPrefix("“Café” was the word"))
    }
}
