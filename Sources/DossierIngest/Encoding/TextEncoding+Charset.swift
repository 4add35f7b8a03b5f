#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TextEncoding {
    /// Decodes text in a named charset (a MIME part's, an encoded word's),
    /// through the system's iconv. UTF-8 that is not valid, and charsets
    /// iconv does not know, fall back to windows-1252 as mail readers do:
    /// a wrong accent beats a lost paragraph.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        let name = charset.map(libxml2Name) ?? "UTF-8"
        if name == "UTF-8" || charset == nil || charset?.lowercased() == "us-ascii" {
            if isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return windows1252(bytes)
        }
        if name == "windows-1252" { return windows1252(bytes) }
        return iconvDecode(bytes, from: name) ?? windows1252(bytes)
    }

    private static func iconvDecode(_ bytes: [UInt8], from name: String) -> String? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        // An invalid byte: skip it and go on, as readers do.
                        guard errno == EILSEQ || errno == EINVAL, inLeft > 0, outLeft >= 3 else { return nil }
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                        outPointer?[0] = CChar(bitPattern: 0xEF); outPointer?[1] = CChar(bitPattern: 0xBF); outPointer?[2] = CChar(bitPattern: 0xBD)
                        outPointer = outPointer.map { $0 + 3 }
                        outLeft -= 3
                    }
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written = ok else { return nil }
        return String(decoding: output[0..<written], as: UTF8.self)
    }
}
