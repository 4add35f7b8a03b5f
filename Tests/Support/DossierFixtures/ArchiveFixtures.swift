import CZlib

/// Builders for the compressed and archived files the container tests read:
/// every fixture is written here, byte by byte, for this project.
public enum ArchiveFixtures {
    public static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// DEFLATE with the given framing (`31` gzip, `15` zlib, `-15` raw).
    public static func deflate(_ input: [UInt8], windowBits: Int32) -> [UInt8] {
        var z = z_stream()
        precondition(dossier_deflateInit2(&z, 6, windowBits) == Z_OK)
        defer { deflateEnd(&z) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&z, UInt(input.count))) + 64)
        var input = input
        let written = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int in
                z.next_in = inBuffer.baseAddress
                z.avail_in = UInt32(inBuffer.count)
                z.next_out = outBuffer.baseAddress
                z.avail_out = UInt32(outBuffer.count)
                precondition(CZlib.deflate(&z, Z_FINISH) == Z_STREAM_END)
                return outBuffer.count - Int(z.avail_out)
            }
        }
        return Array(output[0..<written])
    }

    public static func gzip(_ input: [UInt8]) -> [UInt8] { deflate(input, windowBits: 31) }
    public static func gzip(_ text: String) -> [UInt8] { gzip(bytes(text)) }

    public static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    public struct Member {
        public var name: String
        public var contents: [UInt8]
        public var compress = true
        /// Overrides written into the headers, for damaged and hostile archives.
        public var declaredSize: UInt32?
        public var crcOverride: UInt32?
        public var encrypted = false

        public init(name: String, contents: [UInt8], compress: Bool = true, declaredSize: UInt32? = nil,
                    crcOverride: UInt32? = nil, encrypted: Bool = false) {
            self.name = name
            self.contents = contents
            self.compress = compress
            self.declaredSize = declaredSize
            self.crcOverride = crcOverride
            self.encrypted = encrypted
        }
    }

    /// A zip file: local headers, data, central directory, end record.
    public static func zip(_ members: [Member]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let data = member.compress ? deflate(member.contents, windowBits: -15) : member.contents
            let method: UInt16 = member.compress ? 8 : 0
            let crc = member.crcOverride ?? crc(member.contents)
            let size = member.declaredSize ?? UInt32(member.contents.count)
            let name = bytes(member.name)
            let flags: UInt16 = (member.encrypted ? 1 : 0) | 0x0800
            let offset = UInt32(out.count)
            out += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0x21)
                + le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + data
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0x21)
                + le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
            + le32(UInt32(central.count)) + le32(directoryOffset) + le16(0)
        return out
    }

    public static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    public static func le32(_ v: UInt32) -> [UInt8] { le16(UInt16(v & 0xFFFF)) + le16(UInt16(v >> 16)) }

    /// One WARC record with the given fields and block; Content-Length from the block.
    public static func warcRecord(type: String, id: String, uri: String? = nil, date: String = "2025-05-06T07:08:09Z",
                           contentType: String? = nil, extra: [(String, String)] = [], block: [UInt8],
                           declaredLength: Int? = nil) -> [UInt8] {
        var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <\(id)>\r\nWARC-Date: \(date)\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        for (name, value) in extra { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(declaredLength ?? block.count)\r\n\r\n"
        return bytes(head) + block + bytes("\r\n\r\n")
    }

    /// An HTTP response block.
    public static func http(status: String = "200 OK", headers: [(String, String)], body: [UInt8]) -> [UInt8] {
        var head = "HTTP/1.1 \(status)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        return bytes(head + "\r\n") + body
    }

    /// `Transfer-Encoding: chunked` framing in chunks of `size` bytes.
    public static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let end = min(i + size, body.count)
            out += bytes(String(end - i, radix: 16) + "\r\n") + body[i..<end] + bytes("\r\n")
            i = end
        }
        return out + bytes("0\r\n\r\n")
    }

    /// A Word document with the given `word/document.xml` body and core properties.
    public static func docx(body: String, core: String?) -> [UInt8] {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        var members = [
            Member(name: "[Content_Types].xml", contents: bytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            Member(name: "word/document.xml", contents: bytes(document)),
        ]
        if let core {
            members.append(Member(name: "docProps/core.xml", contents: bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\(core)</cp:coreProperties>
                """)))
        }
        return zip(members)
    }
}
