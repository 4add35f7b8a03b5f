/// Files that hold other files, or need more than a text parser: detected
/// from their first bytes, never from the name alone.
enum ContainerFormat: Equatable {
    /// `.gz`: one compressed file (or several members, joined).
    case gzip
    /// `.zip`, and the zip-based `.docx` and `.wacz`.
    case zip
    /// An uncompressed WARC file (a compressed one arrives as ``gzip``).
    case warc
    /// A Unix mailbox: messages each after a `From ` line.
    case mbox
    /// A PDF, read by an outside tool.
    case pdf

    static func detect(_ bytes: UnsafeRawBufferPointer, fileName: String) -> ContainerFormat? {
        if Inflate.isGzip(bytes) { return .gzip }
        if ZipArchive.isZip(bytes) { return .zip }
        if startsWith(bytes, "WARC/1.") { return .warc }
        if startsWith(bytes, "From "), Mailbox.looksLikeMbox(bytes) { return .mbox }
        // The PDF header may follow a little junk (some generators prepend a BOM or a line).
        let head = UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 1024)])
        if let at = head.firstIndex(of: 0x25), startsWith(UnsafeRawBufferPointer(rebasing: head[at...]), "%PDF-") { return .pdf }
        return nil
    }

    static func startsWith(_ bytes: UnsafeRawBufferPointer, _ prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard bytes.count >= utf8.count else { return false }
        for (i, b) in utf8.enumerated() where bytes[i] != b { return false }
        return true
    }
}
