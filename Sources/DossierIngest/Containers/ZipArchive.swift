import CZlib

/// A zip file's table of contents (its central directory) and the members'
/// bytes on demand. Read from memory; nothing is ever written to disk, so a
/// member named `../../etc/passwd` is only a label.
///
/// Written here rather than taken from a package: `.zip`, `.docx` and `.wacz`
/// all go through it, and the bomb limits must apply inside the inflate loop.
struct ZipArchive {
    struct Member: Equatable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int

        var isDirectory: Bool { name.hasSuffix("/") }
        var isEncrypted: Bool { flags & 1 != 0 }
    }

    enum Failure: Error, Equatable, CustomStringConvertible {
        case notZip
        case damaged(String)

        var description: String {
            switch self {
            case .notZip: return "not a zip archive (no end-of-central-directory record)"
            case .damaged(let why): return "the zip archive is damaged: \(why)"
            }
        }
    }

    let members: [Member]

    /// Reads the central directory at the end of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard let end = Self.endOfCentralDirectory(bytes) else { throw .notZip }
        var count = Int(bytes.le16(end + 10))
        var directoryOffset = Int(bytes.le32(end + 16))
        // Zip64: the real counts live in a second record the locator points at.
        if end >= 20, bytes.le32(end - 20) == 0x0706_4B50 {
            // Offsets from the file are checked against its size before any arithmetic: a hostile
            // 64-bit value must fail as damage, never overflow.
            let raw = bytes.le64(end - 20 + 8)
            guard raw <= UInt64(bytes.count), Int(raw) <= bytes.count - 56, bytes.le32(Int(raw)) == 0x0606_4B50 else {
                throw .damaged("the zip64 end record is missing")
            }
            let zip64End = Int(raw)
            count = Int(min(bytes.le64(zip64End + 32), UInt64(bytes.count)))
            directoryOffset = Int(min(bytes.le64(zip64End + 48), UInt64(bytes.count)))
        }
        // Each entry takes at least 46 bytes: more entries than that cannot be real.
        guard count <= bytes.count / 46 + 1 else { throw .damaged("the directory claims \(count) entries") }
        var members: [Member] = []
        var offset = directoryOffset
        for index in 0..<count {
            guard offset <= bytes.count - 46, bytes.le32(offset) == 0x0201_4B50 else {
                throw .damaged("central directory entry \(index + 1) of \(count) is missing")
            }
            let nameLength = Int(bytes.le16(offset + 28))
            let extraLength = Int(bytes.le16(offset + 30))
            let commentLength = Int(bytes.le16(offset + 32))
            guard offset + 46 + nameLength + extraLength <= bytes.count else { throw .damaged("a name runs past the end") }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(offset + 46)..<(offset + 46 + nameLength)]),
                              as: UTF8.self)
            var member = Member(
                name: name, method: bytes.le16(offset + 10), flags: bytes.le16(offset + 8), crc: bytes.le32(offset + 16),
                compressedSize: Int(bytes.le32(offset + 20)), size: Int(bytes.le32(offset + 24)),
                localHeaderOffset: Int(bytes.le32(offset + 42)))
            Self.applyZip64(extra: UnsafeRawBufferPointer(
                rebasing: bytes[(offset + 46 + nameLength)..<(offset + 46 + nameLength + extraLength)]), to: &member)
            members.append(member)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.members = members
    }

    /// Whether the bytes start like a zip file (a local header, or an empty archive's end record).
    static func isZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    /// The expanded bytes of one member, checked against its CRC-32.
    func contents(of member: Member, in bytes: UnsafeRawBufferPointer, limits: ExpansionLimits,
                  alreadyExpanded: Int = 0) throws(DecompressionFailure) -> [UInt8] {
        if member.isEncrypted { throw .unsupportedMethod("encryption (the member is password-protected)") }
        // Refuse on the declared size before spending any time.
        if member.size > limits.maxExpanded { throw .tooLarge(limit: limits.maxExpanded) }
        let local = member.localHeaderOffset
        guard local >= 0, local <= bytes.count - 30, bytes.le32(local) == 0x0403_4B50 else {
            throw .corrupt("the member's local header is missing")
        }
        let dataStart = local + 30 + Int(bytes.le16(local + 26)) + Int(bytes.le16(local + 28))
        guard dataStart <= bytes.count else { throw .truncated }
        // Sizes are bounded (see `applyZip64`), so this sum cannot overflow.
        let dataEnd = min(bytes.count, dataStart + member.compressedSize)
        let data = UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataEnd])
        let expanded: [UInt8]
        switch member.method {
        case 0:
            guard dataEnd - dataStart == member.compressedSize else { throw .truncated }
            expanded = Array(data)
        case 8:
            expanded = try Inflate.stream(data, wrapper: .raw, limits: limits, alreadyExpanded: alreadyExpanded).bytes
        case 12: throw .unsupportedMethod("bzip2")
        case 14: throw .unsupportedMethod("LZMA")
        case 93: throw .unsupportedMethod("Zstandard")
        default: throw .unsupportedMethod("zip method \(member.method)")
        }
        if let refusal = limits.refusal(expanded: expanded.count, compressed: data.count) { throw refusal }
        let crc = expanded.withUnsafeBufferPointer { UInt32(crc32_z(0, $0.baseAddress, z_size_t($0.count))) }
        guard crc == member.crc else { throw .corrupt("CRC-32 mismatch") }
        return expanded
    }

    /// The end-of-central-directory record: searched backwards, as a comment
    /// of up to 64 KiB may follow it.
    private static func endOfCentralDirectory(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var offset = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while offset >= stop {
            if bytes.le32(offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    /// Sizes and offsets too big for 32 bits live in the zip64 extra field, in a fixed order.
    private static func applyZip64(extra: UnsafeRawBufferPointer, to member: inout Member) {
        var offset = 0
        while offset + 4 <= extra.count {
            let id = extra.le16(offset)
            let length = Int(extra.le16(offset + 2))
            guard offset + 4 + length <= extra.count else { return }
            if id == 0x0001 {
                var field = offset + 4
                func next() -> Int? {
                    guard field + 8 <= offset + 4 + length else { return nil }
                    defer { field += 8 }
                    // Bounded far below Int.max, so offset arithmetic on it cannot overflow;
                    // a value that large fails later as a missing header or a truncation.
                    return Int(min(extra.le64(field), UInt64(Int.max / 4)))
                }
                if member.size == 0xFFFF_FFFF, let value = next() { member.size = value }
                if member.compressedSize == 0xFFFF_FFFF, let value = next() { member.compressedSize = value }
                if member.localHeaderOffset == 0xFFFF_FFFF, let value = next() { member.localHeaderOffset = value }
            }
            offset += 4 + length
        }
    }
}

extension UnsafeRawBufferPointer {
    /// Little-endian reads that answer 0 past the end rather than trap: a
    /// damaged archive's offsets are checked by the callers' signature tests.
    func le16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func le32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= count else { return 0 }
        return UInt32(le16(offset)) | UInt32(le16(offset + 2)) << 16
    }

    func le64(_ offset: Int) -> UInt64 {
        guard offset >= 0, offset + 8 <= count else { return 0 }
        return UInt64(le32(offset)) | UInt64(le32(offset + 4)) << 32
    }
}
